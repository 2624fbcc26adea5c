import { getDb } from "@/lib/db";
import { toShortlistQuery } from "@/lib/schemas/api-v1";
import { API_ROUTES } from "@/lib/schemas/api-v1-routes";
import { nextOffsetCursor, readOffsetCursor } from "@/lib/server/api-v1/offset-cursor";
import { v1Route } from "@/lib/server/http/v1-route";
import { listShortlist } from "@/lib/server/shortlist/list-shortlist";

export const GET = v1Route(API_ROUTES.listShortlist, async ({ params, query }) => {
  const page = readOffsetCursor(query.cursor, query.limit);
  const result = await listShortlist({
    db: getDb(),
    jobId: params.jobId,
    query: toShortlistQuery(query, { page: Math.floor(page.offset / page.pageSize) + 1, pageSize: page.pageSize }),
  });
  return Response.json({ items: result.items, total: result.total, nextCursor: nextOffsetCursor(page, result.items.length, result.total) });
});
