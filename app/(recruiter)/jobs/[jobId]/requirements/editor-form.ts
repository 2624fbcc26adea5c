import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver } from "react-hook-form";
import type { z } from "zod";
import { customSkillName, isCustomSkillId } from "@/lib/engine/score/custom-skill-id";
import { REQUIREMENTS_SCHEMA_VERSION } from "@/lib/engine/constants";
import type { JobEligibility, JobRequirements } from "@/lib/engine/types";
import { jobEditFormSchema } from "@/lib/schemas/requirements-edit";

export type Weights = Record<string, number>;

/** What the editor's inputs hold: the stored requirements with every optional part present. */
export type EditorValues = {
  title: string;
  weights: Weights;
  requirements: Omit<JobRequirements, "degree" | "eligibility" | "mustHaveGroups" | "softSkills" | "titleSkills" | "scopedYears"> & {
    mustHaveGroups: string[][];
    softSkills: string[];
    /** Skills the job title names that the description does not require (see lib/engine/types.ts). */
    titleSkills: string[];
    scopedYears: NonNullable<JobRequirements["scopedYears"]>;
    /** Level "none" stands for no degree asked for. */
    degree: NonNullable<JobRequirements["degree"]>;
    eligibility: JobEligibility;
  };
};
export type FormOutput = z.output<typeof jobEditFormSchema>;

const NO_ELIGIBILITY: JobEligibility = { countries: [], openToOthers: false, timeZone: null, relocation: null, sponsorship: null };

/** The stored requirements as the editor's inputs: must-haves as groups (plain must-haves are groups of one). */
export function toEditorValues(title: string, requirements: JobRequirements, weights: Weights): EditorValues {
  const groups = (requirements.mustHaveGroups ?? []).filter((g) => g.length > 0).map((g) => [...new Set(g)]);
  const covered = new Set(groups.flat());
  for (const id of requirements.mustHaveSkills) if (!covered.has(id)) groups.push([id]);
  return {
    title,
    weights,
    requirements: {
      ...requirements,
      mustHaveGroups: groups,
      softSkills: requirements.softSkills ?? [],
      titleSkills: requirements.titleSkills ?? [],
      scopedYears: requirements.scopedYears ?? [],
      degree: requirements.degree ?? { level: "none", required: false, orEquivalentExperience: false, fields: [] },
      eligibility: requirements.eligibility ?? NO_ELIGIBILITY,
    },
  };
}

/**
 * The inputs as the requirements store them: must-have ids and custom names follow the groups and
 * lists, "no degree" is none, default weights are no override, and saving writes the current version.
 */
export function fromEditorValues(values: EditorValues, defaultWeights: Weights): z.input<typeof jobEditFormSchema> {
  const r = values.requirements;
  const mustHaveSkills = r.mustHaveGroups.flat();
  const used = [...mustHaveSkills, ...r.niceToHaveSkills].filter(isCustomSkillId);
  const customSkills = [...new Set(used)].map((id) => customSkillName(id) ?? id);
  const sameWeights = Object.keys(defaultWeights).every((key) => values.weights[key] === defaultWeights[key]);
  const { customSkills: _stale, customSkillsRead: readBefore, ...rest } = r;
  const read = (readBefore ?? []).filter((name) => customSkills.includes(name));
  return {
    title: values.title,
    weights: sameWeights ? null : (values.weights as FormOutput["weights"]),
    requirements: {
      ...rest,
      schemaVersion: REQUIREMENTS_SCHEMA_VERSION,
      mustHaveSkills,
      ...(customSkills.length > 0 ? { customSkills } : {}),
      // Phrases read from the posting stay marked as such while the recruiter keeps them.
      ...(read.length > 0 ? { customSkillsRead: read } : {}),
      degree: r.degree.level === "none" ? null : r.degree,
      maxYearsExperience:
        r.maxYearsExperience !== null && r.minYearsExperience !== null && r.maxYearsExperience < r.minYearsExperience
          ? null
          : r.maxYearsExperience,
    },
  };
}

/** The zod resolver of the schema the save action validates with, applied to what would be saved. */
export function editorResolver(defaultWeights: Weights): Resolver<EditorValues, unknown, FormOutput> {
  const resolve = zodResolver(jobEditFormSchema);
  return (values, context, options) =>
    resolve(fromEditorValues(values, defaultWeights), context, options as never) as ReturnType<Resolver<EditorValues, unknown, FormOutput>>;
}

/** Which list already holds a skill ("a must-have"…), or null: a skill sits in one list only. */
export function placementOf(r: EditorValues["requirements"], id: string): string | null {
  if (r.mustHaveGroups.some((g) => g.includes(id))) return "a must-have";
  if (r.niceToHaveSkills.includes(id)) return "a nice-to-have";
  if (r.softSkills.includes(id)) return "a soft skill";
  if (r.titleSkills.includes(id)) return "a skill from the title";
  return null;
}

/** Every message in react-hook-form's error tree, once each (the schema's issues, wherever they point). */
export function errorMessages(errors: unknown): string[] {
  const out = new Set<string>();
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    const { message } = node as { message?: unknown };
    if (typeof message === "string" && message !== "") out.add(message);
    for (const [key, value] of Object.entries(node)) if (key !== "ref" && key !== "message") walk(value);
  };
  walk(errors);
  return [...out];
}
