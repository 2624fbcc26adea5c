import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { v1CreateDecisionBodySchema } from "@/lib/schemas/api-v1";
import type { RequestActor } from "@/lib/server/request-actor";
import { createDecision } from "@/lib/server/decisions/create-decision";
import { listDecisions } from "@/lib/server/decisions/list-decisions";
import { getEvaluation } from "@/lib/server/evaluations/list-evaluations";

// /api/v1 addresses an evaluation by its id alone; the pipeline's use cases are
// scoped by job. Each use case here finds the job (404 when the evaluation does
// not exist) and runs the job-scoped one, so a route handler calls one function.

async function jobOf(db: PrismaClient, evaluationId: string): Promise<string> {
  const row = await db.evaluation.findUnique({ where: { id: evaluationId }, select: { jobId: true } });
  if (!row) throw new AppError("NOT_FOUND", "This evaluation does not exist.");
  return row.jobId;
}

/** An evaluation with its full breakdown. */
export async function getEvaluationById(options: { db: PrismaClient; evaluationId: string }) {
  const { db, evaluationId } = options;
  return getEvaluation({ db, jobId: await jobOf(db, evaluationId), evaluationId });
}

/** An evaluation's decisions, newest (current) first. */
export async function listEvaluationDecisions(options: { db: PrismaClient; evaluationId: string }) {
  const { db, evaluationId } = options;
  return listDecisions({ db, jobId: await jobOf(db, evaluationId), evaluationId });
}

/** Records a decision on an evaluation, audited with the reviewer and the client address. */
export async function decideOnEvaluation(options: {
  db: PrismaClient;
  evaluationId: string;
  body: z.infer<typeof v1CreateDecisionBodySchema>;
  actor: RequestActor;
}) {
  const { db, evaluationId, actor } = options;
  const jobId = await jobOf(db, evaluationId);
  return createDecision({
    db,
    body: { ...options.body, jobId, evaluationId },
    reviewerId: actor.user.id,
    requestId: actor.requestId,
    ip: actor.ip,
  });
}
