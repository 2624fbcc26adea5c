import { z } from "zod";
import { scoringWeightsSchema, verdictThresholdsSchema } from "@/lib/engine/score/schema";
import { getTaxonomy } from "@/lib/engine/skills/taxonomy";
import { isCustomSkillId } from "@/lib/engine/score/custom-skill-id";
import { requirementsEditSchema } from "./requirements-edit";

export {
  type CreateJobBody,
  createJobBodySchema,
  createJobFormFieldsSchema,
  MAX_JOB_TEXT_CHARS,
} from "./job-create";

const unknownSkill = (id: string) =>
  `“${id}” is not a known skill id. Use an id of the skills taxonomy (the requirements editor suggests them).`;

/** Every skill id of an edit is one the taxonomy knows; custom ids (`custom:<name>`) go by their own rules. */
function checkKnownSkillIds(req: z.infer<typeof requirementsEditSchema>, ctx: z.RefinementCtx): void {
  const { byId } = getTaxonomy();
  // Groups first, as the editor shows them; a grouped id is named once.
  const grouped = new Set((req.mustHaveGroups ?? []).flat());
  const lists: [(string | number)[], string[]][] = (req.mustHaveGroups ?? []).map((group, k) => [["mustHaveGroups", k], group]);
  lists.push(
    [["mustHaveSkills"], req.mustHaveSkills.map((id) => (grouped.has(id) ? "" : id))],
    [["niceToHaveSkills"], req.niceToHaveSkills],
    [["softSkills"], req.softSkills ?? []],
    [["titleSkills"], req.titleSkills ?? []],
  );
  for (const [path, ids] of lists)
    for (const [i, id] of ids.entries())
      if (id !== "" && !isCustomSkillId(id) && !byId.has(id))
        ctx.addIssue({ code: "custom", path: [...path, i], message: unknownSkill(id) });
  // Years are measured on roles the taxonomy can place: a custom name has no scope.
  for (const [r, scoped] of (req.scopedYears ?? []).entries())
    for (const [g, group] of scoped.groups.entries())
      for (const [i, id] of group.entries())
        if (!byId.has(id)) ctx.addIssue({ code: "custom", path: ["scopedYears", r, "groups", g, i], message: unknownSkill(id) });
}

/** Job requirements as an edit sends them: the editor's schema, and skill ids the taxonomy knows. */
export const editableJobRequirementsSchema = requirementsEditSchema.superRefine(checkKnownSkillIds);

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
