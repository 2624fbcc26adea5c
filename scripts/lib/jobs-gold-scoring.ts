// Pure scoring of extracted job requirements against a jobs-gold file (the format of
// relevance-holdout-1/jobs-gold.json). No engine import: the taxonomy comes in as a
// NameIndex so the rules can be tested on a small fixture. The rules are stated in
// scripts/bench-jobs.ts's header; each function below implements one of them.

/** A gold requirement: a name, or a nested list = any one of these alternatives. */
export type GoldItem = string | string[];

export interface GoldJob {
  title?: string;
  must: GoldItem[];
  nice: GoldItem[];
  details?: Record<string, string[]>;
  context_ok?: string[];
  not_requirements?: string[];
  min_years: number | null;
  degree_required: boolean | null;
  degree_level: string | null;
  degree_or_equivalent: boolean | null;
  required_certifications: GoldItem[];
  workplace: "remote" | "hybrid" | "onsite" | null;
  allowed_countries: string[] | null;
  visa_sponsorship: boolean | null;
  notes?: string;
}

/** An extracted skill: a taxonomy id when the engine knows it, and the name it shows. */
export interface ExtractedSkill {
  id: string | null;
  name: string;
}

export interface ExtractedScalars {
  min_years: number | null;
  degree_required: boolean | null;
  degree_level: string | null;
  degree_or_equivalent: boolean | null;
  /** Required certifications only, grouped: each inner list is met by any one of its entries. */
  required_certifications: ExtractedSkill[][];
  workplace: string | null;
  /** Countries/regions a candidate may work from; null = no restriction stated. */
  allowed_countries: string[] | null;
  visa_sponsorship: boolean | null;
}

export interface Extracted {
  /** Must-have groups: each inner list is "any one of". */
  must: ExtractedSkill[][];
  nice: ExtractedSkill[];
  scalars: ExtractedScalars;
}

/** Lookup into the engine's taxonomy by canonical name or alias. */
export interface NameIndex {
  /**
   * Ids a name stands for: those whose canonical name or an alias equals the whole name; failing
   * that, the parts of "X (Y)"; failing that, the parts of taxonomy names of that shape. The tiers
   * keep "Professional Engineer (PE)" off Private Equity ("PE") and "Quality Assurance" off
   * "Quality Assurance (Manufacturing)" while "Amazon Web Services (AWS)" still finds AWS.
   */
  resolve(name: string): ReadonlySet<string>;
  /** Canonical name and aliases of an id, as written (empty for unknown ids). */
  namesOf(id: string): readonly string[];
}

