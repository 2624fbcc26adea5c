import { getDb } from "@/lib/db";
import { API_ROUTES } from "@/lib/schemas/api-v1-routes";
import { v1Route } from "@/lib/server/http/v1-route";
import { exportCandidate } from "@/lib/server/privacy/export-candidate";

export const GET = v1Route(API_ROUTES.exportCandidate, async ({ params, actor }) => {
  const data = await exportCandidate({ db: getDb(), actor, resumeId: params.resumeId });
  return Response.json(data, {
    headers: { "content-disposition": `attachment; filename="candidate-${params.resumeId}.json"`, "cache-control": "no-store" },
  });
});
