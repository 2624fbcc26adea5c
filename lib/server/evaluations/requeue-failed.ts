import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { requestIdOrNew } from "@/lib/server/observability/request-context";

/**
 * Puts failed evaluations (of one job, one evaluation, or all) back in the queue
 * with a fresh attempt budget. Content failures recorded on the resume are
 * cleared too, so the file is read again (the engine may have improved, or the
 * failure was a timeout under load). The rows record the request that requeued
 * them (`requestId`, default: the current request's), so the new attempt's log
 * lines carry it. Returns the ids requeued.
 */
export async function requeueFailedEvaluations(options: {
  db: PrismaClient;
  jobId?: string;
  evaluationIds?: string[];
  requestId?: string;
}): Promise<{ evaluationIds: string[] }> {
  const { db } = options;
  const requestId = options.requestId ?? requestIdOrNew("requeue");
  return db.$transaction(async (tx) => {
    const failed = await tx.evaluation.findMany({
      where: {
        status: "failed",
        ...(options.jobId ? { jobId: options.jobId } : {}),
        ...(options.evaluationIds ? { id: { in: options.evaluationIds } } : {}),
      },
      select: { id: true, resumeId: true },
    });
    if (failed.length === 0) return { evaluationIds: [] };
    const ids = failed.map((row) => row.id);
    await tx.evaluation.updateMany({
      where: { id: { in: ids }, status: "failed" },
      data: {
        status: "queued",
        attempts: 0,
        nextAttemptAt: new Date(),
        queuedAt: new Date(),
        lockedBy: null,
        lockedUntil: null,
        stage: null,
        requestId,
        dispatchedAt: null,
      },
    });
    await tx.resume.updateMany({
      where: { id: { in: [...new Set(failed.map((row) => row.resumeId))] }, parseStatus: "failed" },
      data: { parseStatus: "pending", parseErrorCode: null, parseError: null },
    });
    return { evaluationIds: ids };
  });
}

/** One evaluation, scoped to its job (the caller passes the job from the URL). */
export async function retryEvaluation(options: {
  db: PrismaClient;
  jobId: string;
  evaluationId: string;
}): Promise<{ evaluationId: string }> {
  const evaluation = await options.db.evaluation.findFirst({
    where: { id: options.evaluationId, jobId: options.jobId },
    select: { status: true },
  });
  if (!evaluation) throw new AppError("NOT_FOUND", "This evaluation does not exist.");
  if (evaluation.status !== "failed")
    throw new AppError("CONFLICT", `Only failed evaluations can be retried; this one is ${evaluation.status}.`);
  const { evaluationIds } = await requeueFailedEvaluations({ db: options.db, jobId: options.jobId, evaluationIds: [options.evaluationId] });
  if (evaluationIds.length === 0) throw new AppError("CONFLICT", "This evaluation was retried already.");
  return { evaluationId: options.evaluationId };
}
