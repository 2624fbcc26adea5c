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
  return new LeaseRunner(options);
}

/** A sleep that `wake()` cuts short; a wake while awake makes the next sleep return at once. */
class Waker {
  private wakeUp: (() => void) | null = null;
  private pending = false;

  wake(): void {
    this.pending = true;
    this.wakeUp?.();
  }

  sleep(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        this.pending = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
    });
  }

  /** Ends a sleep in progress without leaving a pending wake. */
  interrupt(): void {
    this.wakeUp?.();
  }
}

function firstLine(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return (error.message.split("\n").find((line) => line.trim()) ?? error.name).trim().slice(0, 300);
}

class LeaseRunner implements InlineRunner {
  readonly owner: string;
  private readonly active = new Map<string, Promise<void>>();
  private readonly waker = new Waker();
  private readonly idleWaiters: (() => void)[] = [];
  private running = false;
  private loop: Promise<void> | null = null;
  private renewTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: InlineRunnerOptions) {
    this.owner = options.owner ?? defaultOwner();
  }

  private get db(): PrismaClient {
    return this.options.deps.db;
  }

  private emit(event: RunnerEvent): void {
    this.options.onEvent?.(event);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    markRunnerStarted("inline");
    const { leaseMs } = this.options;
    this.renewTimer = setInterval(
      () => {
        if (this.active.size > 0) renewLeases(this.db, this.owner, leaseMs).catch(() => undefined);
      },
      Math.max(100, Math.floor(leaseMs / 3)),
    );
    this.renewTimer.unref();
    this.loop = this.runLoop();
  }

  async stop(graceMs = 10_000): Promise<void> {
    this.running = false;
    this.waker.interrupt();
    await this.loop;
    if (this.renewTimer) clearInterval(this.renewTimer);
    const pending = [...this.active.values()];
    await Promise.race([Promise.allSettled(pending), new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
    if (this.active.size > 0) await releaseLeases(this.db, this.owner).catch(() => undefined);
    markRunnerStopped();
  }

  wake(): void {
    this.waker.wake();
  }

  idle(): Promise<void> {
    if (this.active.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  activeCount(): number {
    return this.active.size;
  }

  private async runLoop(): Promise<void> {
    let errorBackoff = this.options.pollMs;
    while (this.running) {
      let claimedAll: boolean;
      try {
        claimedAll = await this.pollOnce();
        markRunnerHeartbeat();
        errorBackoff = this.options.pollMs;
      } catch (error) {
        const message = firstLine(error);
        markRunnerHeartbeat(message);
        this.emit({ type: "poll-error", message });
        errorBackoff = Math.min(errorBackoff * 2, 15_000);
        await this.waker.sleep(errorBackoff);
        continue;
      }
      // Finished evaluations and uploads in this process wake the loop early; otherwise poll.
      if (!claimedAll || this.active.size >= this.options.concurrency) await this.waker.sleep(this.options.pollMs);
      else await Promise.resolve();
    }
  }

  /** Claims what fits; with nothing due, does the idle work. True when there may be more to do right away. */
  private async pollOnce(): Promise<boolean> {
    const free = this.options.concurrency - this.active.size;
    if (free <= 0) return false;
    const claims = await claimEvaluations(this.db, { owner: this.owner, limit: free, leaseMs: this.options.leaseMs });
    for (const claim of claims) this.track(claim);
    if (claims.length === free) return true;
    return claims.length === 0 && this.options.onIdle !== undefined && (await this.options.onIdle()) > 0;
  }

  private track(claim: Claim): void {
    const task = this.process(claim)
      .catch((error: unknown) => {
        // Recording the failure itself failed (database down): the lease expires and the row is claimed again.
        this.emit({ type: "poll-error", message: error instanceof Error ? error.message : String(error) });
      })
      .finally(() => {
        this.active.delete(claim.id);
        if (this.active.size === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
        this.wake();
      });
    this.active.set(claim.id, task);
  }

  private async process(claim: Claim): Promise<void> {
    const { options } = this;
    await runEvaluationAttempt({
      deps: options.deps,
      evaluationId: claim.id,
      requestId: claim.requestId,
      attempt: claim.attempts,
      resumeId: claim.resumeId,
      retry: { kind: "lease", owner: this.owner, maxAttempts: options.maxAttempts, retryBaseMs: options.retryBaseMs },
      beforeStep: (stage) => options.stepOverrides?.[stage]?.({ evaluationId: claim.id, attempt: claim.attempts }),
      onEvent: (event) => this.emit(event),
    });
  }
}
