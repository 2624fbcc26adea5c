import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { requestLogger } from "@/lib/server/observability/logger";
import {
  type DispatchRow,
  type SendEvents,
  type SendRescoreEvents,
  type StaleJob,
  sendEvaluationEvents,
  sendRescoreEvents,
} from "./dispatch-evaluations";

// Inngest mode: rows that are queued but whose event Inngest never accepted (the
// send failed: Inngest was down or unreachable) or accepted long ago without
// starting a run (Inngest lost it, or the app was not synced) would stay queued
// forever. The sweep-queued cron function sends their events again.
//
// Thresholds:
// - never sent (dispatched_at null): after UNSENT_GRACE_MS (1 min), so an upload's
//   own send, which follows its inserts by moments, is not raced; a race would be
//   harmless anyway (same event id, Inngest drops the duplicate).
// - sent but still queued and not started: after STALE_AFTER_MS (10 min). An
//   accepted event normally starts its run within seconds; a backlog behind the
//   concurrency limit (EVALUATION_CONCURRENCY) can hold runs longer, and a re-send
//   then only adds a run that finds the row completed and skips. 10 minutes keeps
//   those duplicates rare for uploads of a few hundred files, yet recovers a lost
//   event well inside a working hour. Runs every 5 minutes, so a row waits at
//   most ~6 (never sent) or ~15 (lost) minutes.
// "Not started": started_at is null or from an earlier attempt (before queued_at),
// or older than the stale threshold.

export const UNSENT_GRACE_MS = 60_000;
export const STALE_AFTER_MS = 10 * 60_000;
const BATCH_SIZE = 500;
const MAX_BATCHES = 20;

function strandedWhere(now: Date, graceMs: number, staleMs: number): Prisma.Sql {
  const sentBefore = new Date(now.getTime() - graceMs);
  const staleBefore = new Date(now.getTime() - staleMs);
  return Prisma.sql`
    status = 'queued'
    AND ((dispatched_at IS NULL AND queued_at <= ${sentBefore}) OR dispatched_at <= ${staleBefore})
    AND (started_at IS NULL OR started_at < queued_at OR started_at <= ${staleBefore})`;
}

/** Queued rows the sweep would send now (the ops page shows this count in Inngest mode). */
export async function countStrandedQueued(db: PrismaClient, now = new Date()): Promise<number> {
  const rows = await db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM evaluations WHERE ${strandedWhere(now, UNSENT_GRACE_MS, STALE_AFTER_MS)}`;
  return Number(rows[0]?.count ?? 0);
}

export type SweepResult = { found: number; sent: number; unsent: number };

/**
 * One pass: finds stranded queued rows oldest first, in batches, and sends their
 * events (ids dedupe re-sends of one attempt, see evaluationEventId). Stops at the
 * first failed send: Inngest is still down, the next pass tries again.
 */
export async function sweepQueuedEvaluations(options: {
  db: PrismaClient;
  requestId: string;
  send?: SendEvents;
  now?: Date;
  graceMs?: number;
  staleAfterMs?: number;
  batchSize?: number;
}): Promise<SweepResult> {
  const { db } = options;
  const now = options.now ?? new Date();
  const where = strandedWhere(now, options.graceMs ?? UNSENT_GRACE_MS, options.staleAfterMs ?? STALE_AFTER_MS);
  const limit = options.batchSize ?? BATCH_SIZE;
  const total: SweepResult = { found: 0, sent: 0, unsent: 0 };
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    // Sent rows get a fresh dispatched_at and drop out of the next query.
    const rows = await db.$queryRaw<DispatchRow[]>`
      SELECT id, job_id AS "jobId", resume_id AS "resumeId", queued_at AS "queuedAt",
        request_id AS "requestId", dispatched_at AS "dispatchedAt"
      FROM evaluations WHERE ${where}
      ORDER BY queued_at, id
      LIMIT ${limit}`;
    if (rows.length === 0) break;
    const result = await sendEvaluationEvents({ db, rows, reason: "sweep", send: options.send, requestId: options.requestId });
    total.found += rows.length;
    total.sent += result.sent;
    total.unsent += result.unsent;
    if (result.unsent > 0 || rows.length < limit) break;
  }
  if (total.found > 0)
    requestLogger(options.requestId).info(
      { ...total },
      total.unsent > 0 ? "queued evaluations still unsent" : "queued evaluations re-sent",
    );
  return total;
}

/**
 * Jobs whose requirements changed more than `staleAfterMs` ago and still have
 * completed evaluations scored against older requirements: their re-score event
 * was lost (Inngest was down when the edit was saved). The event id is per
 * revision, so Inngest drops repeats for 24 hours: rows that cannot be re-scored
 * cost at most one run a day, not one every sweep.
 */
export async function sweepStaleRescores(options: {
  db: PrismaClient;
  requestId: string;
  send?: SendRescoreEvents;
  now?: Date;
  staleAfterMs?: number;
}): Promise<{ found: number; sent: number }> {
  const now = options.now ?? new Date();
  const changedBefore = new Date(now.getTime() - (options.staleAfterMs ?? STALE_AFTER_MS));
  const jobs = await options.db.$queryRaw<StaleJob[]>`
    SELECT j.id AS "jobId", j.requirements_revision AS "requirementsRevision",
      (SELECT e.request_id FROM evaluations e WHERE e.job_id = j.id AND e.request_id IS NOT NULL
        ORDER BY e.updated_at DESC LIMIT 1) AS "requestId"
    FROM jobs j
    WHERE j.updated_at <= ${changedBefore}
      AND EXISTS (SELECT 1 FROM evaluations e WHERE e.job_id = j.id AND e.status = 'completed'
        AND (e.requirements_revision IS NULL OR e.requirements_revision < j.requirements_revision))
    ORDER BY j.updated_at
    LIMIT ${BATCH_SIZE}`;
  const sent = await sendRescoreEvents(jobs, { send: options.send, requestId: options.requestId });
  if (jobs.length > 0) requestLogger(options.requestId).info({ found: jobs.length, sent }, "re-score events re-sent");
  return { found: jobs.length, sent };
}
