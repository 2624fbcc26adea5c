import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { evaluationParamsSchema } from "@/lib/schemas/evaluations";
import { writeAuditLog } from "@/lib/server/audit";
import { dispatchRequestedEvaluations } from "@/lib/server/evaluations/dispatch-evaluations";
import { retryEvaluation } from "@/lib/server/evaluations/requeue-failed";
import { withAuth } from "@/lib/server/http/route-handler";

/** Retries one failed evaluation (409 when it is not failed). */
export const POST = withAuth<{ jobId: string; evaluationId: string }>(
  async ({ params, user, requestId }) => {
    const { jobId, evaluationId } = evaluationParamsSchema.parse(params);
    const db = getDb();
    await retryEvaluation({ db, jobId, evaluationId });
    await writeAuditLog(db, {
      actorId: user.id,
      action: "evaluation.retried",
      targetType: "evaluation",
      targetId: evaluationId,
      requestId,
    });
    await dispatchRequestedEvaluations([evaluationId], "retry");
    return Response.json({ evaluationId, status: "queued" });
  },
  { roles: AREA_ROLES.recruiting },
);
