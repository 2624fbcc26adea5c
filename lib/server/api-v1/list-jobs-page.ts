import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { JobSummaryV1, JobsListQuery } from "@/lib/schemas/api-v1";
import { decodeCursor, encodeCursor, isTimeIdCursor } from "./cursor";

/** Jobs newest first, keyset-paginated on (createdAt, id) so pages stay stable while jobs are added. */
export async function listJobsPage(options: {
  db: PrismaClient;
  query: JobsListQuery;
}): Promise<{ items: JobSummaryV1[]; nextCursor: string | null }> {
  const { db, query } = options;
  const and: Prisma.JobWhereInput[] = [];
  if (query.status) and.push({ status: query.status });
  if (query.q) and.push({ title: { contains: query.q, mode: "insensitive" } });
  if (query.cursor) {
    const { t, i } = decodeCursor(query.cursor, isTimeIdCursor);
    const at = new Date(t);
    and.push({ OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: i } }] });
  }
  const rows = await db.job.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: { id: true, title: true, status: true, location: true, createdAt: true, updatedAt: true },
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({ ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() })),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ t: last.createdAt.toISOString(), i: last.id }) : null,
  };
}
