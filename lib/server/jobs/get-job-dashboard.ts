import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type JobDashboardExtras = {
  /** Ten buckets of completed scores: [0,10), [10,20) … [90,100]. */
  histogram: number[];
  /** Completed evaluations not yet re-scored against the job's current requirements. */
  rescore: { stale: number; completed: number };
  inProgress: { evaluationId: string; fileName: string; status: "queued" | "processing"; stage: string | null; attempts: number }[];
  failed: { evaluationId: string; fileName: string; failedStage: string | null; errorMessage: string | null; attempts: number }[];
};

/** The job dashboard's figures beyond the status counts: one aggregate query plus two small lists. */
export async function getJobDashboardExtras(options: { db: PrismaClient; jobId: string }): Promise<JobDashboardExtras> {
  const { db, jobId } = options;
  const [agg, inProgress, failed] = await Promise.all([
    db.$queryRaw<{ bucket: number | null; n: bigint; stale: bigint }[]>`
      SELECT least(floor(e.score / 10), 9)::int AS bucket, count(*) AS n,
        count(*) FILTER (WHERE e.requirements_revision IS NULL OR e.requirements_revision < j.requirements_revision) AS stale
      FROM evaluations e JOIN jobs j ON j.id = e.job_id
      WHERE e.job_id = ${jobId} AND e.status = 'completed'
      GROUP BY 1`,
    db.evaluation.findMany({
      where: { jobId, status: { in: ["queued", "processing"] } },
      orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
      take: 50,
      select: { id: true, status: true, stage: true, attempts: true, resume: { select: { originalName: true } } },
    }),
    db.evaluation.findMany({
      where: { jobId, status: "failed" },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: 50,
      select: { id: true, failedStage: true, errorMessage: true, attempts: true, resume: { select: { originalName: true } } },
    }),
  ]);
  const histogram = Array.from({ length: 10 }, () => 0);
  let stale = 0;
  let completed = 0;
  for (const row of agg) {
    const n = Number(row.n);
    completed += n;
    stale += Number(row.stale);
    if (row.bucket !== null) histogram[row.bucket] = (histogram[row.bucket] ?? 0) + n;
  }
  return {
    histogram,
    rescore: { stale, completed },
    inProgress: inProgress.map((row) => ({
      evaluationId: row.id,
      fileName: row.resume.originalName,
      status: row.status as "queued" | "processing",
      stage: row.stage,
      attempts: row.attempts,
    })),
    failed: failed.map((row) => ({
      evaluationId: row.id,
      fileName: row.resume.originalName,
      failedStage: row.failedStage,
      errorMessage: row.errorMessage,
      attempts: row.attempts,
    })),
  };
}
