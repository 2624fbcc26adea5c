import { eventType } from "inngest";
import { z } from "zod";

// Typed events of the evaluation pipeline. Payloads carry ids only: the rows in
// Postgres are the source of truth, so a replayed event re-reads current state.

export const resumeUploadedSchema = z.object({ jobId: z.string().min(1), resumeId: z.string().min(1), evaluationId: z.string().min(1) });
export const evaluationRequestedSchema = z.object({
  evaluationId: z.string().min(1),
  reason: z.enum(["retry", "requeue", "rescore"]).optional(),
});
export const jobRequirementsUpdatedSchema = z.object({ jobId: z.string().min(1), requirementsRevision: z.number().int().positive() });
export const evaluationRetryRequestedSchema = z.object({ jobId: z.string().min(1).optional(), requestedBy: z.string().optional() });

export const resumeUploaded = eventType("resume/uploaded", { schema: resumeUploadedSchema });
export const evaluationRequested = eventType("evaluation/requested", { schema: evaluationRequestedSchema });
export const jobRequirementsUpdated = eventType("job/requirements.updated", { schema: jobRequirementsUpdatedSchema });
export const evaluationRetryRequested = eventType("evaluation/retry.requested", { schema: evaluationRetryRequestedSchema });
