import { getDb } from "@/lib/db";
import { createApiKeyBodySchema } from "@/lib/schemas/api-keys";
import { API_ROUTES } from "@/lib/schemas/api-v1-routes";
import { createApiKey, listApiKeys } from "@/lib/server/api-keys/manage-api-keys";
import { readJsonBody, v1Route } from "@/lib/server/http/v1-route";

export const GET = v1Route(API_ROUTES.listApiKeys, async ({ query, actor }) =>
  Response.json({ items: await listApiKeys({ db: getDb(), actor, userId: query.userId }) }),
);

export const POST = v1Route(API_ROUTES.createApiKey, async ({ request, actor }) => {
  const body = createApiKeyBodySchema.parse(await readJsonBody(request));
  return Response.json(await createApiKey({ db: getDb(), actor, body }), { status: 201, headers: { "cache-control": "no-store" } });
});
