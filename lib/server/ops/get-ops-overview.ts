import "server-only";
import { getEnv } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { countStrandedQueued } from "@/lib/server/evaluations/sweep-queued";
import { queueLevel, type QueueLevel } from "@/lib/schemas/ops";

export type FailedEvaluationRow = {
  evaluationId: string;
  jobId: string;
  jobTitle: string;
  fileName: string;
  failedStage: string | null;
  errorCode: string | null;
  errorMessage: string | null;
  attempts: number;
  failedAt: string;
};

export type OpsOverview = {
  queued: number;
  /** Inngest mode: queued rows whose event was never accepted, or accepted long ago without a run (the sweep re-sends them); null inline. */
  stranded: number | null;
  processing: number;
  failed: number;
  queueLevel: QueueLevel;
  completedLastHour: number;
  p95DurationMs: number | null;
  p50DurationMs: number | null;
  failedRows: FailedEvaluationRow[];
};

/** The runbook's numbers: queue depth, throughput and latency over the last hour, the newest failures. */
export async function getOpsOverview(options: {
  db: PrismaClient;
  failedLimit?: number;
  runnerMode?: "inline" | "inngest";
}): Promise<OpsOverview> {
  const { db } = options;
  const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
  const runnerMode = options.runnerMode ?? getEnv().runnerMode;
  const [byStatus, recent, failedRows, stranded] = await Promise.all([
    db.evaluation.groupBy({ by: ["status"], where: { status: { in: ["queued", "processing", "failed"] } }, _count: { _all: true } }),
    db.$queryRaw<{ completed: bigint; p95: number | null; p50: number | null }[]>`
      SELECT count(*) AS completed,
        percentile_cont(0.95) WITHIN GROUP (ORDER BY duration_ms) AS p95,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY duration_ms) AS p50
      FROM evaluations WHERE status = 'completed' AND completed_at >= ${hourAgo}`,
    db.evaluation.findMany({
      where: { status: "failed" },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: options.failedLimit ?? 100,
      select: {
        id: true,
        jobId: true,
        failedStage: true,
        errorCode: true,
        errorMessage: true,
        attempts: true,
        updatedAt: true,
        job: { select: { title: true } },
        resume: { select: { originalName: true } },
      },
    }),
    runnerMode === "inngest" ? countStrandedQueued(db) : null,
  ]);
  const count = (status: string) => byStatus.find((group) => group.status === status)?._count._all ?? 0;
  const queued = count("queued");
  const stats = recent[0];
  return {
    queued,
    stranded,
    processing: count("processing"),
    failed: count("failed"),
    queueLevel: queueLevel(queued),
    completedLastHour: stats ? Number(stats.completed) : 0,
    p95DurationMs: stats?.p95 == null ? null : Math.round(stats.p95),
    p50DurationMs: stats?.p50 == null ? null : Math.round(stats.p50),
    failedRows: failedRows.map((row) => ({
      evaluationId: row.id,
      jobId: row.jobId,
      jobTitle: row.job.title,
      fileName: row.resume.originalName,
      failedStage: row.failedStage,
      errorCode: row.errorCode,
      errorMessage: row.errorMessage,
      attempts: row.attempts,
      failedAt: row.updatedAt.toISOString(),
    })),
  };
}
