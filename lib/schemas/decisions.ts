import { z } from "zod";

export const decisionKindSchema = z.enum(["shortlist", "hold", "reject"], {
  error: "Choose a decision (Shortlist, Hold or Reject) before saving.",
});
export type DecisionKind = z.infer<typeof decisionKindSchema>;

export const DECISION_LABELS: Record<DecisionKind, string> = { shortlist: "Shortlisted", hold: "On hold", reject: "Rejected" };

export const createDecisionBodySchema = z.object({
  jobId: z.string().min(1).max(64),
  evaluationId: z.string().min(1).max(64),
  decision: decisionKindSchema,
  note: z
    .string()
    .trim()
    .max(2000, "Keep the note under 2,000 characters.")
    .optional()
    .transform((note) => (note ? note : undefined)),
});
export type CreateDecisionBody = z.infer<typeof createDecisionBodySchema>;

/** One decision and note for the rows selected on the shortlist. */
export const createBulkDecisionBodySchema = createDecisionBodySchema.omit({ evaluationId: true }).extend({
  evaluationIds: z
    .array(z.string().min(1).max(64))
    .min(1, "Select at least one candidate.")
    .max(200, "Decide on at most 200 candidates at once."),
});
export type CreateBulkDecisionBody = z.infer<typeof createBulkDecisionBodySchema>;

export type DecisionEntry = {
  id: string;
  decision: DecisionKind;
  note: string | null;
  reviewerName: string;
  reviewerEmail: string;
  createdAt: string;
};
