import { z } from "zod";

export const EVALUATION_STAGES = ["load", "extract-text", "parse", "score", "persist"] as const;
export type EvaluationStage = (typeof EVALUATION_STAGES)[number];

export const evaluationStatusSchema = z.enum(["queued", "processing", "completed", "failed"]);
export const verdictFilterSchema = z.enum(["high", "medium", "low"]);

export const listEvaluationsQuerySchema = z.object({
  status: evaluationStatusSchema.optional(),
  verdict: verdictFilterSchema.optional(),
  /** `score`: best first (unscored last); `recent`: newest upload first. */
  sort: z.enum(["score", "recent"]).default("score"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type ListEvaluationsQuery = z.infer<typeof listEvaluationsQuerySchema>;

export const evaluationParamsSchema = z.object({ jobId: z.string().min(1).max(64), evaluationId: z.string().min(1).max(64) });

export type EvaluationSummary = {
  id: string;
  jobId: string;
  resumeId: string;
  fileName: string;
  candidateName: string | null;
  status: "queued" | "processing" | "completed" | "failed";
  score: number | null;
  verdict: "high" | "medium" | "low" | null;
  attempts: number;
  stage: string | null;
  failedStage: string | null;
  errorCode: string | null;
  errorMessage: string | null;
  queuedAt: string;
  completedAt: string | null;
  durationMs: number | null;
};
