import { API_ROUTES } from "@/lib/schemas/api-v1-routes";
import { buildOpenApiDocument } from "@/lib/server/api-v1/openapi-document";
import { v1PublicRoute } from "@/lib/server/http/v1-route";

let cached: Record<string, unknown> | undefined;

export const GET = v1PublicRoute(API_ROUTES.getOpenApiDocument, async ({ request }) => {
  cached ??= buildOpenApiDocument();
  return Response.json({ ...cached, servers: [{ url: request.nextUrl.origin }] }, { headers: { "cache-control": "public, max-age=300" } });
});
