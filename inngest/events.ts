import { eventType } from "inngest";
import { z } from "zod";

// Typed events of the evaluation pipeline. Payloads carry ids only: the rows in
// Postgres are the source of truth, so a replayed event re-reads current state.
// `requestId` is the request that queued the work (its log lines carry it);
// optional, so events sent before it existed still parse.

const requestId = z.string().min(1).max(200).optional();

export const resumeUploadedSchema = z.object({
  jobId: z.string().min(1),
  resumeId: z.string().min(1),
  evaluationId: z.string().min(1),
  requestId,
});
export const evaluationRequestedSchema = z.object({
  evaluationId: z.string().min(1),
  reason: z.enum(["retry", "requeue", "rescore", "sweep"]).optional(),
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

export const resumeUploaded = eventType("resume/uploaded", { schema: resumeUploadedSchema });
export const evaluationRequested = eventType("evaluation/requested", { schema: evaluationRequestedSchema });
export const jobRequirementsUpdated = eventType("job/requirements.updated", { schema: jobRequirementsUpdatedSchema });
export const evaluationRetryRequested = eventType("evaluation/retry.requested", { schema: evaluationRetryRequestedSchema });
