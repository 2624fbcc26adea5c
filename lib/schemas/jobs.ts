import { z } from "zod";
import { scoringWeightsSchema, verdictThresholdsSchema } from "@/lib/engine/score/schema";
import { getTaxonomy } from "@/lib/engine/skills/taxonomy";
import { jobRequirementsSchema } from "@/lib/engine/types";
import { SCOPED_YEARS_LIMITS } from "./job-limits";

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

const taxonomySkillIdSchema = z
  .string()
  .min(1)
  .max(100)
  .superRefine((id, ctx) => {
    if (!getTaxonomy().byId.has(id))
      ctx.addIssue({
        code: "custom",
        message: `“${id}” is not a known skill id. Use an id of the skills taxonomy (the requirements editor suggests them).`,
      });
  })
  .describe("A skills taxonomy id, e.g. `python` or `critical-care`.");

const L = SCOPED_YEARS_LIMITS;
/** An edited scoped years requirement: the engine's shape with the limits a recruiter's edit must keep. */
export const editableScopedYearsSchema = z.object({
  minYears: z
    .number({ error: "The years of a scoped requirement must be a number." })
    .min(L.minYears, `The years of a scoped requirement must be from ${L.minYears} to ${L.maxYears}.`)
    .max(L.maxYears, `The years of a scoped requirement must be from ${L.minYears} to ${L.maxYears}.`)
    .describe("Minimum years of experience in the scope."),
  groups: z
    .array(
      z
        .array(taxonomySkillIdSchema)
        .min(1, "Every skill group of a years requirement needs at least one skill.")
        .max(L.maxIdsPerGroup, `A skill group of a years requirement holds at most ${L.maxIdsPerGroup} alternatives.`),
    )
    .min(1, "A years requirement needs at least one skill: add one, or remove the requirement.")
    .max(L.maxGroups, `A years requirement has at most ${L.maxGroups} skill groups.`)
    .describe('Every group must be met; any one id of a group meets it (["python", "go"] is "Python or Go").'),
  text: z
    .string()
    .max(L.maxText, `The source text of a years requirement is at most ${L.maxText} characters.`)
    .describe("The requirement as written in the job description; empty for one added by hand."),
});

/** Job requirements as an edit sends them: the engine's schema with the scoped years limits. */
export const editableJobRequirementsSchema = jobRequirementsSchema.extend({
  scopedYears: z
    .array(editableScopedYearsSchema)
    .max(L.maxRows, `A job has at most ${L.maxRows} years requirements scoped to skills.`)
    .optional()
    .describe(
      'Years requirements scoped to skills ("at least 2 years of Python"); the scoped years a resume shows scale its relevant-experience credit. Omitted: none.',
    ),
});

export const updateJobBodySchema = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    requirements: editableJobRequirementsSchema.optional(),
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
