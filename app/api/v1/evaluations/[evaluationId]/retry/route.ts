import { getDb } from "@/lib/db";
import { API_ROUTES } from "@/lib/schemas/api-v1-routes";
import { findEvaluationJobId } from "@/lib/server/api-v1/find-evaluation-job";
import { writeAuditLog } from "@/lib/server/audit";
import { dispatchRequestedEvaluations } from "@/lib/server/evaluations/dispatch-evaluations";
import { retryEvaluation } from "@/lib/server/evaluations/requeue-failed";
import { v1Route } from "@/lib/server/http/v1-route";
import { auditFields } from "@/lib/server/request-actor";

export const POST = v1Route(API_ROUTES.retryEvaluation, async ({ params, actor }) => {
  const db = getDb();
  const { evaluationId } = params;
  const jobId = await findEvaluationJobId(db, evaluationId);
  await retryEvaluation({ db, jobId, evaluationId });
  await writeAuditLog(db, {
    ...auditFields(actor),
    action: "evaluation.retried",
    targetType: "evaluation",
    targetId: evaluationId,
    metadata: { jobId },
  });
  await dispatchRequestedEvaluations([evaluationId], "retry");
  return Response.json({ evaluationId, status: "queued" });
});
