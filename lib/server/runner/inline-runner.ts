import "server-only";
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { EvaluationStage } from "@/lib/schemas/evaluations";
import type { EvaluationEvent } from "@/lib/server/background/evaluation-lifecycle";
import { runEvaluationAttempt } from "@/lib/server/background/jobs/evaluate-resume.handler";
import type { PipelineDeps } from "@/lib/server/evaluations/evaluation-steps";
import { markRunnerHeartbeat, markRunnerStarted, markRunnerStopped } from "./state";

// The local provider of the evaluation job (the single-machine fallback for
// Inngest): the evaluations table is the queue, and each claimed row runs one
// attempt of the job's handler, which owns the attempt's bookkeeping.
// A claim takes rows with FOR UPDATE SKIP LOCKED and leases them to this process
// (locked_by/locked_until); leases are renewed while work runs, so a row whose
// lease expired belongs to a dead process and is claimed again. The result is
// only written while the lease is still ours, so an evaluation completes once.

/** Test seam: called at the start of a stage, before the stage runs; throwing fails that stage. */
export type StepOverrides = Partial<Record<EvaluationStage, (context: { evaluationId: string; attempt: number }) => void | Promise<void>>>;

/** The job's events; the runner adds "poll-error" for its own loop. */
export type RunnerEvent = EvaluationEvent;

export type InlineRunnerOptions = {
  deps: PipelineDeps;
  concurrency: number;
  maxAttempts: number;
  leaseMs: number;
  pollMs: number;
  retryBaseMs: number;
  /** Identifies this process in locked_by; defaults to host:pid:random. */
  owner?: string;
  stepOverrides?: StepOverrides;
  /** Background work done when no evaluation is due (re-scoring after requirement edits); returns how much it did. */
  onIdle?: () => Promise<number>;
  onEvent?: (event: RunnerEvent) => void;
};

type Claim = { id: string; resumeId: string; attempts: number; requestId: string | null };

export type InlineRunner = {
  readonly owner: string;
  start(): void;
  /** Stops claiming, waits for running evaluations (up to `graceMs`), and hands back leases of the rest. */
  stop(graceMs?: number): Promise<void>;
  /** Polls now instead of at the next interval (called after an upload in this process). */
  wake(): void;
  /** Resolves when no evaluation is running in this process (tests). */
  idle(): Promise<void>;
  activeCount(): number;
};

