import type { EvaluationStage } from "@/lib/schemas/evaluations";
import { isEngineError } from "@/lib/engine/errors";

/** What a failed stage means for the evaluation: the code, the message shown to users, and whether trying again can help. */
export type ClassifiedFailure = { code: string; message: string; retriable: boolean };

const STAGE_LABELS: Record<EvaluationStage, string> = {
  load: "loading the evaluation",
  "extract-text": "reading the file",
  parse: "parsing the resume",
  score: "scoring",
  persist: "saving the result",
};

/**
 * Engine errors carry their own code and user message (content errors such as a
 * scanned PDF can never succeed: not retriable). Anything else is unexpected and
 * retriable; its raw message stays in the server log, not in the user-facing text.
 */
export function classifyFailure(error: unknown, stage: EvaluationStage): ClassifiedFailure {
  if (isEngineError(error)) return { code: error.code, message: error.userMessage, retriable: error.retriable };
  if (error instanceof NonRetriableEvaluationError) return { code: error.code, message: error.message, retriable: false };
  return {
    code: "INTERNAL",
    message: `Unexpected error while ${STAGE_LABELS[stage]}. It was retried automatically; retry again later or check the server log.`,
    retriable: true,
  };
}

/** A problem with the data (missing job or file) that retrying cannot fix. */
export class NonRetriableEvaluationError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "NonRetriableEvaluationError";
  }
}

/** Exponential backoff with ±20 % jitter so retries of a batch do not land together. */
export function retryDelayMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(baseMs * 2 ** Math.max(0, attempt - 1), 5 * 60_000);
  return Math.round(exponential * (0.8 + 0.4 * random()));
}
