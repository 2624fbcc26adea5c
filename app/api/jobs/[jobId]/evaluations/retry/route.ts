import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { jobIdParamsSchema } from "@/lib/schemas/jobs";
import { writeAuditLog } from "@/lib/server/audit";
import { dispatchRequestedEvaluations } from "@/lib/server/evaluations/dispatch-evaluations";
import { requeueFailedEvaluations } from "@/lib/server/evaluations/requeue-failed";
import { withAuth } from "@/lib/server/http/route-handler";
import { AppError } from "@/lib/errors";

/** Requeues every failed evaluation of the job. */
export const POST = withAuth<{ jobId: string }>(
  async ({ params, user, requestId }) => {
    const { jobId } = jobIdParamsSchema.parse(params);
    const db = getDb();
    if (!(await db.job.findUnique({ where: { id: jobId }, select: { id: true } })))
      throw new AppError("NOT_FOUND", "This job does not exist.");
    const { evaluationIds } = await requeueFailedEvaluations({ db, jobId });
    await writeAuditLog(db, {
      actorId: user.id,
      action: "evaluations.requeued",
      targetType: "job",
      targetId: jobId,
      metadata: { count: evaluationIds.length },
      requestId,
    });
    await dispatchRequestedEvaluations(evaluationIds, "requeue");
    return Response.json({ jobId, requeued: evaluationIds.length, evaluationIds });
  },
  { roles: AREA_ROLES.recruiting },
);
