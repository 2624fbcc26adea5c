import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { scoreResumeForJob } from "@/lib/server/runner/compute-core";
import type { EvaluationCompute } from "@/lib/server/runner/compute-pool";
import { requestLogger } from "@/lib/server/observability/logger";

/**
 * Re-scores completed evaluations whose job requirements changed since they were
 * scored (requirements_revision behind the job's), from the stored parsed
 * resumes: no file is read or parsed again. Rows are locked with SKIP LOCKED, so
 * two runners never re-score the same rows, and each batch commits on its own.
 * One log line per job and batch carries the id of the request that changed the
 * requirements: `requestId` (the Inngest event's), else the rows' request_id.
 */
export async function rescoreStaleEvaluations(options: {
  db: PrismaClient;
  jobId?: string;
  batchSize?: number;
  compute?: EvaluationCompute;
  requestId?: string;
}): Promise<{ rescored: number }> {
  const { db } = options;
  const limit = options.batchSize ?? 50;
  const { rescored, logged } = await db.$transaction(
    async (tx) => {
      const jobFilter = options.jobId ?? null;
      const stale = await tx.$queryRaw<{ id: string }[]>`
        SELECT e.id FROM evaluations e JOIN jobs j ON j.id = e.job_id
        WHERE e.status = 'completed'
          AND (e.requirements_revision IS NULL OR e.requirements_revision < j.requirements_revision)
          AND (${jobFilter}::text IS NULL OR e.job_id = ${jobFilter}::text)
        LIMIT ${limit}
        FOR UPDATE OF e SKIP LOCKED`;
      if (stale.length === 0) return { rescored: 0, logged: [] };
      const rows = await tx.evaluation.findMany({
        where: { id: { in: stale.map((row) => row.id) } },
        select: {
          id: true,
          requestId: true,
          job: { select: { id: true, requirements: true, rawText: true, weights: true, thresholds: true, requirementsRevision: true } },
          resume: { select: { text: true, profile: true } },
        },
      });
      let rescored = 0;
      const logged = new Map<string, { jobId: string; requestId: string | null; count: number }>();
      for (const row of rows) {
        if (row.resume.text === null || row.resume.profile === null) continue;
        const input = { job: row.job, resume: { text: row.resume.text, profile: row.resume.profile } };
        const result = options.compute ? await options.compute.score(input) : scoreResumeForJob(input);
        await tx.evaluation.update({
          where: { id: row.id },
          data: {
            score: result.score,
            verdict: result.verdict,
            breakdown: result as unknown as Prisma.InputJsonValue,
            engineVersion: result.engineVersion,
            requirementsRevision: row.job.requirementsRevision,
          },
        });
        rescored++;
        const requestId = options.requestId ?? row.requestId;
        const key = `${row.job.id}\u0000${requestId ?? ""}`;
        const group = logged.get(key) ?? { jobId: row.job.id, requestId, count: 0 };
        group.count++;
        logged.set(key, group);
      }
      return { rescored, logged: [...logged.values()] };
    },
    { timeout: 60_000 },
  );
  // After the commit: a line claims only what was written.
  for (const group of logged) requestLogger(group.requestId).info({ jobId: group.jobId, rescored: group.count }, "evaluations re-scored");
  return { rescored };
}
