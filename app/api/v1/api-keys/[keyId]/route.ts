import { getDb } from "@/lib/db";
import { API_ROUTES } from "@/lib/schemas/api-v1-routes";
import { revokeApiKey } from "@/lib/server/api-keys/manage-api-keys";
import { v1Route } from "@/lib/server/http/v1-route";

export const DELETE = v1Route(API_ROUTES.revokeApiKey, async ({ params, actor }) =>
  Response.json({ apiKey: await revokeApiKey({ db: getDb(), actor, keyId: params.keyId }) }),
);
