// Skills the job title names and the body does not require (requirements schema 5, `titleSkills`):
// "Registered Nurse – Medical/Surgical ICU" → critical care, "Teacher of Mathematics" → mathematics.
// Recruiters do not list them as must-haves, yet they say which field the role is in (an ICU nurse
// vs a ward nurse), so they count toward the must-have coverage with their own weight, beside the
// stated must-haves — never a knockout, never a "missing must-have": a missing one is a soft gap.
import type { JobRequirements } from "../types";
import { andList } from "./explanation-text";

/**
 * Weight of a title skill in the must-have coverage, relative to a stated must-have named in the
 * title (both get the title's emphasis in weighRequirements). 1 scores the role's field as before
 * title skills were read apart. Leave-one-job-out bench:relevance: 1 equals the earlier scores on
 * every set; 0.6 lowers dev AUC (0.979 → 0.961) and new-1's verdict; 1.25 and 1.5 raise holdout-1,
 * new-1 and new-2 but lower dev AUC (to 0.969 and 0.964), so 1 stays.
 */
export const TITLE_SKILL_WEIGHT = 1;

/** Title skills of stored requirements that are not already must-haves (older versions have none). */
export function titleOnlyIds(requirements: JobRequirements, mustSet: ReadonlySet<string>): string[] {
  return [...new Set(requirements.titleSkills ?? [])].filter((id) => id !== "" && !mustSet.has(id));
}

/** What a requirement read from the title alone carries for scoring and explanations. */
export interface TitleFlagged {
  /** Named only by the job title: weighed in the must-have coverage, listed as a soft gap when missing. */
  fromTitle?: boolean;
  weight: number;
}

/** Applies the title-skill weight to the requirements read from the title alone. */
export function weighTitleSkills(reqs: readonly TitleFlagged[]): void {
  for (const r of reqs) if (r.fromTitle) r.weight *= TITLE_SKILL_WEIGHT;
}

/**
 * The explanation's soft gap for title skills a resume does not show ("Critical Care, which the job
 * title names, is not shown"): said apart from the missing must-haves, as the posting does not
 * require them. Empty when the requirements have no title skills (versions before 5).
 */
export function titleSkillGaps(missing: readonly { id: string; name: string }[], requirements: JobRequirements | null): string[] {
  const named = new Set(requirements?.titleSkills ?? []);
  const names = missing.filter((m) => named.has(m.id)).map((m) => m.name);
  if (names.length === 0) return [];
  return [
    `${andList(names)}, which the job title names, ${names.length === 1 ? "is" : "are"} not shown on the resume (a softer gap: the posting does not list ${names.length === 1 ? "it" : "them"} as required).`,
  ];
}
