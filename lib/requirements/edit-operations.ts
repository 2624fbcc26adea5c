// What the requirements editor does to must-have groups and certification alternatives, as pure
// functions of the stored shape. A must-have group is "any one of" its skills; every group is
// required. Certifications sharing an `anyOf` number are alternatives, met by any one held.
import type { JobRequirements } from "@/lib/engine/types";

export type Groups = string[][];
export type Certification = JobRequirements["certifications"][number];

/** Where a skill sits among the groups, or null. */
export function groupIndexOf(groups: Groups, id: string): number | null {
  const k = groups.findIndex((group) => group.includes(id));
  return k === -1 ? null : k;
}

/** A new must-have of one skill, after the others; unchanged when the skill is already a must-have. */
export function addGroup(groups: Groups, id: string): Groups {
  return groupIndexOf(groups, id) === null ? [...groups, [id]] : groups;
}

/** The skill as one more alternative of group k; unchanged when it is already a must-have. */
export function addAlternative(groups: Groups, k: number, id: string): Groups {
  if (groupIndexOf(groups, id) !== null || !groups[k]) return groups;
  return groups.map((group, i) => (i === k ? [...group, id] : group));
}

/** The skill taken out of group k; a group left empty goes with it. */
export function removeAlternative(groups: Groups, k: number, id: string): Groups {
  return groups.map((group, i) => (i === k ? group.filter((x) => x !== id) : group)).filter((group) => group.length > 0);
}

export function removeGroup(groups: Groups, k: number): Groups {
  return groups.filter((_, i) => i !== k);
}

/** The skill out of its either-or, as a must-have of its own right after it. */
export function splitAlternative(groups: Groups, k: number, id: string): Groups {
  const group = groups[k];
  if (!group || group.length < 2 || !group.includes(id)) return groups;
  return groups.flatMap((g, i) => (i === k ? [g.filter((x) => x !== id), [id]] : [g]));
}

/** Groups a and b as one either-or, where a was. */
export function mergeGroups(groups: Groups, a: number, b: number): Groups {
  const first = groups[a];
  const second = groups[b];
  if (a === b || !first || !second) return groups;
  const merged = [...first, ...second.filter((id) => !first.includes(id))];
  return groups.flatMap((g, i) => (i === a ? [merged] : i === b ? [] : [g]));
}

/** Certifications as the editor shows them: alternatives together, in the order first listed. */
export function certificationGroups(certs: readonly Certification[]): number[][] {
  const out: number[][] = [];
  const byAnyOf = new Map<number, number[]>();
  certs.forEach((cert, i) => {
    if (cert.anyOf === undefined) {
      out.push([i]);
      return;
    }
    const group = byAnyOf.get(cert.anyOf);
    if (group) group.push(i);
    else {
      const fresh = [i];
      byAnyOf.set(cert.anyOf, fresh);
      out.push(fresh);
    }
  });
  return out;
}

/** Drops `anyOf` from a certification that no longer has an alternative. */
function tidy(certs: Certification[]): Certification[] {
  const counts = new Map<number, number>();
  for (const c of certs) if (c.anyOf !== undefined) counts.set(c.anyOf, (counts.get(c.anyOf) ?? 0) + 1);
  return certs.map(({ anyOf, ...rest }) => (anyOf !== undefined && (counts.get(anyOf) ?? 0) > 1 ? { ...rest, anyOf } : rest));
}

/** A certification as an alternative of the one at index `to` (same group, same "required"). */
export function addCertificationAlternative(
  certs: readonly Certification[],
  to: number,
  cert: Omit<Certification, "anyOf" | "required">,
): Certification[] {
  const target = certs[to];
  if (!target) return [...certs];
  const anyOf = target.anyOf ?? Math.max(-1, ...certs.map((c) => c.anyOf ?? -1)) + 1;
  const next = certs.map((c, i) => (i === to ? { ...c, anyOf } : c));
  return tidy([...next, { ...cert, required: target.required, anyOf }]);
}

export function removeCertification(certs: readonly Certification[], index: number): Certification[] {
  return tidy(certs.filter((_, i) => i !== index));
}

/** The certification on its own, no longer an alternative of the others. */
export function splitCertification(certs: readonly Certification[], index: number): Certification[] {
  return tidy(certs.map((c, i) => (i === index ? { id: c.id, name: c.name, required: c.required } : c)));
}

/** "Required" for every alternative of the group the certification at `index` is in. */
export function setCertificationRequired(certs: readonly Certification[], index: number, required: boolean): Certification[] {
  const anyOf = certs[index]?.anyOf;
  return certs.map((c, i) => (i === index || (anyOf !== undefined && c.anyOf === anyOf) ? { ...c, required } : c));
}

/** The skill lists a title skill moves between. */
export interface TitleSkillLists {
  mustHaveGroups: Groups;
  niceToHaveSkills: string[];
  titleSkills: string[];
}

/**
 * A skill the job title names, made a must-have (a group of its own) or a nice-to-have by the
 * recruiter: it leaves the title skills, so it is scored as what the recruiter made it. Unchanged
 * when the skill is not a title skill.
 */
export function moveTitleSkill(lists: TitleSkillLists, id: string, to: "must" | "nice"): TitleSkillLists {
  if (!lists.titleSkills.includes(id)) return lists;
  const titleSkills = lists.titleSkills.filter((x) => x !== id);
  if (to === "must") return { ...lists, titleSkills, mustHaveGroups: addGroup(lists.mustHaveGroups, id) };
  const nice = lists.niceToHaveSkills.includes(id) ? lists.niceToHaveSkills : [...lists.niceToHaveSkills, id];
  return { ...lists, titleSkills, niceToHaveSkills: nice };
}
