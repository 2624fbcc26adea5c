import { getDb } from "@/lib/db";
import { v1CreateDecisionBodySchema } from "@/lib/schemas/api-v1";
import { API_ROUTES } from "@/lib/schemas/api-v1-routes";
import { findEvaluationJobId } from "@/lib/server/api-v1/find-evaluation-job";
import { createDecision } from "@/lib/server/decisions/create-decision";
import { listDecisions } from "@/lib/server/decisions/list-decisions";
import { readJsonBody, v1Route } from "@/lib/server/http/v1-route";

export const GET = v1Route(API_ROUTES.listDecisions, async ({ params }) => {
  const db = getDb();
  const jobId = await findEvaluationJobId(db, params.evaluationId);
  return Response.json({ items: await listDecisions({ db, jobId, evaluationId: params.evaluationId }) });
});

export const POST = v1Route(API_ROUTES.createDecision, async ({ request, params, actor, requestId }) => {
  const db = getDb();
  const body = v1CreateDecisionBodySchema.parse(await readJsonBody(request));
  const jobId = await findEvaluationJobId(db, params.evaluationId);
  const decision = await createDecision({
    db,
    body: { ...body, jobId, evaluationId: params.evaluationId },
    reviewerId: actor.user.id,
    requestId,
    ip: actor.ip,
  });
  return Response.json({ decision }, { status: 201 });
});
