import "server-only";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { RetryEvaluationsBody } from "@/lib/schemas/ops";
import { writeAuditLog } from "@/lib/server/audit";
import { dispatchRequestedEvaluations } from "@/lib/server/evaluations/dispatch-evaluations";
import { requeueFailedEvaluations, retryEvaluation } from "@/lib/server/evaluations/requeue-failed";
import { requestIdOrNew } from "@/lib/server/observability/request-context";

/**
 * Ops "retry": selected failed evaluations or every failed one of a job, requeued
 * and dispatched, audited. The rows record this request's id for the new attempt's log lines.
 */
export async function retryFailedEvaluations(options: {
  db: PrismaClient;
  body: RetryEvaluationsBody;
  actorId: string;
  requestId?: string;
}): Promise<{ retried: number }> {
  const { db, body } = options;
  const requestId = options.requestId ?? requestIdOrNew("retry");
  const { evaluationIds } =
    "jobId" in body
      ? await requeueFailedEvaluations({ db, jobId: body.jobId, requestId })
      : await requeueFailedEvaluations({ db, evaluationIds: body.evaluationIds, requestId });
  await writeAuditLog(db, {
    actorId: options.actorId,
    action: "evaluations.retried",
    targetType: "jobId" in body ? "job" : "evaluation",
    targetId: "jobId" in body ? body.jobId : evaluationIds.length === 1 ? evaluationIds[0] : undefined,
    metadata: { count: evaluationIds.length },
    requestId,
  });
  await dispatchRequestedEvaluations(evaluationIds, "retry", { db, requestId });
  return { retried: evaluationIds.length };
}

type AuditActor = { actorId: string; actorLabel?: string | null; ip?: string | null; requestId: string };

/**
 * Retries one failed evaluation of a job (404 when it is not the job's, 409 when
 * it is not failed): requeued, audited with the job and the client address, dispatched.
 */
export async function retryOneEvaluation(options: {
  db: PrismaClient;
  jobId: string;
  evaluationId: string;
  audit: AuditActor;
}): Promise<{ evaluationId: string; status: "queued" }> {
  const { db, jobId, evaluationId } = options;
  await retryEvaluation({ db, jobId, evaluationId });
  await writeAuditLog(db, {
    ...options.audit,
    action: "evaluation.retried",
    targetType: "evaluation",
    targetId: evaluationId,
    metadata: { jobId },
  });
  await dispatchRequestedEvaluations([evaluationId], "retry", { db, requestId: options.audit.requestId });
  return { evaluationId, status: "queued" };
}

/** Requeues every failed evaluation of a job (404 when the job does not exist), audited and dispatched. */
export async function requeueJobFailures(options: {
  db: PrismaClient;
  jobId: string;
  audit: AuditActor;
}): Promise<{ jobId: string; requeued: number; evaluationIds: string[] }> {
  const { db, jobId } = options;
  if (!(await db.job.findUnique({ where: { id: jobId }, select: { id: true } })))
    throw new AppError("NOT_FOUND", "This job does not exist.");
  const { evaluationIds } = await requeueFailedEvaluations({ db, jobId, requestId: options.audit.requestId });
  await writeAuditLog(db, {
    ...options.audit,
    action: "evaluations.requeued",
    targetType: "job",
    targetId: jobId,
    metadata: { count: evaluationIds.length },
  });
  await dispatchRequestedEvaluations(evaluationIds, "requeue", { db, requestId: options.audit.requestId });
  return { jobId, requeued: evaluationIds.length, evaluationIds };
}
