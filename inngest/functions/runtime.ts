import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { PipelineDeps } from "@/lib/server/evaluations/evaluation-steps";
import { extractLimitsFromEnv, getComputeWorker } from "@/lib/server/runner/process-runner";
import { getStorage } from "@/lib/server/storage/get-storage";

/** Dependencies of the handlers, resolved when a function runs (never at import: `next build` has no runtime config). */
export function pipelineDeps(): PipelineDeps {
  return { db: getDb(), storage: getStorage(), limits: extractLimitsFromEnv(), compute: getComputeWorker() };
}

/** Configured evaluation concurrency; the default when the environment is not valid yet (at build time). */
export function configuredConcurrency(fallback = 4): number {
  try {
    return getEnv().EVALUATION_CONCURRENCY;
  } catch {
    return fallback;
  }
}

/** Inngest counts retries after the first attempt; EVALUATION_MAX_ATTEMPTS counts attempts. */
export function configuredRetries(fallback = 4): 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 {
  let attempts: number;
  try {
    attempts = getEnv().EVALUATION_MAX_ATTEMPTS;
  } catch {
    return fallback as 4;
  }
  return Math.min(10, Math.max(0, attempts - 1)) as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;
}
