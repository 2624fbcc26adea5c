// Requirements as a recruiter edits them: the engine's schema with the limits and the consistency
// rules an edit must keep. Shared by the requirements editor (its form resolver, in the browser) and
// the server (PATCH bodies and the save action, which add the check against the skills taxonomy in
// lib/schemas/jobs.ts): so it loads no taxonomy.
import { z } from "zod";
import { customSkillId, customSkillName, isCustomSkillId } from "@/lib/engine/score/custom-skill-id";
import { scoringWeightsSchema } from "@/lib/engine/score/schema";
import { jobEligibilitySchema, jobRequirementsSchema } from "@/lib/engine/types";
import { REQUIREMENTS_EDIT_LIMITS as R, SCOPED_YEARS_LIMITS as L } from "./job-limits";

/** A skill offered by the editor's search: found by its name or one of its aliases. */
export type SkillSuggestion = { id: string; name: string; matchedAlias: string | null; kind: "skill" | "soft" | "credential" };

const skillIdSchema = z.string().min(1).max(120);

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
        .array(skillIdSchema)
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

const customNameSchema = z
  .string()
  .trim()
  .min(R.customNameMin, `A custom requirement needs a name of ${R.customNameMin} to ${R.customNameMax} characters.`)
  .max(R.customNameMax, `A custom requirement needs a name of ${R.customNameMin} to ${R.customNameMax} characters.`);

const YEARS_MESSAGE = "Minimum years must be a number from 0 to 60, or empty.";

const requirementsEditObjectSchema = jobRequirementsSchema.extend({
  minYearsExperience: z
    .number({ error: YEARS_MESSAGE })
    .min(0, YEARS_MESSAGE)
    .max(60, YEARS_MESSAGE)
    .nullable()
    .describe("Minimum years of experience overall; null when the posting states none."),
  mustHaveSkills: z.array(skillIdSchema).max(R.maxMustSkills, `A job has at most ${R.maxMustSkills} must-have skills.`),
  mustHaveGroups: z
    .array(z.array(skillIdSchema).max(R.maxAlternatives, `A must-have requirement has at most ${R.maxAlternatives} alternatives.`))
    .max(R.maxMustGroups, `A job has at most ${R.maxMustGroups} must-have requirements.`)
    .optional()
    .describe(
      'Must-haves, each a group of alternatives met by any one of its ids (["postgresql", "mysql"] is "PostgreSQL or MySQL"); every group is required. Its ids are those of mustHaveSkills; a mustHaveSkills id in no group is a group of its own.',
    ),
  niceToHaveSkills: z.array(skillIdSchema).max(R.maxNice, `A job has at most ${R.maxNice} nice-to-have skills.`),
  softSkills: z
    .array(skillIdSchema)
    .max(R.maxSoft, `A job has at most ${R.maxSoft} soft skills.`)
    .optional()
    .describe("Soft skills (communication, teamwork…): a small weight, never a knockout."),
  titleSkills: z
    .array(skillIdSchema)
    .max(R.maxTitle, `A job has at most ${R.maxTitle} skills from its title.`)
    .optional()
    .describe(
      "Skills the job title names that the body does not require: weighed like the role's field, never a knockout. Move one to mustHaveGroups or niceToHaveSkills to score it as that instead.",
    ),
  duties: z.array(skillIdSchema).max(R.maxDuties).optional(),
  customSkills: z
    .array(customNameSchema)
    .max(R.maxCustom, `A job has at most ${R.maxCustom} custom requirements.`)
    .optional()
    .describe(
      'Requirements not in the skills taxonomy, by name ("Epic Willow"); must-haves and nice-to-haves refer to each as `custom:<name>`. A resume meets one by naming it (whole words, any case).',
    ),
  scopedYears: z
    .array(editableScopedYearsSchema)
    .max(L.maxRows, `A job has at most ${L.maxRows} years requirements scoped to skills.`)
    .optional()
    .describe(
      'Years requirements scoped to skills ("at least 2 years of Python"); the scoped years a resume shows scale its relevant-experience credit. Omitted: none.',
    ),
  degree: jobRequirementsSchema.shape.degree
    .unwrap()
    .extend({
      fields: z
        .array(z.string().trim().min(1).max(R.degreeFieldMax, `A degree field is at most ${R.degreeFieldMax} characters.`))
        .max(R.maxDegreeFields, `A degree lists at most ${R.maxDegreeFields} fields.`),
    })
    .nullable(),
  certifications: z
    .array(
      jobRequirementsSchema.shape.certifications.element.extend({
        name: z
          .string()
          .trim()
          .min(1, "A certification needs a name.")
          .max(R.certificationNameMax, `A certification name is at most ${R.certificationNameMax} characters.`),
      }),
    )
    .max(R.maxCertifications, `A job lists at most ${R.maxCertifications} certifications.`),
  location: z
    .object({
      text: z.string().trim().max(R.locationMax, `The location is at most ${R.locationMax} characters.`).nullable(),
      workplace: z.enum(["remote", "hybrid", "onsite"]).nullable(),
    })
    .nullable(),
  eligibility: jobEligibilitySchema
    .extend({
      countries: z
        .array(z.string().trim().min(1).max(R.countryMax, `A country or region name is at most ${R.countryMax} characters.`))
        .max(R.maxCountries, `A job lists at most ${R.maxCountries} countries or regions.`),
      timeZone: z
        .object({
          fromUtc: z
            .number()
            .min(-12, "Time-zone offsets run from UTC−12 to UTC+14.")
            .max(14, "Time-zone offsets run from UTC−12 to UTC+14."),
          toUtc: z
            .number()
            .min(-12, "Time-zone offsets run from UTC−12 to UTC+14.")
            .max(14, "Time-zone offsets run from UTC−12 to UTC+14."),
        })
        .nullable(),
    })
    .optional(),
});
type RequirementsEdit = z.infer<typeof requirementsEditObjectSchema>;

