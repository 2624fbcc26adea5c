import { getDb } from "@/lib/db";
import { API_ROUTES } from "@/lib/schemas/api-v1-routes";
import { rotateApiKey } from "@/lib/server/api-keys/manage-api-keys";
import { v1Route } from "@/lib/server/http/v1-route";

export const POST = v1Route(API_ROUTES.rotateApiKey, async ({ params, actor }) =>
  Response.json(await rotateApiKey({ db: getDb(), actor, keyId: params.keyId }), { status: 201, headers: { "cache-control": "no-store" } }),
);
