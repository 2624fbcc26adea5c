// Skills the job title names and the body does not require (requirements schema 5, `titleSkills`):
// "Registered Nurse – Medical/Surgical ICU" → critical care, "Teacher of Mathematics" → mathematics.
// Recruiters do not list them as must-haves, yet they say which field the role is in (an ICU nurse
// vs a ward nurse), so they count toward the must-have coverage with their own weight, beside the
// stated must-haves — never a knockout, never a "missing must-have": a missing one is a soft gap.
import type { JobRequirements } from "../types";

/**
 * Weight of a title skill in the must-have coverage, relative to a stated must-have named in the
 * title (both get the title's emphasis in weighRequirements). 1 scores the role's field as before
 * title skills were read apart; chosen by leave-one-job-out relevance on the tuning sets.
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
