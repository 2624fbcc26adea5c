import { getDb } from "@/lib/db";
import { API_ROUTES } from "@/lib/schemas/api-v1-routes";
import { findEvaluationJobId } from "@/lib/server/api-v1/find-evaluation-job";
import { v1Route } from "@/lib/server/http/v1-route";
import { retryOneEvaluation } from "@/lib/server/ops/retry-failed";
import { auditFields } from "@/lib/server/request-actor";

export const POST = v1Route(API_ROUTES.retryEvaluation, async ({ params, actor }) => {
  const db = getDb();
  const jobId = await findEvaluationJobId(db, params.evaluationId);
  return Response.json(await retryOneEvaluation({ db, jobId, evaluationId: params.evaluationId, audit: auditFields(actor) }));
});
