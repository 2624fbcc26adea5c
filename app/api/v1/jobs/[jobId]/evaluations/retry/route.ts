import { getDb } from "@/lib/db";
import { API_ROUTES } from "@/lib/schemas/api-v1-routes";
import { v1Route } from "@/lib/server/http/v1-route";
import { retryFailedEvaluations } from "@/lib/server/ops/retry-failed";
import { auditFields } from "@/lib/server/request-actor";

export const POST = v1Route(API_ROUTES.retryJobFailures, async ({ params, actor }) => {
  const { retried, evaluationIds } = await retryFailedEvaluations({
    db: getDb(),
    target: { jobId: params.jobId },
    audit: auditFields(actor),
  });
  return Response.json({ jobId: params.jobId, retried, evaluationIds });
});
