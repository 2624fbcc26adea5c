import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { EvaluationStage } from "@/lib/schemas/evaluations";
import type { ClassifiedFailure } from "@/lib/server/evaluations/evaluation-errors";
import type { PersistGuard } from "@/lib/server/evaluations/evaluation-steps";
import { evaluationLogger, getLogger } from "@/lib/server/observability/logger";
import { getMetrics } from "@/lib/server/observability/metrics";

// The bookkeeping of one evaluation attempt, the same whichever provider runs it
// (the inline lease runner or Inngest): how an attempt starts, how a failure is
// recorded, and the events every attempt reports — which are the log lines and
// the metrics, so both modes fill the same histogram and counters.

/** Events about one evaluation carry the id of the request that queued it (the row's request_id), for its log lines. */
type EvaluationEventBase = { evaluationId: string; requestId: string | null };

export type EvaluationEvent =
  | ({ type: "claimed"; attempt: number } & EvaluationEventBase)
  | ({ type: "completed"; attempt: number; durationMs: number } & EvaluationEventBase)
  | ({
      type: "retry-scheduled";
      attempt: number;
      stage: EvaluationStage;
      code: string;
      /** Absent when the provider (Inngest) schedules the retry. */
      delayMs?: number;
      /** The stack of an unexpected error (code INTERNAL). */
      err?: string;
    } & EvaluationEventBase)
  | ({ type: "failed"; attempt: number; stage: EvaluationStage; code: string; err?: string } & EvaluationEventBase)
  | ({ type: "lost-lease" } & EvaluationEventBase)
  | ({ type: "skipped"; reason: string } & EvaluationEventBase)
  | { type: "poll-error"; message: string };

// Stages at which a failure means the resume itself could not be read.
const READ_STAGES = new Set<EvaluationStage>(["extract-text", "parse"]);

/** A content failure at these stages is a property of the file: recorded on the resume and counted as a parse failure. */
export function isReadStage(stage: EvaluationStage): boolean {
  return READ_STAGES.has(stage);
}

/** Logs and measures one event of an evaluation, whichever provider ran it. */
export function recordEvaluationEvent(event: EvaluationEvent): void {
  if (event.type === "poll-error") {
    getLogger().warn({ event: event.type, err: event.message }, "evaluation runner poll failed");
    return;
  }
  const log = evaluationLogger(event.evaluationId, event.requestId);
  const metrics = getMetrics();
  switch (event.type) {
    case "claimed":
      log.debug({ attempt: event.attempt }, "evaluation started");
      break;
    case "completed":
      metrics.evaluationDuration.observe({ outcome: "completed" }, event.durationMs / 1000);
      log.info({ attempt: event.attempt, durationMs: event.durationMs }, "evaluation completed");
      break;
    case "retry-scheduled":
      log.warn(
        { attempt: event.attempt, stage: event.stage, code: event.code, delayMs: event.delayMs, err: event.err },
        "evaluation attempt failed, retry scheduled",
      );
      break;
    case "failed":
      if (isReadStage(event.stage)) metrics.parseFailures.inc({ code: event.code });
      log.warn({ attempt: event.attempt, stage: event.stage, code: event.code, err: event.err }, "evaluation failed");
      break;
    case "lost-lease":
      log.warn("evaluation result not written: another run holds or finished it");
      break;
    case "skipped":
      log.info({ reason: event.reason }, "evaluation skipped");
      break;
  }
}

/** Moves a queued row to processing and counts the attempt, without a lease (Inngest serializes runs of one evaluation). */
export async function startAttempt(db: PrismaClient, evaluationId: string): Promise<void> {
  await db.evaluation.updateMany({
    where: { id: evaluationId, status: { in: ["queued", "processing"] } },
    data: { status: "processing", attempts: { increment: 1 }, startedAt: new Date(), stage: "load", lockedBy: null, lockedUntil: null },
  });
}

/** What happens after a failed attempt: final, a retry at a time (inline), or a retry the provider schedules (Inngest). */
export type FailureNext = { kind: "final" } | { kind: "retry-at"; at: Date } | { kind: "provider-retries" };

/**
 * Records a failed attempt. A final failure ends `failed`; a retry at a time
 * goes back to `queued` with that backoff; a provider retry keeps the row
 * processing with the last error visible until the provider runs it again or
 * gives up (then `markFailedAfterRetries`). A content failure at a read stage
 * (the extract-text/parse rule) is recorded on the resume too, so other jobs
 * sharing the file fail fast instead of reading it again.
 */
export async function recordFailure(
  db: PrismaClient,
  input: {
    evaluationId: string;
    stage: EvaluationStage;
    failure: ClassifiedFailure;
    next: FailureNext;
    guard: PersistGuard;
    resumeId?: string;
  },
): Promise<{ recorded: boolean }> {
  const { failure, next } = input;
  const lastError = { stage: input.stage, failedStage: input.stage, errorCode: failure.code, errorMessage: failure.message };
  const released = { lockedBy: null, lockedUntil: null };
  const data =
    next.kind === "final"
      ? { status: "failed" as const, ...lastError, ...released }
      : next.kind === "retry-at"
        ? { status: "queued" as const, ...lastError, nextAttemptAt: next.at, ...released }
        : lastError;
  const statuses: ("processing" | "queued")[] = next.kind === "provider-retries" ? ["processing"] : ["processing", "queued"];
  const updated = await db.evaluation.updateMany({
    where: { id: input.evaluationId, status: { in: statuses }, ...(input.guard ? { lockedBy: input.guard.lockedBy } : {}) },
    data,
  });
  if (isReadStage(input.stage) && !failure.retriable) await markResumeUnreadable(db, input, failure);
  return { recorded: updated.count === 1 };
}

async function markResumeUnreadable(db: PrismaClient, input: { evaluationId: string; resumeId?: string }, failure: ClassifiedFailure) {
  const resumeId =
    input.resumeId ?? (await db.evaluation.findUnique({ where: { id: input.evaluationId }, select: { resumeId: true } }))?.resumeId;
  if (!resumeId) return;
  await db.resume
    .update({ where: { id: resumeId }, data: { parseStatus: "failed", parseErrorCode: failure.code, parseError: failure.message } })
    .catch(() => undefined);
}

/**
 * The provider gave up (Inngest's onFailure: out of retries, or a non-retriable
 * error): the evaluation ends failed with the last recorded stage and message.
 */
export async function markFailedAfterRetries(options: {
  db: PrismaClient;
  evaluationId: string;
  /** The failed run's event's, else the row's. */
  requestId?: string;
  onEvent?: (event: EvaluationEvent) => void;
}): Promise<{ marked: boolean }> {
  const { db, evaluationId } = options;
  const row = await db.evaluation.findUnique({
    where: { id: evaluationId },
    select: { stage: true, errorCode: true, errorMessage: true, requestId: true, attempts: true },
  });
  if (!row) return { marked: false };
  const stage = (row.stage ?? "load") as EvaluationStage;
  const code = row.errorCode ?? "INTERNAL";
  const updated = await db.evaluation.updateMany({
    where: { id: evaluationId, status: { in: ["queued", "processing"] } },
    data: {
      status: "failed",
      failedStage: stage,
      errorCode: code,
      errorMessage: row.errorMessage ?? "The evaluation failed after several attempts. Retry it, or check the server log.",
    },
  });
  if (updated.count !== 1) return { marked: false };
  (options.onEvent ?? recordEvaluationEvent)({
    type: "failed",
    evaluationId,
    requestId: options.requestId ?? row.requestId,
    attempt: row.attempts,
    stage,
    code,
  });
  return { marked: true };
}