const label = (id: string) => `“${customSkillName(id) ?? id}”`;

/** Every must-have group holds skills, and no skill sits in two places. */
function checkMustHaveGroups(req: RequirementsEdit, ctx: z.RefinementCtx): Set<string> {
  const groupOf = new Map<string, number>();
  (req.mustHaveGroups ?? []).forEach((group, k) => {
    if (group.length === 0)
      ctx.addIssue({ code: "custom", path: ["mustHaveGroups", k], message: `Must-have ${k + 1} has no skills: add one, or remove it.` });
    group.forEach((id, j) => {
      const other = groupOf.get(id);
      if (other === undefined) groupOf.set(id, k);
      else
        ctx.addIssue({
          code: "custom",
          path: ["mustHaveGroups", k, j],
          message:
            other === k
              ? `${label(id)} is listed twice in must-have ${k + 1}.`
              : `${label(id)} is in must-haves ${other + 1} and ${k + 1}: keep it in one (merge the two into an either-or if either will do).`,
        });
    });
  });
  const listed = new Set(req.mustHaveSkills);
  for (const id of groupOf.keys())
    if (!listed.has(id))
      ctx.addIssue({
        code: "custom",
        path: ["mustHaveSkills"],
        message: `${label(id)} is in mustHaveGroups but not in mustHaveSkills: list every grouped skill in mustHaveSkills.`,
      });
  return listed;
}

/** Nice-to-haves, soft skills and title skills: each once, and never also a must-have. */
function checkOtherLists(req: RequirementsEdit, must: Set<string>, ctx: z.RefinementCtx): void {
  const seen = new Map<string, string>([...must].map((id) => [id, "a must-have"]));
  const lists = [
    ["niceToHaveSkills", req.niceToHaveSkills, "a nice-to-have"],
    ["softSkills", req.softSkills ?? [], "a soft skill"],
    ["titleSkills", req.titleSkills ?? [], "a skill from the title"],
  ] as const;
  for (const [key, ids, what] of lists)
    ids.forEach((id, i) => {
      const before = seen.get(id);
      if (key !== "niceToHaveSkills" && isCustomSkillId(id))
        ctx.addIssue({
          code: "custom",
          path: [key, i],
          message: `${label(id)} is a custom requirement: add it as a must-have or nice-to-have, not as ${what}.`,
        });
      if (before === undefined) seen.set(id, what);
      else
        ctx.addIssue({
          code: "custom",
          path: [key, i],
          message:
            before === what
              ? `${label(id)} is listed twice as ${what}.`
              : `${label(id)} is both ${before} and ${what}: keep it in one list.`,
        });
    });
}

/** Custom requirements: each named once, and exactly those the must-haves and nice-to-haves use. */
function checkCustomSkills(req: RequirementsEdit, ctx: z.RefinementCtx): void {
  const declared = new Map<string, number>();
  (req.customSkills ?? []).forEach((name, i) => {
    const key = name.toLowerCase();
    if (declared.has(key))
      ctx.addIssue({ code: "custom", path: ["customSkills", i], message: `The custom requirement “${name}” is listed twice.` });
    declared.set(key, i);
  });
  const ids = new Set([...(req.mustHaveGroups ?? []).flat(), ...req.mustHaveSkills, ...req.niceToHaveSkills]);
  const used = new Set([...ids].filter(isCustomSkillId));
  const declaredIds = new Set((req.customSkills ?? []).map(customSkillId));
  for (const id of used)
    if (!declaredIds.has(id))
      ctx.addIssue({
        code: "custom",
        path: ["customSkills"],
        message: `${label(id)} is used as a custom requirement but not listed in customSkills: add its name there.`,
      });
  (req.customSkills ?? []).forEach((name, i) => {
    if (!used.has(customSkillId(name)))
      ctx.addIssue({
        code: "custom",
        path: ["customSkills", i],
        message: `The custom requirement “${name}” is neither a must-have nor a nice-to-have: use it, or remove it.`,
      });
  });
}

/** Edited job requirements, with every rule that needs no skills taxonomy. */
export const requirementsEditSchema = requirementsEditObjectSchema.superRefine((req, ctx) => {
  const must = checkMustHaveGroups(req, ctx);
  checkOtherLists(req, must, ctx);
  checkCustomSkills(req, ctx);
});

/** The requirements editor's form: the job title, its requirements and its scoring weights (null: the defaults). */
export const jobEditFormSchema = z.object({
  title: z.string().trim().min(1, "Give the job a title.").max(200, "The title is at most 200 characters."),
  requirements: requirementsEditSchema,
  weights: scoringWeightsSchema.nullable(),
});
export type JobEditForm = z.input<typeof jobEditFormSchema>;
