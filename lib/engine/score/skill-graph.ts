// Which candidate skills earn credit for a required skill, and how much, derived
// from the taxonomy's broader/related links. Exact (alias-resolved) matches earn
// full credit; anything else is partial and never full.
import type { TaxonomySkill } from "../skills/taxonomy-schema";
import type { MatchVia } from "./schema";

/** The slice of the taxonomy the scorer needs; injected so tests can use a small hand-built one. */
export interface SkillLookup {
  getSkill(id: string): TaxonomySkill | undefined;
  allSkills(): readonly TaxonomySkill[];
}

export interface CreditSource {
  candidateId: string;
  via: MatchVia;
  /** Base credit before evidence strength, recency and depth are applied. */
  base: number;
}

/**
 * Base credits by link type. A narrower skill (MySQL for "SQL") shows most of
 * the requirement; a broader one ("SQL" for "PostgreSQL") or a sibling (Vue for
 * React) shows transferable skill, but the job asked for the specific one.
 */
export const LINK_CREDIT = {
  exact: 1,
  narrower: 0.7,
  broader: 0.4,
  related: 0.4,
  sibling: 0.25,
} as const;

const MAX_SIBLING_GROUP = 12;

interface ReverseIndex {
  children: Map<string, string[]>;
  relatedBy: Map<string, string[]>;
}

const reverseCache = new WeakMap<SkillLookup, ReverseIndex>();

function reverseIndex(lookup: SkillLookup): ReverseIndex {
  const cached = reverseCache.get(lookup);
  if (cached) return cached;
  const children = new Map<string, string[]>();
  const relatedBy = new Map<string, string[]>();
  for (const s of lookup.allSkills()) {
    for (const p of s.broader) children.set(p, [...(children.get(p) ?? []), s.id]);
    for (const r of s.related) relatedBy.set(r, [...(relatedBy.get(r) ?? []), s.id]);
  }
  const idx = { children, relatedBy };
  reverseCache.set(lookup, idx);
  return idx;
}

/** All candidate skill ids that earn credit for `requiredId`, best link first per candidate id. */
export function creditSources(requiredId: string, lookup: SkillLookup): CreditSource[] {
  const best = new Map<string, CreditSource>();
  const offer = (candidateId: string, via: MatchVia, base: number) => {
    const prev = best.get(candidateId);
    if (!prev || prev.base < base) best.set(candidateId, { candidateId, via, base });
  };
  offer(requiredId, "exact", LINK_CREDIT.exact);
  const skill = lookup.getSkill(requiredId);
  const idx = reverseIndex(lookup);
  // Narrower skills, two levels deep (PostgreSQL → relational databases → SQL).
  for (const c of idx.children.get(requiredId) ?? []) {
    offer(c, "broader", LINK_CREDIT.narrower);
    for (const gc of idx.children.get(c) ?? []) offer(gc, "broader", LINK_CREDIT.narrower * 0.85);
  }
  if (skill) {
    for (const p of skill.broader) {
      offer(p, "broader", LINK_CREDIT.broader);
      // Siblings under the same parent (Angular for React under "frontend frameworks").
      // Only under small parents: "programming languages" would make every language a sibling.
      const siblings = idx.children.get(p) ?? [];
      if (siblings.length <= MAX_SIBLING_GROUP) {
        for (const sib of siblings) if (sib !== requiredId) offer(sib, "related", LINK_CREDIT.sibling);
      }
    }
    for (const r of skill.related) offer(r, "related", LINK_CREDIT.related);
  }
  for (const r of idx.relatedBy.get(requiredId) ?? []) offer(r, "related", LINK_CREDIT.related);
  return [...best.values()].sort((a, b) => b.base - a.base || (a.candidateId < b.candidateId ? -1 : 1));
}

/**
 * What a years requirement scoped to `ids` ("2 years in an ICU", "4+ years of accounting")
 * is measured on: the skills and those narrower than them, two levels deep as for credit
 * (general ledger and audit work are accounting work); and the competing specialties — related
 * skills and siblings under a small parent, none implying or implied by the scope — whose
 * naming in a role's title makes that role about something else (a progressive-care nurse
 * who floats to the ICU; a financial analyst who reconciles accounts).
 */
export function scopeOf(ids: readonly string[], lookup: SkillLookup): { closure: Set<string>; competitors: Set<string> } {
  const idx = reverseIndex(lookup);
  const closure = new Set<string>();
  const ancestors = new Set<string>();
  const competitors = new Set<string>();
  const addAncestors = (id: string) => {
    for (const p of lookup.getSkill(id)?.broader ?? []) {
      if (ancestors.has(p)) continue;
      ancestors.add(p);
      addAncestors(p);
    }
  };
  for (const id of ids) {
    closure.add(id);
    addAncestors(id);
    for (const c of idx.children.get(id) ?? []) {
      closure.add(c);
      for (const gc of idx.children.get(c) ?? []) closure.add(gc);
    }
  }
  for (const id of ids) {
    const skill = lookup.getSkill(id);
    for (const r of skill?.related ?? []) competitors.add(r);
    for (const r of idx.relatedBy.get(id) ?? []) competitors.add(r);
    for (const p of skill?.broader ?? []) {
      const siblings = idx.children.get(p) ?? [];
      if (siblings.length <= MAX_SIBLING_GROUP) for (const sib of siblings) competitors.add(sib);
    }
  }
  for (const c of [...competitors]) {
    // A competitor that implies the scope (PICU for critical care) is part of it, not a rival.
    const implied = new Set<string>();
    const walk = (id: string) => {
      for (const p of lookup.getSkill(id)?.broader ?? []) {
        if (implied.has(p)) continue;
        implied.add(p);
        walk(p);
      }
    };
    walk(c);
    if (closure.has(c) || ancestors.has(c) || ids.some((id) => implied.has(id))) competitors.delete(c);
  }
  return { closure, competitors };
}
