import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The candidates before and after this one in the shortlist's default order (score, best first), for next/previous. */
export async function getShortlistNeighbours(options: {
  db: PrismaClient;
  jobId: string;
  evaluationId: string;
}): Promise<{ previousId: string | null; nextId: string | null }> {
  const ids = await options.db.evaluation.findMany({
    where: { jobId: options.jobId, status: "completed", score: { not: null } },
    orderBy: [{ score: "desc" }, { id: "asc" }],
    select: { id: true },
  });
  const index = ids.findIndex((row) => row.id === options.evaluationId);
  if (index < 0) return { previousId: null, nextId: null };
  return { previousId: ids[index - 1]?.id ?? null, nextId: ids[index + 1]?.id ?? null };
}
