import "server-only";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { RetryEvaluationsBody } from "@/lib/schemas/ops";
import { writeAuditLog } from "@/lib/server/audit";
import { dispatchRequestedEvaluations } from "@/lib/server/evaluations/dispatch-evaluations";
import { requeueFailedEvaluations, retryEvaluation } from "@/lib/server/evaluations/requeue-failed";

/** Who retried: every retry is audited with the user (and key label), the client address and the request id. */
export type RetryAuditActor = { actorId: string; actorLabel?: string | null; ip?: string | null; requestId: string };

/**
 * Retries failed evaluations — every failed one of a job (404 when the job does
 * not exist) or a selection (the ops page) — requeued, audited with their jobs
 * and the client address, and dispatched. The rows record the request's id for
 * the new attempts' log lines.
 */
export async function retryFailedEvaluations(options: {
  db: PrismaClient;
  target: RetryEvaluationsBody;
  audit: RetryAuditActor;
}): Promise<{ retried: number; evaluationIds: string[]; jobIds: string[] }> {
  const { db, target, audit } = options;
  if ("jobId" in target && !(await db.job.findUnique({ where: { id: target.jobId }, select: { id: true } })))
    throw new AppError("NOT_FOUND", "This job does not exist.");
  const { evaluationIds } = await requeueFailedEvaluations({ db, ...target, requestId: audit.requestId });
  const jobIds = "jobId" in target ? [target.jobId] : await jobsOf(db, evaluationIds);
  await writeAuditLog(db, {
    ...audit,
    action: "evaluations.retried",
    targetType: "jobId" in target ? "job" : "evaluation",
    targetId: "jobId" in target ? target.jobId : evaluationIds.length === 1 ? evaluationIds[0] : undefined,
    metadata: { count: evaluationIds.length, jobIds },
  });
  await dispatchRequestedEvaluations(evaluationIds, "retry", { db, requestId: audit.requestId });
  return { retried: evaluationIds.length, evaluationIds, jobIds };
}

async function jobsOf(db: PrismaClient, evaluationIds: string[]): Promise<string[]> {
  if (evaluationIds.length === 0) return [];
  const rows = await db.evaluation.findMany({
    where: { id: { in: evaluationIds } },
    select: { jobId: true },
    distinct: ["jobId"],
    orderBy: { jobId: "asc" },
  });
  return rows.map((row) => row.jobId);
}

/**
 * Retries one failed evaluation, addressed by id (404 when it does not exist, 409
 * when it is not failed): requeued, audited with its job and the client address, dispatched.
 */
export async function retryOneEvaluation(options: {
  db: PrismaClient;
  evaluationId: string;
  audit: RetryAuditActor;
}): Promise<{ evaluationId: string; status: "queued" }> {
  const { db, evaluationId } = options;
  const evaluation = await db.evaluation.findUnique({ where: { id: evaluationId }, select: { jobId: true } });
  if (!evaluation) throw new AppError("NOT_FOUND", "This evaluation does not exist.");
  await retryEvaluation({ db, jobId: evaluation.jobId, evaluationId });
  await writeAuditLog(db, {
    ...options.audit,
    action: "evaluation.retried",
    targetType: "evaluation",
    targetId: evaluationId,
    metadata: { jobId: evaluation.jobId },
  });
  await dispatchRequestedEvaluations([evaluationId], "retry", { db, requestId: options.audit.requestId });
  return { evaluationId, status: "queued" };
}
