import { getDb } from "@/lib/db";
import { API_ROUTES } from "@/lib/schemas/api-v1-routes";
import { getEvaluationById } from "@/lib/server/api-v1/evaluation-by-id";
import { v1Route } from "@/lib/server/http/v1-route";

export const GET = v1Route(API_ROUTES.getEvaluation, async ({ params }) =>
  Response.json({ evaluation: await getEvaluationById({ db: getDb(), evaluationId: params.evaluationId }) }),
);
