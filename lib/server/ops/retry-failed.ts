import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { RetryEvaluationsBody } from "@/lib/schemas/ops";
import { writeAuditLog } from "@/lib/server/audit";
import { dispatchRequestedEvaluations } from "@/lib/server/evaluations/dispatch-evaluations";
import { requeueFailedEvaluations } from "@/lib/server/evaluations/requeue-failed";
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
