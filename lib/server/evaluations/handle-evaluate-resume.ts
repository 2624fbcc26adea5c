import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { EvaluationStage } from "@/lib/schemas/evaluations";
import { classifyFailure } from "./evaluation-errors";
import { type PipelineDeps, type PipelineOutcome, runEvaluationPipeline } from "./evaluation-steps";

// Handlers behind the Inngest functions (inngest/functions/*), kept free of the
// Inngest SDK so they are tested directly; the function files only wire triggers.

/** The part of Inngest's `step` the handler uses. */
export type DurableStep = { run: (id: string, fn: () => Promise<unknown>) => Promise<unknown> };

/** Raised for failures retrying cannot fix; the function file maps it to Inngest's NonRetriableError. */
export type NonRetriableFactory = (message: string, cause: unknown) => Error;

/** Moves a queued row to processing and counts the attempt (Inngest runs have no lease). */
async function startAttempt(db: PrismaClient, evaluationId: string): Promise<void> {
  await db.evaluation.updateMany({
    where: { id: evaluationId, status: { in: ["queued", "processing"] } },
    data: { status: "processing", attempts: { increment: 1 }, startedAt: new Date(), stage: "load", lockedBy: null, lockedUntil: null },
  });
}

export async function handleEvaluateResume(options: {
  deps: PipelineDeps;
  evaluationId: string;
  step: DurableStep;
  nonRetriable: NonRetriableFactory;
}): Promise<PipelineOutcome> {
  const { deps, evaluationId, step } = options;
  return runEvaluationPipeline({
    deps,
    evaluationId,
    guard: null,
    beforeLoad: () => startAttempt(deps.db, evaluationId),
    runStep: async <T>(stage: EvaluationStage, fn: () => Promise<T>): Promise<T> => {
      // Step outputs are plain JSON (ids, counts, the engine's JSON result), so the memoized value has the same shape.
      const output = await step.run(stage, async () => {
        try {
          return await fn();
        } catch (error) {
          const failure = classifyFailure(error, stage);
          // The last error is visible while Inngest retries; onFailure turns it into the final state.
          await deps.db.evaluation.updateMany({
            where: { id: evaluationId, status: "processing" },
            data: { stage, failedStage: stage, errorCode: failure.code, errorMessage: failure.message },
          });
          if (!failure.retriable) {
            if (stage === "extract-text" || stage === "parse")
              await markResumeUnreadable(deps.db, evaluationId, failure.code, failure.message);
            throw options.nonRetriable(failure.message, error);
          }
          throw error;
        }
      });
      return output as T;
    },
  });
}

async function markResumeUnreadable(db: PrismaClient, evaluationId: string, code: string, message: string): Promise<void> {
  const evaluation = await db.evaluation.findUnique({ where: { id: evaluationId }, select: { resumeId: true } });
  if (!evaluation) return;
  await db.resume.update({
    where: { id: evaluation.resumeId },
    data: { parseStatus: "failed", parseErrorCode: code, parseError: message },
  });
}

/** onFailure: the run is out of retries (or hit a non-retriable error): the evaluation ends failed with its stage and message. */
export async function handleEvaluationFailure(options: { db: PrismaClient; evaluationId: string }): Promise<{ marked: boolean }> {
  const { db, evaluationId } = options;
  const row = await db.evaluation.findUnique({ where: { id: evaluationId }, select: { stage: true, errorCode: true, errorMessage: true } });
  if (!row) return { marked: false };
  const stage = row.stage ?? "load";
  const updated = await db.evaluation.updateMany({
    where: { id: evaluationId, status: { in: ["queued", "processing"] } },
    data: {
      status: "failed",
      failedStage: stage,
      errorCode: row.errorCode ?? "INTERNAL",
      errorMessage: row.errorMessage ?? "The evaluation failed after several attempts. Retry it, or check the server log.",
    },
  });
  return { marked: updated.count === 1 };
}
