import type { EvaluationResult } from "@/lib/engine/score/schema";
import type { ResumeProfile, SectionKind } from "@/lib/engine/types";

/**
 * What the resume shows beyond the job's requirements, for the candidate page: `other` are skills the
 * taxonomy knows that the job does not ask for, most evidenced first; `unlisted` are items of the
 * resume's skills lists the taxonomy does not know (tools, regulators, methods of a trade). Neither is
 * scored; a hiring manager reads them to see what else the candidate brings. A skill read once from a
 * role's wording ("pharmacy management systems" → Pharmacy) says more about the employer than about the
 * candidate, so `other` keeps the skills the resume lists (skills or summary section) or mentions twice.
 */
export type ResumeSkillLists = { other: string[]; unlisted: string[] };

const LISTED = new Set<SectionKind>(["skills", "summary"]);

export function resumeSkillLists(profile: ResumeProfile | null, result: EvaluationResult | null): ResumeSkillLists {
  if (!profile) return { other: [], unlisted: [] };
  const shown = new Set<string>();
  for (const skill of [...(result?.matchedMustHave ?? []), ...(result?.matchedNiceToHave ?? [])]) {
    shown.add(skill.id);
    shown.add(skill.matchedId);
  }
  for (const skill of [...(result?.missingMustHave ?? []), ...(result?.missingNiceToHave ?? [])]) shown.add(skill.id);
  const other = profile.skills
    .filter((skill) => !shown.has(skill.id) && (skill.evidence.length >= 2 || skill.sections.some((kind) => LISTED.has(kind))))
    .map((skill, index) => ({ name: skill.name, weight: skill.evidence.length, index }))
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((skill) => skill.name);
  const unlisted = (profile.customSkills ?? []).filter((skill) => !shown.has(skill.id)).map((skill) => skill.name);
  const known = new Set(profile.skills.map((skill) => skill.name.toLowerCase()));
  return { other: distinct(other), unlisted: distinct(unlisted.filter((name) => !known.has(name.toLowerCase()))) };
}

function distinct(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
