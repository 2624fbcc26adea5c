import "server-only";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { JobCounts } from "@/lib/schemas/jobs";

/** Counts by status and verdict for one job: one grouped query on the (job_id, status) index. */
export async function getJobCounts(options: { db: PrismaClient; jobId: string }): Promise<JobCounts> {
  const { db, jobId } = options;
  const [job, groups] = await Promise.all([
    db.job.findUnique({ where: { id: jobId }, select: { id: true } }),
    db.evaluation.groupBy({ by: ["status", "verdict"], where: { jobId }, _count: { _all: true } }),
  ]);
  if (!job) throw new AppError("NOT_FOUND", "This job does not exist.");
  const counts: JobCounts = {
    total: 0,
    byStatus: { queued: 0, processing: 0, completed: 0, failed: 0 },
    byVerdict: { high: 0, medium: 0, low: 0 },
  };
  for (const group of groups) {
    const n = group._count._all;
    counts.total += n;
    counts.byStatus[group.status] += n;
    if (group.verdict && group.status === "completed") counts.byVerdict[group.verdict] += n;
  }
  return counts;
}
