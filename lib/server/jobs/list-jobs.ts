import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { JobSummary } from "@/lib/schemas/job-summary";

export type { JobSummary };

/** Jobs (one organisation: every staff role sees every job), newest activity first, with evaluation counts from one grouped query. */
export async function listJobs(options: { db: PrismaClient; status?: "open" | "closed" }): Promise<JobSummary[]> {
  const { db, status } = options;
  const jobs = await db.job.findMany({
    where: status ? { status } : {},
    orderBy: { updatedAt: "desc" },
    select: { id: true, title: true, status: true, updatedAt: true },
    take: 500,
  });
  if (jobs.length === 0) return [];
  const groups = await db.evaluation.groupBy({
    by: ["jobId", "status", "verdict"],
    where: { jobId: { in: jobs.map((job) => job.id) } },
    _count: { _all: true },
  });
  return jobs.map((job) => {
    const counts = { resumes: 0, queued: 0, processing: 0, completed: 0, failed: 0, high: 0, medium: 0, low: 0 };
    for (const group of groups) {
      if (group.jobId !== job.id) continue;
      const n = group._count._all;
      counts.resumes += n;
      counts[group.status] += n;
      if (group.verdict) counts[group.verdict] += n;
    }
    return { ...job, counts };
  });
}
