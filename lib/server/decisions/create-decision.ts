import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { CreateDecisionBody } from "@/lib/schemas/decisions";
import { writeAuditLog } from "@/lib/server/audit";

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
    const decision = await tx.decision.create({
      data: { evaluationId: body.evaluationId, reviewerId: options.reviewerId, decision: body.decision, note: body.note ?? null },
      select: { id: true, createdAt: true },
    });
    await writeAuditLog(tx, {
      actorId: options.reviewerId,
      action: "decision.created",
      targetType: "evaluation",
      targetId: body.evaluationId,
      metadata: { jobId: body.jobId, decision: body.decision, hasNote: Boolean(body.note) },
      requestId: options.requestId ?? null,
      ip: options.ip ?? null,
    });
    return { id: decision.id, createdAt: decision.createdAt.toISOString() };
  });
}
