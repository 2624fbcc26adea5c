import "server-only";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { rescoreStaleEvaluations } from "@/lib/server/evaluations/rescore-evaluations";
import { getStorage } from "@/lib/server/storage/get-storage";
import { ComputeWorker } from "./compute-pool";
import { createInlineRunner, type InlineRunner, type InlineRunnerOptions } from "./inline-runner";

// The one inline runner of this server process (started from instrumentation.ts).
const globalForRunner = globalThis as unknown as { __resumeCheckerInlineRunner?: InlineRunner };

export function extractLimitsFromEnv() {
  const env = getEnv();
  return { maxFileBytes: env.MAX_FILE_SIZE, maxPdfPages: env.MAX_PDF_PAGES };
}

/** Runner options from the validated environment; tests and scripts override single fields. */
const globalForCompute = globalThis as unknown as { __resumeCheckerCompute?: ComputeWorker };

/** The process's compute worker: parse and score off the main thread, so requests stay responsive. */
export function getComputeWorker(): ComputeWorker {
  globalForCompute.__resumeCheckerCompute ??= new ComputeWorker({ size: getEnv().COMPUTE_WORKERS });
  return globalForCompute.__resumeCheckerCompute;
}

export function inlineRunnerOptionsFromEnv(overrides: Partial<InlineRunnerOptions> = {}): InlineRunnerOptions {
  const env = getEnv();
  const compute = getComputeWorker();
  return {
    deps: { db: getDb(), storage: getStorage(), limits: extractLimitsFromEnv(), compute },
    concurrency: env.EVALUATION_CONCURRENCY,
    maxAttempts: env.EVALUATION_MAX_ATTEMPTS,
    leaseMs: env.EVALUATION_LEASE_MS,
    pollMs: env.EVALUATION_POLL_MS,
    retryBaseMs: env.EVALUATION_RETRY_BASE_MS,
    onIdle: async () => (await rescoreStaleEvaluations({ db: getDb(), compute })).rescored,
    ...overrides,
  };
}

/** Starts the process's inline runner when this process should run one; returns it (or null). */
export function startProcessInlineRunner(overrides: Partial<InlineRunnerOptions> = {}): InlineRunner | null {
  const env = getEnv();
  if (env.runnerMode !== "inline" || env.INLINE_RUNNER === "off") return null;
  if (globalForRunner.__resumeCheckerInlineRunner) return globalForRunner.__resumeCheckerInlineRunner;
  const runner = createInlineRunner(inlineRunnerOptionsFromEnv(overrides));
  globalForRunner.__resumeCheckerInlineRunner = runner;
  runner.start();
  return runner;
}

export function getProcessInlineRunner(): InlineRunner | null {
  return globalForRunner.__resumeCheckerInlineRunner ?? null;
}

/** New work was queued in this process: let the runner pick it up now rather than at its next poll. */
export function wakeProcessInlineRunner(): void {
  globalForRunner.__resumeCheckerInlineRunner?.wake();
}