export function defaultOwner(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

/** Takes up to `limit` due rows: queued ones whose backoff has passed, and processing ones whose lease expired. */
export async function claimEvaluations(db: PrismaClient, options: { owner: string; limit: number; leaseMs: number }): Promise<Claim[]> {
  const leaseSeconds = options.leaseMs / 1000;
  return db.$queryRaw<Claim[]>`
    UPDATE evaluations AS e
    SET status = 'processing',
        attempts = e.attempts + 1,
        locked_by = ${options.owner},
        locked_until = timezone('utc', now()) + make_interval(secs => ${leaseSeconds}),
        started_at = timezone('utc', now()),
        stage = 'load',
        updated_at = timezone('utc', now())
    WHERE e.id IN (
      SELECT id FROM evaluations
      WHERE (status = 'queued' AND next_attempt_at <= timezone('utc', now()))
         OR (status = 'processing' AND locked_until < timezone('utc', now()))
      ORDER BY next_attempt_at, queued_at
      LIMIT ${options.limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING e.id, e.resume_id AS "resumeId", e.attempts, e.request_id AS "requestId"`;
}

async function renewLeases(db: PrismaClient, owner: string, leaseMs: number): Promise<void> {
  await db.$executeRaw`
    UPDATE evaluations SET locked_until = timezone('utc', now()) + make_interval(secs => ${leaseMs / 1000})
    WHERE locked_by = ${owner} AND status = 'processing'`;
}

/** Hands unfinished work back to the queue on a clean shutdown (the attempt is not counted). */
async function releaseLeases(db: PrismaClient, owner: string): Promise<void> {
  await db.$executeRaw`
    UPDATE evaluations SET status = 'queued', locked_by = NULL, locked_until = NULL, attempts = GREATEST(attempts - 1, 0)
    WHERE locked_by = ${owner} AND status = 'processing'`;
}

export function createInlineRunner(options: InlineRunnerOptions): InlineRunner {
  const owner = options.owner ?? defaultOwner();
  const { db } = options.deps;
  const active = new Map<string, Promise<void>>();
  const emit = (event: RunnerEvent) => options.onEvent?.(event);
  let running = false;
  let loop: Promise<void> | null = null;
  let wakeUp: (() => void) | null = null;
  let wakePending = false;
  let renewTimer: NodeJS.Timeout | null = null;
  const idleWaiters: (() => void)[] = [];

  function wake(): void {
    wakePending = true;
    wakeUp?.();
  }

  function sleep(ms: number): Promise<void> {
    if (wakePending) {
      wakePending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wakeUp = null;
        wakePending = false;
        resolve();
      }
      wakeUp = done;
    });
  }

  async function processClaim(claim: Claim): Promise<void> {
    await runEvaluationAttempt({
      deps: options.deps,
      evaluationId: claim.id,
      requestId: claim.requestId,
      attempt: claim.attempts,
      resumeId: claim.resumeId,
      retry: { kind: "lease", owner, maxAttempts: options.maxAttempts, retryBaseMs: options.retryBaseMs },
      beforeStep: (stage) => options.stepOverrides?.[stage]?.({ evaluationId: claim.id, attempt: claim.attempts }),
      onEvent: emit,
    });
  }

  function track(claim: Claim): void {
    const task = processClaim(claim)
      .catch((error: unknown) => {
        // recordFailure itself failed (database down): the lease expires and the row is claimed again.
        emit({ type: "poll-error", message: error instanceof Error ? error.message : String(error) });
      })
      .finally(() => {
        active.delete(claim.id);
        if (active.size === 0) for (const resolve of idleWaiters.splice(0)) resolve();
        wake();
      });
    active.set(claim.id, task);
  }

  async function runLoop(): Promise<void> {
    let errorBackoff = options.pollMs;
    while (running) {
      let claimedAll = false;
      try {
        const free = options.concurrency - active.size;
        if (free > 0) {
          const claims = await claimEvaluations(db, { owner, limit: free, leaseMs: options.leaseMs });
          for (const claim of claims) track(claim);
          claimedAll = claims.length === free;
          if (claims.length === 0 && options.onIdle && (await options.onIdle()) > 0) claimedAll = true;
        }
        markRunnerHeartbeat();
        errorBackoff = options.pollMs;
      } catch (error) {
        const message =
          error instanceof Error
            ? (error.message.split("\n").find((line) => line.trim()) ?? error.name).trim().slice(0, 300)
            : String(error);
        markRunnerHeartbeat(message);
        emit({ type: "poll-error", message });
        errorBackoff = Math.min(errorBackoff * 2, 15_000);
        await sleep(errorBackoff);
        continue;
      }
      // Finished evaluations and uploads in this process wake the loop early; otherwise poll.
      if (!claimedAll || active.size >= options.concurrency) await sleep(options.pollMs);
      else await Promise.resolve();
    }
  }

  return {
    owner,
    start() {
      if (running) return;
      running = true;
      markRunnerStarted("inline");
      renewTimer = setInterval(
        () => {
          if (active.size > 0) renewLeases(db, owner, options.leaseMs).catch(() => undefined);
        },
        Math.max(100, Math.floor(options.leaseMs / 3)),
      );
      renewTimer.unref();
      loop = runLoop();
    },
    async stop(graceMs = 10_000) {
      running = false;
      wakeUp?.();
      await loop;
      if (renewTimer) clearInterval(renewTimer);
      const pending = [...active.values()];
      await Promise.race([Promise.allSettled(pending), new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
      if (active.size > 0) await releaseLeases(db, owner).catch(() => undefined);
      markRunnerStopped();
    },
    wake,
    idle() {
      if (active.size === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    activeCount: () => active.size,
  };
}
