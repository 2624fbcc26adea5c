import "server-only";
import { type BackgroundEvent, EVENT_NAMES } from "@/lib/server/background/events";
import { sendBackgroundEvents } from "@/lib/server/background/provider";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { requestLogger } from "@/lib/server/observability/logger";
import { currentRequestId } from "@/lib/server/observability/request-context";
import { wakeProcessInlineRunner } from "@/lib/server/runner/process-runner";

// Queued rows are the source of truth in both modes. Inline: the runner polls the
// table; this only wakes it. Inngest: one event per evaluation starts a run, and
// `dispatched_at` records that Inngest accepted it. A failed send is logged and
// leaves the row queued with `dispatched_at` null: the sweep-queued cron function
// (sweep-queued.ts) sends it again, so a short Inngest outage strands nothing.

export type QueuedEvaluation = { evaluationId: string; jobId: string; resumeId: string };

export type DispatchReason = "upload" | "retry" | "requeue" | "rescore" | "rediscover" | "sweep";

/** What a queued row contributes to its event. */
export type DispatchRow = {
  id: string;
  jobId: string;
  resumeId: string;
  queuedAt: Date;
  requestId: string | null;
  dispatchedAt: Date | null;
};

/** The registered provider's send, or a stand-in (tests). */
export type SendEvents = (events: BackgroundEvent[]) => Promise<unknown>;

export type DispatchResult = { sent: number; unsent: number };

const SEND_BATCH = 100;

/**
 * The event id, which Inngest uses to drop duplicates received within 24 hours.
 * One queued attempt (the row's queued_at) has one id, so every re-send of an
 * event Inngest may already have (a send whose answer was lost, two sweeps
 * racing, the upload's own send racing a sweep) starts at most one run. A row
 * that Inngest accepted but never started (see sweep-queued.ts) gets a new id
 * derived from that earlier send, so the re-send is not dropped.
 */
export function evaluationEventId(row: Pick<DispatchRow, "id" | "queuedAt" | "dispatchedAt">): string {
  const attempt = `evaluation-${row.id}-${row.queuedAt.getTime()}`;
  return row.dispatchedAt ? `${attempt}-after-${row.dispatchedAt.getTime()}` : attempt;
}

export function buildEvaluationEvent(row: DispatchRow, reason: DispatchReason): BackgroundEvent {
  const requestId = row.requestId ?? undefined;
  const id = evaluationEventId(row);
  return reason === "upload"
    ? { id, name: EVENT_NAMES.resumeUploaded, data: { jobId: row.jobId, resumeId: row.resumeId, evaluationId: row.id, requestId } }
    : { id, name: EVENT_NAMES.evaluationRequested, data: { evaluationId: row.id, reason, requestId } };
}

/** The provider accepted these rows' events (rows still queued; a started or finished one keeps its state). */
export async function markDispatched(db: PrismaClient, evaluationIds: string[]): Promise<{ count: number }> {
  return db.evaluation.updateMany({ where: { id: { in: evaluationIds }, status: "queued" }, data: { dispatchedAt: new Date() } });
}

/**
 * Sends one event per row in batches and marks each accepted batch dispatched.
 * Stops at the first failed batch (Inngest is down: later batches would fail the
 * same way, slowly); it and the rest stay undispatched for the sweep.
 */
export async function sendEvaluationEvents(options: {
  db: PrismaClient;
  rows: DispatchRow[];
  reason: DispatchReason;
  send?: SendEvents;
  /** Logged with a failure: the request (or sweep) doing the sending. */
  requestId?: string;
}): Promise<DispatchResult> {
  const { db, rows, reason } = options;
  const send = options.send ?? sendBackgroundEvents;
  let sent = 0;
  for (let i = 0; i < rows.length; i += SEND_BATCH) {
    const batch = rows.slice(i, i + SEND_BATCH);
    try {
      await send(batch.map((row) => buildEvaluationEvent(row, reason)));
    } catch (error) {
      requestLogger(options.requestId ?? currentRequestId()).warn(
        { reason, unsent: rows.length - sent, err: error instanceof Error ? error.message : String(error) },
        "could not send evaluation events to Inngest; the rows stay queued and the sweep sends them again",
      );
      return { sent, unsent: rows.length - sent };
    }
    await markDispatched(
      db,
      batch.map((row) => row.id),
    );
    sent += batch.length;
  }
  return { sent, unsent: 0 };
}

