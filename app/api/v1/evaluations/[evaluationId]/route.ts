import { getDb } from "@/lib/db";
import { API_ROUTES } from "@/lib/schemas/api-v1-routes";
import { findEvaluationJobId } from "@/lib/server/api-v1/find-evaluation-job";
import { getEvaluation } from "@/lib/server/evaluations/list-evaluations";
import { v1Route } from "@/lib/server/http/v1-route";

export const GET = v1Route(API_ROUTES.getEvaluation, async ({ params }) => {
  const db = getDb();
  const jobId = await findEvaluationJobId(db, params.evaluationId);
  return Response.json({ evaluation: await getEvaluation({ db, jobId, evaluationId: params.evaluationId }) });
});
