import "server-only";
import type { EvaluationStage } from "@/lib/schemas/evaluations";
import { classifyFailure } from "@/lib/server/evaluations/evaluation-errors";
import {
  type LoadedEvaluation,
  type PipelineDeps,
  type PipelineOutcome,
  runEvaluationPipeline,
  type StepRunner,
} from "@/lib/server/evaluations/evaluation-steps";
import { type EvaluationEvent, type FailureNext, recordEvaluationEvent, recordFailure, startAttempt } from "../evaluation-lifecycle";
import { evaluateResumeJob } from "./evaluate-resume";

// One attempt of the evaluation job, for every provider: it starts the attempt,
// runs the steps, and on a failure records it (with the retry policy of the
// provider's kind) — reporting each event through one hook, so log lines and
// metrics are the same with the inline runner and with Inngest.

/**
 * How the attempt is retried. `lease`: the inline runner's leased row; the
 * handler schedules the retry (backoff in the row). `provider`: the provider
 * (Inngest) retries the run and calls `markFailedAfterRetries` when it gives up.
 */
export type AttemptRetry =
  | { kind: "lease"; owner: string; maxAttempts: number; retryBaseMs: number }
  | { kind: "provider"; maxAttempts: number; nonRetriable: (message: string, cause: unknown) => Error };

export type AttemptOutcome = PipelineOutcome | { outcome: "failed" | "retry-scheduled" };

export type EvaluationAttemptOptions = {
  deps: PipelineDeps;
  evaluationId: string;
  /** Known up front (the claimed row's, the event's), or undefined: the load step reads the row's. */
  requestId: string | null | undefined;
  attempt: number;
  resumeId?: string;
  retry: AttemptRetry;
  /** How the provider runs a step: directly (inline), or memoized (Inngest's step.run: side effects inside run once). */
  runStep?: StepRunner;
  /** Test seam: called at the start of a stage; throwing fails that stage. */
  beforeStep?: (stage: EvaluationStage) => void | Promise<void>;
  onEvent?: (event: EvaluationEvent) => void;
};

/** Thrown out of a step once its failure is recorded: the attempt ends with this outcome. */
class AttemptSettled extends Error {
  constructor(readonly outcome: "failed" | "retry-scheduled") {
    super(outcome);
  }
}

export async function runEvaluationAttempt(options: EvaluationAttemptOptions): Promise<AttemptOutcome> {
  const attempt = new EvaluationAttempt(options);
  try {
    return await attempt.run();
  } catch (error) {
    if (error instanceof AttemptSettled) return { outcome: error.outcome };
    throw error;
  }
}

class EvaluationAttempt {
  private requestId: string | null | undefined;
  private readonly emit: (event: EvaluationEvent) => void;
  private readonly started = performance.now();

  constructor(private readonly options: EvaluationAttemptOptions) {
    this.requestId = options.requestId;
    this.emit = options.onEvent ?? recordEvaluationEvent;
  }

  private get origin() {
    return { evaluationId: this.options.evaluationId, requestId: this.requestId ?? null };
  }

  async run(): Promise<AttemptOutcome> {
    const { deps, evaluationId, retry } = this.options;
    const outcome = await runEvaluationPipeline({
      deps,
      evaluationId,
      guard: retry.kind === "lease" ? { lockedBy: retry.owner } : null,
      beforeLoad: () => this.start(),
      runStep: (stage, fn) => this.runStep(stage, fn),
    });
    if (outcome.outcome === "skipped" && retry.kind === "lease") {
      await deps.db.evaluation.updateMany({
        where: { id: evaluationId, lockedBy: retry.owner },
        data: { lockedBy: null, lockedUntil: null },
      });
    }
    return outcome;
  }

  /** Inside the load step: counts the attempt (the inline claim already did) and announces it when the request id is known. */
  private async start(): Promise<void> {
    const { retry, attempt } = this.options;
    if (retry.kind === "provider") await startAttempt(this.options.deps.db, this.options.evaluationId);
    if (this.requestId !== undefined) this.emit({ type: "claimed", ...this.origin, attempt });
    // Only reachable when a process died mid-attempt on the last allowed try.
    if (retry.kind === "lease" && attempt > retry.maxAttempts) throw new Error("attempts exhausted by interrupted runs");
  }

  private async runStep<T>(stage: EvaluationStage, fn: () => Promise<T>): Promise<T> {
    const provide: StepRunner = this.options.runStep ?? ((_stage, run) => run());
    const output = await provide(stage, async () => {
      try {
        await this.options.beforeStep?.(stage);
        const result = await fn();
        this.afterStep(stage, result);
        return result;
      } catch (error) {
        throw await this.settleFailure(stage, error);
      }
    });
    // A replayed (memoized) load step reported its lines already; later ones still need the row's request id.
    if (stage === "load") this.adoptRowRequestId(output as LoadedEvaluation);
    return output;
  }

  private adoptRowRequestId(loaded: LoadedEvaluation): boolean {
    if (this.requestId !== undefined) return false;
    this.requestId = loaded.requestId;
    return true;
  }

  private afterStep(stage: EvaluationStage, result: unknown): void {
    if (stage === "load") {
      const loaded = result as LoadedEvaluation;
      if (this.adoptRowRequestId(loaded)) this.emit({ type: "claimed", ...this.origin, attempt: this.options.attempt });
      if (loaded.kind === "skip") this.emit({ type: "skipped", ...this.origin, reason: loaded.reason });
    }
    if (stage === "persist") {
      const { persisted, durationMs } = result as { persisted: boolean; durationMs: number | null };
      if (!persisted) this.emit({ type: "lost-lease", ...this.origin });
      else {
        const measured = durationMs ?? Math.round(performance.now() - this.started);
        this.emit({ type: "completed", ...this.origin, attempt: this.options.attempt, durationMs: measured });
      }
    }
  }

  /** Records the failure and answers what to throw out of the step. */
  private async settleFailure(stage: EvaluationStage, error: unknown): Promise<Error> {
    const { deps, evaluationId, retry, attempt } = this.options;
    const failure = classifyFailure(error, stage);
    const err = failure.code === "INTERNAL" ? (error instanceof Error ? error.stack : String(error)) : undefined;
    const report = { ...this.origin, attempt, stage, code: failure.code, err };
    const record = (next: FailureNext) =>
      recordFailure(deps.db, {
        evaluationId,
        stage,
        failure,
        next,
        guard: retry.kind === "lease" ? { lockedBy: retry.owner } : null,
        resumeId: this.options.resumeId,
      });
    if (retry.kind === "lease") {
      const final = !failure.retriable || attempt >= retry.maxAttempts;
      const delayMs = final ? 0 : evaluateResumeJob.retry.delayMs(attempt, retry.retryBaseMs);
      await record(final ? { kind: "final" } : { kind: "retry-at", at: new Date(Date.now() + delayMs) });
      this.emit(final ? { type: "failed", ...report } : { type: "retry-scheduled", ...report, delayMs });
      return new AttemptSettled(final ? "failed" : "retry-scheduled");
    }
    // The provider retries or gives up; its give-up (markFailedAfterRetries) reports the final failure.
    await record({ kind: "provider-retries" });
    if (!failure.retriable) return retry.nonRetriable(failure.message, error);
    if (attempt < retry.maxAttempts) this.emit({ type: "retry-scheduled", ...report });
    return error instanceof Error ? error : new Error(String(error));
  }
}
