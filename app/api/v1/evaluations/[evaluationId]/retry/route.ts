import { getDb } from "@/lib/db";
import { API_ROUTES } from "@/lib/schemas/api-v1-routes";
import { v1Route } from "@/lib/server/http/v1-route";
import { retryOneEvaluation } from "@/lib/server/ops/retry-failed";
import { auditFields } from "@/lib/server/request-actor";

export const POST = v1Route(API_ROUTES.retryEvaluation, async ({ params, actor }) =>
  Response.json(await retryOneEvaluation({ db: getDb(), evaluationId: params.evaluationId, audit: auditFields(actor) })),
);
