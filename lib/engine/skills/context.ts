// Field context for surface forms that are also ordinary words or another field's terms.
// A skill belongs to one or more fields (families of taxonomy categories); a form that
// needs context ("PR", "production", "tooling", "mental health") counts only when the
// text around it is about that field: a neighbouring skill of the same field on its line,
// or, for ordinary words, other skills of the field elsewhere in the document. So "PR
// descriptions" in a backend posting is not Public Relations, "interpretation of cardiac
// rhythms" is not Translation, and "mental health" in an equal-opportunity paragraph of a
// software posting is not Behavioral Health; the same words count in a marketing posting,
// an interpreter's resume or a psychiatric nurse's.
import type { SkillCategory, TaxonomySkill } from "./taxonomy-schema";

export type Field = "tech" | "business" | "operations" | "health" | "general";

const FIELDS_OF_CATEGORY: Record<Exclude<SkillCategory, "credential">, readonly Field[]> = {
  software: ["tech"],
  data_ml: ["tech"],
  cloud_devops: ["tech"],
  design: ["tech"],
  product: ["tech", "business"],
  finance: ["business"],
  sales_marketing: ["business"],
  // Supply chain, procurement and facilities are business functions as much as plant and trade work.
  operations: ["operations", "business"],
  healthcare: ["health"],
  professional: ["general"],
};

/**
 * The fields a skill belongs to: its category's, and those of the broader skills it builds on
 * ("pivot tables" is data analysis and Excel). A credential belongs to the fields of what it evidences.
 */
export function fieldsOfSkill(skill: TaxonomySkill, byId: ReadonlyMap<string, TaxonomySkill>): readonly Field[] {
  const out = new Set<Field>(skill.category === "credential" ? [] : FIELDS_OF_CATEGORY[skill.category]);
  for (const b of skill.broader) {
    const broader = byId.get(b);
    if (broader && broader.category !== "credential") for (const f of FIELDS_OF_CATEGORY[broader.category]) out.add(f);
  }
  return out.size > 0 ? [...out] : ["general"];
}

export function sharesField(a: readonly Field[], b: readonly Field[]): boolean {
  return a.some((f) => b.includes(f));
}

/**
 * An alias written in lowercase words in the taxonomy ("mental health", "recruiting", "audit"):
 * proper names, products and acronyms are capitalised there, so a lowercase alias is ordinary
 * language that other fields use too.
 */
export function isOrdinaryAlias(alias: string, caseSensitive: boolean): boolean {
  return !caseSensitive && /^[a-z]+(?:[ '-][a-z]+)*$/.test(alias.trim());
}

/** How many distinct skills of each field a document names (each skill counted once). */
export class FieldProfile {
  private readonly counts = new Map<Field, number>();
  private readonly total: number;

  constructor(ids: Iterable<string>, fieldsOf: (id: string) => readonly Field[]) {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      for (const f of fieldsOf(id)) this.counts.set(f, (this.counts.get(f) ?? 0) + 1);
    }
    this.total = seen.size;
  }

  /**
   * Whether the document is (partly) about one of these fields, not counting the skill itself:
   * `minOwn` other skills of the field (with fewer, a tenth of its skills), or too little text to tell.
   */
  supports(fields: readonly Field[], minOwn = 1): boolean {
    // General professional skills and office tools belong to every field.
    if (this.total < MIN_EVIDENCE || fields.includes("general")) return true;
    let own = 0;
    for (const f of new Set(fields)) own = Math.max(own, (this.counts.get(f) ?? 0) - 1);
    return own >= minOwn || (own >= 1 && own / (this.total - 1) >= MIN_SHARE);
  }
}

/** Fewer distinct skills than this say too little about a document's field to reject anything. */
const MIN_EVIDENCE = 5;
/** Share of a document's other skills that makes a field one of its own. */
const MIN_SHARE = 0.1;

/** An acronym the document defines itself: "Ontario College of Pharmacists (OCP)". */
export interface AcronymDefinition {
  acronym: string;
  /** Offsets of the spelled-out name. */
  start: number;
  end: number;
}

const DEFINITION_RE =
  /((?:[\p{Lu}][\p{L}&'.-]*|of|and|for|the|in|on|&)(?:[ \t]+(?:[\p{Lu}][\p{L}&'.-]*|of|and|for|the|in|on|&))*)[ \t]*\(([\p{Lu}][\p{Lu}\p{N}&]{1,6})\)/gu;

/**
 * Acronyms written in parentheses right after the capitalised words they abbreviate, initials
 * matching ("Ontario College of Pharmacists (OCP)"). Throughout the document such an acronym means
 * that name, so a skill that merely shares the letters (OpenShift's "OCP") is not meant.
 */
export function acronymDefinitions(text: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (const m of text.matchAll(DEFINITION_RE)) {
    const phrase = m[1] as string;
    const acronym = m[2] as string;
    const letters = acronym.replace(/[^\p{Lu}]/gu, "");
    const words = [...phrase.matchAll(/[\p{Lu}][\p{L}&'.-]*/gu)];
    if (letters.length < 2 || words.length < letters.length) continue;
    const tail = words.slice(words.length - letters.length);
    if (tail.map((w) => (w[0] as string)[0]).join("") !== letters) continue;
    const start = (m.index ?? 0) + (tail[0]?.index ?? 0);
    out.push({ acronym, start, end: (m.index ?? 0) + phrase.length });
  }
  return out;
}