/** Case, accents, "&"/"and", "licence"/"license", punctuation and spacing do not distinguish names. */
export function normalizeName(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/&/g, " and ")
    .replace(/\blicen[cs]e/g, "license")
    .replace(/[^a-z0-9+#.']+/g, " ")
    .replace(/(?:\.|')(?=\s|$)/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** "Amazon Web Services (AWS)" is also written "Amazon Web Services" and "AWS". */
export function nameForms(name: string): string[] {
  const forms = new Set<string>([normalizeName(name)]);
  const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(name);
  if (m?.[1] && m[2]) {
    forms.add(normalizeName(m[1]));
    forms.add(normalizeName(m[2]));
  }
  forms.delete("");
  return [...forms];
}

/**
 * A normalised name with plural endings and a trailing "certificate"/"certification" dropped: how an
 * id-less name (a custom requirement) may differ from the gold's and still name the same thing.
 */
export function looseForm(normalized: string): string {
  return normalized
    .split(" ")
    .map((w) => (w.length > 3 && /[^s]s$/.test(w) && !/(?:is|us)$/.test(w) ? w.slice(0, -1) : w))
    .join(" ")
    .replace(/\s+certific(?:ate|ation)$/, "")
    .trim();
}

/** Builds a NameIndex from taxonomy-like records. */
export function buildNameIndex(skills: readonly { id: string; name: string; aliases?: readonly string[] }[]): NameIndex {
  const whole = new Map<string, Set<string>>();
  const parts = new Map<string, Set<string>>();
  const names = new Map<string, string[]>();
  const add = (map: Map<string, Set<string>>, key: string, id: string) => {
    const set = map.get(key) ?? new Set<string>();
    set.add(id);
    map.set(key, set);
  };
  for (const s of skills) {
    const all = [s.name, ...(s.aliases ?? [])];
    names.set(s.id, all);
    for (const n of all) {
      const [full, ...rest] = nameForms(n);
      if (full) add(whole, full, s.id);
      for (const part of rest) add(parts, part, s.id);
    }
  }
  const lookup = (map: Map<string, Set<string>>, keys: string[]) => new Set(keys.flatMap((k) => [...(map.get(k) ?? [])]));
  return {
    resolve(name) {
      const [full = "", ...rest] = nameForms(name);
      for (const hit of [lookup(whole, [full]), lookup(whole, rest), lookup(parts, [full, ...rest])]) if (hit.size > 0) return hit;
      return new Set();
    },
    namesOf: (id) => names.get(id) ?? [],
  };
}

/**
 * Same skill: the ids both names stand for overlap (an extracted skill without an id, a custom
 * requirement, stands for what its name resolves to), or, for a name the taxonomy does not know,
 * the normalised names agree.
 */
export function sameSkill(e: ExtractedSkill, goldName: string, index: NameIndex): boolean {
  const goldIds = index.resolve(goldName);
  const ids = e.id ? [e.id] : [...index.resolve(e.name)];
  if (ids.some((id) => goldIds.has(id))) return true;
  const goldForms = nameForms(goldName);
  if (e.id === null) {
    const loose = goldForms.map(looseForm);
    return nameForms(e.name).some((n) => goldForms.includes(n) || loose.includes(looseForm(n)));
  }
  return [e.name, ...index.namesOf(e.id)].some((n) => normalizeName(n) === goldForms[0]);
}

const alternativesOf = (item: GoldItem): string[] => (Array.isArray(item) ? item : [item]);

/** Every name that earns credit for a gold item: its alternatives and the details listed under any of them. */
export function creditNames(item: GoldItem, details: Record<string, string[]> = {}): { alternatives: string[]; details: string[] } {
  const alternatives = alternativesOf(item);
  const detailKeys = new Map(Object.keys(details).map((k) => [normalizeName(k), k]));
  const extra: string[] = [];
  for (const a of alternatives) {
    const k = detailKeys.get(normalizeName(a));
    if (k) extra.push(...(details[k] ?? []));
  }
  return { alternatives, details: extra };
}

/** Whether an extracted skill meets a gold item (any alternative, or a detail of one). */
export function meetsItem(e: ExtractedSkill, item: GoldItem, details: Record<string, string[]> | undefined, index: NameIndex): boolean {
  const c = creditNames(item, details);
  return [...c.alternatives, ...c.details].some((n) => sameSkill(e, n, index));
}

/** Whether a skill is named in the posting: its name or one of its aliases, as whole words, any case. */
export function occursIn(e: ExtractedSkill, text: string, index: NameIndex): boolean {
  const hay = ` ${normalizeName(text)} `;
  const names = [e.name, ...(e.id ? index.namesOf(e.id) : [])];
  return names.some((n) => {
    const needle = normalizeName(n);
    return needle !== "" && hay.includes(` ${needle} `);
  });
}

export type MustVerdict = "correct" | "not_requirement" | "tier" | "unlabelled";
export type MustReason = "must" | "not_requirements" | "absent" | "nice" | "context_ok" | "unlabelled";

/**
 * Classifies one extracted must-have. Correct when it meets a gold must item. Otherwise a
 * not-a-requirement hit when the gold lists it under not_requirements or the posting never
 * names it; a tier error (wrong, but not noise) when the gold has it as nice or context_ok;
 * else an unlabelled precision error.
 */
export function classifyMust(
  e: ExtractedSkill,
  gold: GoldJob,
  text: string,
  index: NameIndex,
): { verdict: MustVerdict; reason: MustReason } {
  if (gold.must.some((item) => meetsItem(e, item, gold.details, index))) return { verdict: "correct", reason: "must" };
  if ((gold.not_requirements ?? []).some((n) => sameSkill(e, n, index))) return { verdict: "not_requirement", reason: "not_requirements" };
  if (gold.nice.some((item) => meetsItem(e, item, gold.details, index))) return { verdict: "tier", reason: "nice" };
  if ((gold.context_ok ?? []).some((n) => sameSkill(e, n, index))) return { verdict: "tier", reason: "context_ok" };
  if (!occursIn(e, text, index)) return { verdict: "not_requirement", reason: "absent" };
  return { verdict: "unlabelled", reason: "unlabelled" };
}

export type NiceReason = "nice" | "context_ok" | "must" | "not_requirements" | "absent" | "unlabelled";

/** A nice-to-have is right when the gold has it as nice or context_ok ("fine as nice-to-have"). */
export function classifyNice(e: ExtractedSkill, gold: GoldJob, text: string, index: NameIndex): { correct: boolean; reason: NiceReason } {
  if (gold.nice.some((item) => meetsItem(e, item, gold.details, index))) return { correct: true, reason: "nice" };
  if ((gold.context_ok ?? []).some((n) => sameSkill(e, n, index))) return { correct: true, reason: "context_ok" };
  if (gold.must.some((item) => meetsItem(e, item, gold.details, index))) return { correct: false, reason: "must" };
  if ((gold.not_requirements ?? []).some((n) => sameSkill(e, n, index))) return { correct: false, reason: "not_requirements" };
  if (!occursIn(e, text, index)) return { correct: false, reason: "absent" };
  return { correct: false, reason: "unlabelled" };
}

/** Gold groups (must or nice) that no extracted skill meets. */
export function missedItems(items: readonly GoldItem[], extracted: readonly ExtractedSkill[], gold: GoldJob, index: NameIndex): GoldItem[] {
  return items.filter((item) => !extracted.some((e) => meetsItem(e, item, gold.details, index)));
}

/**
 * Grouping errors among must-haves. "merged": one extracted any-of group whose members meet two
 * different gold groups ("SwiftUI or UIKit" where both are required). "split": a gold any-of group
 * whose alternatives (not details) are met by two different extracted groups, so the extraction
 * requires all of them ("WA licence" and "multistate licence" each required).
 */
export function groupingErrors(gold: GoldJob, must: readonly ExtractedSkill[][], index: NameIndex): { merged: string[]; split: string[] } {
  const merged: string[] = [];
  for (const g of must) {
    if (g.length < 2) continue;
    const hit = new Set<number>();
    for (const e of g) {
      gold.must.forEach((item, i) => {
        if (meetsItem(e, item, gold.details, index)) hit.add(i);
      });
    }
    if (hit.size >= 2) merged.push(g.map((e) => e.name).join(" or "));
  }
  const split: string[] = [];
  for (const item of gold.must) {
    const alts = alternativesOf(item);
    if (alts.length < 2) continue;
    const groups = must.filter((g) => g.some((e) => alts.some((a) => sameSkill(e, a, index))));
    if (groups.length >= 2) split.push(alts.join(" | "));
  }
  return { merged, split };
}

const COUNTRY_SYNONYMS = new Map<string, string>([
  ["us", "united states"],
  ["usa", "united states"],
  ["u.s", "united states"],
  ["u.s.a", "united states"],
  ["united states of america", "united states"],
  ["uk", "united kingdom"],
  ["u.k", "united kingdom"],
  ["great britain", "united kingdom"],
  ["britain", "united kingdom"],
  ["eu", "european union"],
  ["uae", "united arab emirates"],
]);

function normCountry(c: string): string {
  const n = normalizeName(c);
  return COUNTRY_SYNONYMS.get(n) ?? n;
}

/** Two certification names are the same credential when the taxonomy or the names say so, or one contains the other. */
export function sameCredential(e: ExtractedSkill, goldName: string, index: NameIndex): boolean {
  if (sameSkill(e, goldName, index)) return true;
  const g = ` ${normalizeName(goldName)} `;
  const x = ` ${normalizeName(e.name)} `;
  return x.trim() !== "" && g.trim() !== "" && (g.includes(x) || x.includes(g));
}

/**
 * Required certifications are right when every gold group is met by exactly one extracted group and
 * every extracted group meets a gold group (alternatives must stay one group; extras are wrong).
 */
export function certificationsMatch(gold: readonly GoldItem[], got: readonly ExtractedSkill[][], index: NameIndex): boolean {
  const meets = (g: ExtractedSkill[], item: GoldItem) => g.some((e) => alternativesOf(item).some((n) => sameCredential(e, n, index)));
  if (!gold.every((item) => got.filter((g) => meets(g, item)).length === 1)) return false;
  return got.every((g) => gold.some((item) => meets(g, item)));
}

export const SCALAR_FIELDS = [
  "min_years",
  "degree_required",
  "degree_level",
  "degree_or_equivalent",
  "required_certifications",
  "workplace",
  "allowed_countries",
  "visa_sponsorship",
] as const;
export type ScalarField = (typeof SCALAR_FIELDS)[number];

/**
 * One scalar field. null = "not stated"; a min_years of 0 is no minimum, like null. degree_required and degree_or_equivalent compare as
 * "true or not" (a degree that is not mentioned is not required); degree_level "none" = null;
 * allowed_countries compare as sets of country/region names (null or [] = anywhere).
 */
export function scalarCorrect(field: ScalarField, gold: GoldJob, got: ExtractedScalars, index: NameIndex): boolean {
  switch (field) {
    case "min_years":
      // "New graduates welcome" is written 0 by some labellers and null by others: no minimum either way.
      return (gold.min_years || null) === (got.min_years || null);
    case "degree_required":
      return (gold.degree_required === true) === (got.degree_required === true);
    case "degree_or_equivalent":
      return (gold.degree_or_equivalent === true) === (got.degree_or_equivalent === true);
    case "degree_level": {
      // The gold's levels have no "diploma": a post-secondary diploma (the engine's level between high school
      // and an associate degree) is written "associate", the lowest gold level it satisfies.
      const lvl = (v: string | null) => (v === null || v === "none" ? null : v === "diploma" ? "associate" : v);
      return lvl(gold.degree_level) === lvl(got.degree_level);
    }
    case "required_certifications":
      return certificationsMatch(gold.required_certifications ?? [], got.required_certifications, index);
    case "workplace":
      return (gold.workplace ?? null) === (got.workplace ?? null);
    case "allowed_countries": {
      const a = new Set((gold.allowed_countries ?? []).map(normCountry));
      const b = new Set((got.allowed_countries ?? []).map(normCountry));
      return a.size === b.size && [...a].every((c) => b.has(c));
    }
    case "visa_sponsorship":
      return (gold.visa_sponsorship ?? null) === (got.visa_sponsorship ?? null);
  }
}

export interface PostingScore {
  mustExtracted: number;
  mustCorrect: number;
  mustGold: number;
  mustCovered: number;
  notRequirement: number;
  tier: number;
  unlabelled: number;
  merged: string[];
  split: string[];
  niceExtracted: number;
  niceCorrect: number;
  niceGold: number;
  niceCovered: number;
  scalarsRight: ScalarField[];
  scalarsWrong: ScalarField[];
  errors: string[];
}

const show = (item: GoldItem) => (Array.isArray(item) ? `[${item.join(" | ")}]` : item);

/** Scores one posting; `errors` lists every mistake in words for --details. */
export function scorePosting(gold: GoldJob, got: Extracted, text: string, index: NameIndex): PostingScore {
  const errors: string[] = [];
  const mustFlat = uniqueSkills(got.must.flat());
  const niceFlat = uniqueSkills(got.nice);
  let mustCorrect = 0;
  let notRequirement = 0;
  let tier = 0;
  let unlabelled = 0;
  for (const e of mustFlat) {
    const { verdict, reason } = classifyMust(e, gold, text, index);
    if (verdict === "correct") mustCorrect++;
    else if (verdict === "not_requirement") notRequirement++;
    else if (verdict === "tier") tier++;
    else unlabelled++;
    if (verdict !== "correct") errors.push(`must ${verdict}: ${e.name} (${reason})`);
  }
  const mustMissed = missedItems(gold.must, mustFlat, gold, index);
  for (const m of mustMissed) errors.push(`must missed: ${show(m)}`);
  const { merged, split } = groupingErrors(gold, got.must, index);
  for (const m of merged) errors.push(`must merged into one any-of group: ${m}`);
  for (const s of split) errors.push(`must any-of group split into separate requirements: ${s}`);
  let niceCorrect = 0;
  for (const e of niceFlat) {
    const { correct, reason } = classifyNice(e, gold, text, index);
    if (correct) niceCorrect++;
    else errors.push(`nice wrong: ${e.name} (${reason})`);
  }
  const niceMissed = missedItems(gold.nice, niceFlat, gold, index);
  for (const m of niceMissed) errors.push(`nice missed: ${show(m)}`);
  const scalarsRight: ScalarField[] = [];
  const scalarsWrong: ScalarField[] = [];
  for (const f of SCALAR_FIELDS) {
    if (scalarCorrect(f, gold, got.scalars, index)) scalarsRight.push(f);
    else {
      scalarsWrong.push(f);
      errors.push(`scalar ${f}: gold ${JSON.stringify(gold[f] ?? null)}, got ${JSON.stringify(showScalar(got.scalars[f]))}`);
    }
  }
  return {
    mustExtracted: mustFlat.length,
    mustCorrect,
    mustGold: gold.must.length,
    mustCovered: gold.must.length - mustMissed.length,
    notRequirement,
    tier,
    unlabelled,
    merged,
    split,
    niceExtracted: niceFlat.length,
    niceCorrect,
    niceGold: gold.nice.length,
    niceCovered: gold.nice.length - niceMissed.length,
    scalarsRight,
    scalarsWrong,
    errors,
  };
}

function showScalar(v: ExtractedScalars[ScalarField]): unknown {
  if (Array.isArray(v) && v.every((x) => Array.isArray(x))) return (v as ExtractedSkill[][]).map((g) => g.map((e) => e.name));
  return v ?? null;
}

function uniqueSkills(list: readonly ExtractedSkill[]): ExtractedSkill[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const k = e.id ?? `name:${normalizeName(e.name)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export interface Summary {
  postings: number;
  mustPrecision: number | null;
  mustRecall: number | null;
  notRequirementPerPosting: number | null;
  tierPerPosting: number | null;
  unlabelledPerPosting: number | null;
  groupingErrors: number;
  nicePrecision: number | null;
  niceRecall: number | null;
  scalarAccuracy: number | null;
  scalarByField: Record<ScalarField, number | null>;
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

/** Pooled over postings (micro-averaged): precision = right extractions / all extractions. */
export function summarize(scores: readonly PostingScore[]): Summary {
  const sum = (f: (s: PostingScore) => number) => scores.reduce((t, s) => t + f(s), 0);
  const n = scores.length;
  const byField = Object.fromEntries(
    SCALAR_FIELDS.map((f) => [f, ratio(scores.filter((s) => s.scalarsRight.includes(f)).length, n)]),
  ) as Record<ScalarField, number | null>;
  return {
    postings: n,
    mustPrecision: ratio(
      sum((s) => s.mustCorrect),
      sum((s) => s.mustExtracted),
    ),
    mustRecall: ratio(
      sum((s) => s.mustCovered),
      sum((s) => s.mustGold),
    ),
    notRequirementPerPosting: ratio(
      sum((s) => s.notRequirement),
      n,
    ),
    tierPerPosting: ratio(
      sum((s) => s.tier),
      n,
    ),
    unlabelledPerPosting: ratio(
      sum((s) => s.unlabelled),
      n,
    ),
    groupingErrors: sum((s) => s.merged.length + s.split.length),
    nicePrecision: ratio(
      sum((s) => s.niceCorrect),
      sum((s) => s.niceExtracted),
    ),
    niceRecall: ratio(
      sum((s) => s.niceCovered),
      sum((s) => s.niceGold),
    ),
    scalarAccuracy: ratio(
      sum((s) => s.scalarsRight.length),
      sum((s) => s.scalarsRight.length + s.scalarsWrong.length),
    ),
    scalarByField: byField,
  };
}
