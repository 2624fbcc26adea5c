import { z } from "zod";

// The events of the background jobs. Payloads carry ids only: the rows in
// Postgres are the source of truth, so a replayed event re-reads current state.
// `requestId` is the request that queued the work (its log lines carry it);
// optional, so events sent before it existed still parse. The Inngest provider
// (inngest/events.ts) wraps these names and schemas in its event types.

export const EVENT_NAMES = {
  resumeUploaded: "resume/uploaded",
  evaluationRequested: "evaluation/requested",
  jobRequirementsUpdated: "job/requirements.updated",
  evaluationRetryRequested: "evaluation/retry.requested",
} as const;

const requestId = z.string().min(1).max(200).optional();

export const resumeUploadedSchema = z.object({
  jobId: z.string().min(1),
  resumeId: z.string().min(1),
  evaluationId: z.string().min(1),
  requestId,
});
export const evaluationRequestedSchema = z.object({
  evaluationId: z.string().min(1),
  reason: z.enum(["retry", "requeue", "rescore", "sweep", "rediscover"]).optional(),
  requestId,
});
export const jobRequirementsUpdatedSchema = z.object({
  jobId: z.string().min(1),
  requirementsRevision: z.number().int().positive(),
  requestId,
});
export const evaluationRetryRequestedSchema = z.object({
  jobId: z.string().min(1).optional(),
  requestedBy: z.string().optional(),
  requestId,
});

/** An event as a provider sends it; `id` lets the provider drop duplicates. */
export type BackgroundEvent = { id?: string; name: string; data: Record<string, unknown> };