const dispatchSelect = { id: true, jobId: true, resumeId: true, queuedAt: true, requestId: true, dispatchedAt: true } as const;

async function dispatchQueued(evaluationIds: string[], reason: DispatchReason, options: DispatchOptions): Promise<DispatchResult> {
  if (evaluationIds.length === 0) return { sent: 0, unsent: 0 };
  if (getEnv().runnerMode === "inline") {
    wakeProcessInlineRunner();
    return { sent: 0, unsent: 0 };
  }
  const db = options.db ?? getDb();
  // The rows give each event its attempt (queued_at) and origin request; one query per dispatch.
  const rows = await db.evaluation.findMany({
    where: { id: { in: evaluationIds }, status: "queued" },
    select: dispatchSelect,
  });
  // A fresh dispatch of a new attempt: the id without an earlier send.
  const fresh = rows.map((row) => ({ ...row, dispatchedAt: null }));
  return sendEvaluationEvents({ db, rows: fresh, reason, send: options.send, requestId: options.requestId });
}

type DispatchOptions = { db?: PrismaClient; send?: SendEvents; requestId?: string };

/** Never throws for an unreachable Inngest: the upload stands, the rows are queued (see above). */
export async function dispatchUploadedEvaluations(items: QueuedEvaluation[], options: DispatchOptions = {}): Promise<DispatchResult> {
  return dispatchQueued(
    items.map((item) => item.evaluationId),
    "upload",
    options,
  );
}

export async function dispatchRequestedEvaluations(
  evaluationIds: string[],
  reason: "retry" | "requeue" | "rescore" | "rediscover",
  options: DispatchOptions = {},
): Promise<DispatchResult> {
  return dispatchQueued(evaluationIds, reason, options);
}

/**
 * Requirements changed: the job's completed evaluations will be re-scored. They
 * record the request that caused it, so the re-score's log lines carry its id
 * (inline runner and Inngest alike).
 */
export async function dispatchRequirementsUpdated(
  jobId: string,
  requirementsRevision: number,
  options: { db?: PrismaClient; requestId?: string; send?: SendRescoreEvents } = {},
): Promise<{ sent: boolean }> {
  const requestId = options.requestId ?? currentRequestId();
  if (requestId) {
    await (options.db ?? getDb()).evaluation.updateMany({
      where: { jobId, status: "completed", OR: [{ requirementsRevision: null }, { requirementsRevision: { lt: requirementsRevision } }] },
      data: { requestId },
    });
  }
  // Inline mode: the runner re-scores stale evaluations when it is idle (see rescore-evaluations.ts).
  if (getEnv().runnerMode === "inline") {
    wakeProcessInlineRunner();
    return { sent: false };
  }
  const sent = await sendRescoreEvents([{ jobId, requirementsRevision, requestId: requestId ?? null }], {
    send: options.send,
    requestId,
  });
  return { sent: sent > 0 };
}

/** One re-score per requirements revision: repeated sends (the edit's own, the sweep's) share this id. */
export function rescoreEventId(jobId: string, requirementsRevision: number): string {
  return `job-${jobId}-requirements-${requirementsRevision}`;
}

export type StaleJob = { jobId: string; requirementsRevision: number; requestId: string | null };
export type SendRescoreEvents = (events: BackgroundEvent[]) => Promise<unknown>;

/**
 * Sends the re-score events of these jobs; answers how many Inngest accepted. A
 * failed send is logged, not thrown: the requirements are saved, and the sweep
 * (sweep-queued.ts) sends the event again.
 */
export async function sendRescoreEvents(jobs: StaleJob[], options: { send?: SendRescoreEvents; requestId?: string } = {}): Promise<number> {
  if (jobs.length === 0) return 0;
  const events = jobs.map((job) => ({
    id: rescoreEventId(job.jobId, job.requirementsRevision),
    name: EVENT_NAMES.jobRequirementsUpdated,
    data: { jobId: job.jobId, requirementsRevision: job.requirementsRevision, requestId: job.requestId ?? undefined },
  }));
  try {
    await (options.send ?? sendBackgroundEvents)(events);
    return events.length;
  } catch (error) {
    requestLogger(options.requestId ?? currentRequestId()).warn(
      { jobIds: jobs.map((job) => job.jobId), err: error instanceof Error ? error.message : String(error) },
      "could not send re-score events to Inngest; the requirements are saved and the sweep sends them again",
    );
    return 0;
  }
}
