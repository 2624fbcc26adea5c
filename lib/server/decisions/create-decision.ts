import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { CreateBulkDecisionBody, CreateDecisionBody, DecisionKind } from "@/lib/schemas/decisions";
import { writeAuditLog } from "@/lib/server/audit";

type DecisionActor = { reviewerId: string; requestId?: string; ip?: string | null };

/** One decision row and its audit entry, inside the caller's transaction. */
async function recordDecision(
  tx: Prisma.TransactionClient,
  input: { jobId: string; evaluationId: string; decision: DecisionKind; note?: string; bulk?: number },
  actor: DecisionActor,
) {
  const decision = await tx.decision.create({
    data: { evaluationId: input.evaluationId, reviewerId: actor.reviewerId, decision: input.decision, note: input.note ?? null },
    select: { id: true, createdAt: true },
  });
  await writeAuditLog(tx, {
    actorId: actor.reviewerId,
    action: "decision.created",
    targetType: "evaluation",
    targetId: input.evaluationId,
    metadata: {
      jobId: input.jobId,
      decision: input.decision,
      hasNote: Boolean(input.note),
      ...(input.bulk ? { bulk: input.bulk } : {}),
    },
    requestId: actor.requestId ?? null,
    ip: actor.ip ?? null,
  });
  return { id: decision.id, createdAt: decision.createdAt.toISOString() };
}

/**
 * Records a reviewer's decision on a completed evaluation of the job. Decisions are
 * append-only: the latest one is the current decision, earlier ones are history.
 */
export async function createDecision(options: {
  db: PrismaClient;
  body: CreateDecisionBody;
  reviewerId: string;
  requestId?: string;
  ip?: string | null;
}): Promise<{ id: string; createdAt: string }> {
  const { db, body } = options;
  return db.$transaction(async (tx) => {
    const evaluation = await tx.evaluation.findFirst({
      where: { id: body.evaluationId, jobId: body.jobId },
      select: { id: true, status: true },
    });
    if (!evaluation) throw new AppError("NOT_FOUND", "This candidate does not exist for this job.");
    if (evaluation.status !== "completed") throw new AppError("CONFLICT", "Decide once the evaluation has completed.");
    return recordDecision(tx, body, options);
  });
}

/**
 * The same decision and note for several candidates of one job, all or none: every
 * one must be a completed evaluation of the job. Each row is audited as a single decision is.
 */
export async function createBulkDecisions(options: {
  db: PrismaClient;
  body: CreateBulkDecisionBody;
  reviewerId: string;
  requestId?: string;
  ip?: string | null;
}): Promise<{ count: number }> {
  const { db, body } = options;
  const ids = [...new Set(body.evaluationIds)];
  return db.$transaction(async (tx) => {
    const found = await tx.evaluation.findMany({ where: { id: { in: ids }, jobId: body.jobId }, select: { id: true, status: true } });
    if (found.length !== ids.length)
      throw new AppError("NOT_FOUND", "Some selected candidates do not exist for this job; reload the shortlist.");
    if (found.some((evaluation) => evaluation.status !== "completed"))
      throw new AppError("CONFLICT", "Decide once every selected evaluation has completed.");
    for (const evaluationId of ids)
      await recordDecision(tx, { jobId: body.jobId, evaluationId, decision: body.decision, note: body.note, bulk: ids.length }, options);
    return { count: ids.length };
  });
}
