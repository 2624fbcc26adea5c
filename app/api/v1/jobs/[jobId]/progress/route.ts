import { getDb } from "@/lib/db";
import { API_ROUTES } from "@/lib/schemas/api-v1-routes";
import { nextOffsetCursor, readOffsetCursor } from "@/lib/server/api-v1/offset-cursor";
import { listEvaluations } from "@/lib/server/evaluations/list-evaluations";
import { v1Route } from "@/lib/server/http/v1-route";

export const GET = v1Route(API_ROUTES.listJobProgress, async ({ params, query }) => {
  const page = readOffsetCursor(query.cursor, query.limit);
  const result = await listEvaluations({
    db: getDb(),
    jobId: params.jobId,
    query: { status: query.status, verdict: query.verdict, sort: query.sort, limit: page.pageSize, offset: page.offset },
  });
  return Response.json({ items: result.items, total: result.total, nextCursor: nextOffsetCursor(page, result.items.length, result.total) });
});
