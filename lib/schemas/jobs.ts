import { z } from "zod";
import { jobRequirementsSchema } from "@/lib/engine/types";
import { scoringWeightsSchema, verdictThresholdsSchema } from "@/lib/engine/score/schema";

/** Job description text limits: a JD is a few pages, never a book. */
export const MAX_JOB_TEXT_CHARS = 100_000;

export const createJobBodySchema = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  text: z.string().trim().min(20, "Paste the whole job description (at least a few lines).").max(MAX_JOB_TEXT_CHARS),
  location: z.string().trim().max(200).optional(),
});
export type CreateJobBody = z.infer<typeof createJobBodySchema>;

/** Multipart form fields sent with a JD file (the file itself is the `file` part). */
export const createJobFormFieldsSchema = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  location: z.string().trim().max(200).optional(),
});

export const updateJobBodySchema = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    requirements: jobRequirementsSchema.optional(),
    /** null resets to the engine defaults. */
    weights: scoringWeightsSchema.partial().nullable().optional(),
    thresholds: verdictThresholdsSchema.nullable().optional(),
    status: z.enum(["open", "closed"]).optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: "Nothing to update." });
export type UpdateJobBody = z.infer<typeof updateJobBodySchema>;

export const jobIdParamsSchema = z.object({ jobId: z.string().min(1).max(64) });

export type JobCounts = {
  total: number;
  byStatus: { queued: number; processing: number; completed: number; failed: number };
  byVerdict: { high: number; medium: number; low: number };
};
