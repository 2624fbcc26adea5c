import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { evaluationParamsSchema } from "@/lib/schemas/evaluations";
import { getEvaluation } from "@/lib/server/evaluations/list-evaluations";
import { withAuth } from "@/lib/server/http/route-handler";

/** Status, attempts, failing stage and message, and (when completed) the full breakdown. */
export const GET = withAuth<{ jobId: string; evaluationId: string }>(
  async ({ params }) => {
    const { jobId, evaluationId } = evaluationParamsSchema.parse(params);
    return Response.json({ evaluation: await getEvaluation({ db: getDb(), jobId, evaluationId }) });
  },
  { roles: AREA_ROLES.reviewing },
);
