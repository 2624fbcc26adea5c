import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { evaluationParamsSchema } from "@/lib/schemas/evaluations";
import { withAuth } from "@/lib/server/http/route-handler";
import { retryOneEvaluation } from "@/lib/server/ops/retry-failed";
import { auditFields } from "@/lib/server/request-actor";

/** Retries one failed evaluation (409 when it is not failed). */
export const POST = withAuth<{ jobId: string; evaluationId: string }>(
  async ({ params, actor }) => {
    const { jobId, evaluationId } = evaluationParamsSchema.parse(params);
    return Response.json(await retryOneEvaluation({ db: getDb(), jobId, evaluationId, audit: auditFields(actor) }));
  },
  { roles: AREA_ROLES.recruiting },
);
