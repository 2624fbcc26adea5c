import "server-only";
import { defaultPoolSize, ThreadPool } from "@/lib/engine/workers/thread-pool";
import type { EvaluationResult } from "@/lib/engine/score";
import type { ResumeProfile } from "@/lib/engine/types";
import type { ScoreInput } from "./compute-core";
import type { ComputeTask } from "./compute.worker";

/** Where the CPU-heavy steps run: in-thread (tests, scripts) or in a worker thread (the server). */
export type EvaluationCompute = {
  /** `hiddenText`: the extraction's report of text a reader cannot see (stored JSON), carried onto the profile. */
  parse(text: string, now: Date, hiddenText?: unknown): Promise<ResumeProfile>;
  score(input: ScoreInput): Promise<EvaluationResult>;
};

export async function inThreadCompute(): Promise<EvaluationCompute> {
  const core = await import("./compute-core");
  return {
    parse: async (text, now, hiddenText) => core.parseResumeText(text, now.toISOString(), hiddenText),
    score: async (input) => core.scoreResumeForJob(input),
  };
}

/** The worker entry, relative to the project root (compiled by lib/engine/workers/worker-entry.ts). */
export const COMPUTE_WORKER_ENTRY = "lib/server/runner/compute.worker.ts";

export interface ComputePoolOptions {
  /** Worker threads. Default: 1 on a 1–2 core machine, else 2. */
  size?: number;
  /** V8 old-generation heap cap per worker, MB. */
  maxOldGenerationSizeMb?: number;
  /**
   * Parsing and scoring are pure and bounded (the text was limited at
   * extraction) and take milliseconds; a task still running after this is
   * wedged: its worker is terminated and replaced, and the evaluation fails
   * (the runner retries it) instead of stalling every evaluation behind it.
   */
  taskTimeoutMs?: number;
}

/**
 * Parse and score in a pool of worker threads, so requests stay responsive while
 * evaluations run. A task error (invalid stored JSON) rejects that task only; a
 * crashed or wedged worker fails its task (the runner retries it) and is replaced.
 */
export class ComputeWorker implements EvaluationCompute {
  private readonly pool: ThreadPool<ComputeTask, unknown>;
  private readonly taskTimeoutMs: number;

  constructor(options: ComputePoolOptions = {}) {
    this.taskTimeoutMs = options.taskTimeoutMs ?? 60_000;
    this.pool = new ThreadPool({
      label: "compute worker",
      entry: COMPUTE_WORKER_ENTRY,
      size: options.size ?? defaultPoolSize(),
      resourceLimits: { maxOldGenerationSizeMb: options.maxOldGenerationSizeMb ?? 512 },
    });
  }

  get workerCount(): number {
    return this.pool.workerCount;
  }

  warm(): Promise<void> {
    return this.pool.warm();
  }

  async parse(text: string, now: Date, hiddenText?: unknown): Promise<ResumeProfile> {
    const task: ComputeTask = { kind: "parse", text, now: now.toISOString(), hiddenText: hiddenText ?? null };
    return (await this.pool.run(task, { timeoutMs: this.taskTimeoutMs })) as ResumeProfile;
  }

  async score(input: ScoreInput): Promise<EvaluationResult> {
    return (await this.pool.run({ kind: "score", input }, { timeoutMs: this.taskTimeoutMs })) as EvaluationResult;
  }

  destroy(): Promise<void> {
    return this.pool.destroy();
  }
}
