import { getDb } from "@/lib/db";
import type { PipelineDeps } from "@/lib/server/evaluations/evaluation-steps";
import { extractLimitsFromEnv, getComputeWorker } from "@/lib/server/runner/process-runner";
import { getStorage } from "@/lib/server/storage/get-storage";

/** Dependencies of the handlers, resolved when a function runs (never at import: `next build` has no runtime config). */
export function pipelineDeps(): PipelineDeps {
  return { db: getDb(), storage: getStorage(), limits: extractLimitsFromEnv(), compute: getComputeWorker() };
}

type Retries = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

/** Inngest counts retries after the first attempt; a job's retry policy counts attempts. */
export function retriesOf(maxAttempts: number): Retries {
  return Math.min(10, Math.max(0, maxAttempts - 1)) as Retries;
}
