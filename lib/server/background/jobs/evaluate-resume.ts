import { z } from "zod";
import { getEnv } from "@/lib/env";
import { retryDelayMs } from "@/lib/server/evaluations/evaluation-errors";
import { EVENT_NAMES } from "../events";

// The evaluation job: what triggers it, what its input is, and how often it is
// tried. Its handler (evaluate-resume.handler.ts) owns the attempt's lifecycle;
// the inline runner (lib/server/runner) and the Inngest function
// (inngest/functions/evaluate-resume.ts) only run it.

const requestId = z.string().min(1).max(200).optional();

export const evaluateResumeJob = {
  id: "evaluate-resume",
  name: "Evaluate resume",
  triggers: [EVENT_NAMES.resumeUploaded, EVENT_NAMES.evaluationRequested],
  /** Both triggers carry the evaluation id; the rest of their payloads is not needed (the row is the source of truth). */
  input: z.object({ evaluationId: z.string().min(1), requestId }),
  /** Evaluations run at once (EVALUATION_CONCURRENCY). */
  concurrency(fallback = 4): number {
    try {
      return getEnv().EVALUATION_CONCURRENCY;
    } catch {
      return fallback;
    }
  },
  retry: {
    /** Backoff of the inline runner's retries (Inngest applies its own). */
    delayMs: retryDelayMs,
    /** Attempts in all (EVALUATION_MAX_ATTEMPTS); the default when the environment is not valid yet (at build time). */
    maxAttempts(fallback = 5): number {
      try {
        return getEnv().EVALUATION_MAX_ATTEMPTS;
      } catch {
        return fallback;
      }
    },
  },
} as const;
