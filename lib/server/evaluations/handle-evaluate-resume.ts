import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { EvaluationStage } from "@/lib/schemas/evaluations";
import { evaluationLogger } from "@/lib/server/observability/logger";
import { classifyFailure } from "./evaluation-errors";
import { type LoadedEvaluation, type PipelineDeps, type PipelineOutcome, runEvaluationPipeline } from "./evaluation-steps";

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

/**
 * One Inngest run of the pipeline. Its log lines carry the event's `requestId`,
 * else the row's (read by the load step, so no extra query); lines are written
 * inside steps, so Inngest's replays of memoized steps do not repeat them.
 */
export async function handleEvaluateResume(options: {
  deps: PipelineDeps;
  evaluationId: string;
  /** From the event; older events have none. */
  requestId?: string;
  step: DurableStep;
  nonRetriable: NonRetriableFactory;
}): Promise<PipelineOutcome> {
  const { deps, evaluationId, step } = options;
  let log = evaluationLogger(evaluationId, options.requestId);
  const adoptRowRequestId = (loaded: LoadedEvaluation) => {
    if (!options.requestId && loaded.requestId) log = evaluationLogger(evaluationId, loaded.requestId);
  };
  return runEvaluationPipeline({
    deps,
    evaluationId,
    guard: null,
    beforeLoad: () => startAttempt(deps.db, evaluationId),
    runStep: async <T>(stage: EvaluationStage, fn: () => Promise<T>): Promise<T> => {
      // Step outputs are plain JSON (ids, counts, the engine's JSON result), so the memoized value has the same shape.
      const output = await step.run(stage, async () => {
        try {
          const result = await fn();
          if (stage === "load") {
            const loaded = result as LoadedEvaluation;
            adoptRowRequestId(loaded);
            if (loaded.kind === "skip") log.info({ reason: loaded.reason }, "evaluation skipped");
            else log.debug("evaluation started");
          }
          if (stage === "persist") {
            const { persisted, durationMs } = result as { persisted: boolean; durationMs: number | null };
            if (persisted) log.info({ durationMs }, "evaluation completed");
            else log.info("evaluation already written by another run");
          }
          return result;
        } catch (error) {
          const failure = classifyFailure(error, stage);
          log.warn(
            { stage, code: failure.code, retriable: failure.retriable },
            failure.retriable ? "evaluation attempt failed, Inngest retries it" : "evaluation failed",
          );
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
      // A replayed (memoized) load step: its lines were written, but later ones need the row's id too.
      if (stage === "load") adoptRowRequestId(output as LoadedEvaluation);
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
export async function handleEvaluationFailure(options: {
  db: PrismaClient;
  evaluationId: string;
  /** The failed run's event's, else the row's. */
  requestId?: string;
}): Promise<{ marked: boolean }> {
  const { db, evaluationId } = options;
  const row = await db.evaluation.findUnique({
    where: { id: evaluationId },
    select: { stage: true, errorCode: true, errorMessage: true, requestId: true },
  });
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
  if (updated.count === 1)
    evaluationLogger(evaluationId, options.requestId ?? row.requestId).warn(
      { stage, code: row.errorCode ?? "INTERNAL" },
      "evaluation failed after its last attempt",
    );
  return { marked: updated.count === 1 };
}
