import { getDb } from "@/lib/db";
import { v1CreateDecisionBodySchema } from "@/lib/schemas/api-v1";
import { API_ROUTES } from "@/lib/schemas/api-v1-routes";
import { decideOnEvaluation, listEvaluationDecisions } from "@/lib/server/api-v1/evaluation-by-id";
import { readJsonBody, v1Route } from "@/lib/server/http/v1-route";

export const GET = v1Route(API_ROUTES.listDecisions, async ({ params }) =>
  Response.json({ items: await listEvaluationDecisions({ db: getDb(), evaluationId: params.evaluationId }) }),
);

export const POST = v1Route(API_ROUTES.createDecision, async ({ request, params, actor }) => {
  const body = v1CreateDecisionBodySchema.parse(await readJsonBody(request));
  const decision = await decideOnEvaluation({ db: getDb(), evaluationId: params.evaluationId, body, actor });
  return Response.json({ decision }, { status: 201 });
});
