import { z } from "zod";

/** The runbook's queue-depth thresholds. */
export const QUEUE_THRESHOLDS = { warning: 100, critical: 500 } as const;

export const retryEvaluationsBodySchema = z.union([
  z.object({ evaluationIds: z.array(z.string().min(1).max(64)).min(1, "Select at least one failed evaluation.").max(500) }),
  z.object({ jobId: z.string().min(1).max(64) }),
]);
export type RetryEvaluationsBody = z.infer<typeof retryEvaluationsBodySchema>;

export const purgeQueuedBodySchema = z.object({
  /** The user types this word to confirm. */
  confirm: z.literal("PURGE", { error: "Type PURGE to confirm." }),
  jobId: z.string().min(1).max(64).optional(),
});

export type QueueLevel = "ok" | "warning" | "critical";
export function queueLevel(queued: number): QueueLevel {
  if (queued >= QUEUE_THRESHOLDS.critical) return "critical";
  if (queued >= QUEUE_THRESHOLDS.warning) return "warning";
  return "ok";
}

/** The runbook's disk thresholds for the volume that holds stored files (percent used). */
export const DISK_THRESHOLDS = { warning: 80, critical: 90 } as const;

export function diskLevel(usedPercent: number): QueueLevel {
  if (usedPercent >= DISK_THRESHOLDS.critical) return "critical";
  if (usedPercent >= DISK_THRESHOLDS.warning) return "warning";
  return "ok";
}
