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
   * `minOwn` other skills of the field (with fewer, `minShare` of its skills), or too little text to tell.
   */
  supports(fields: readonly Field[], minOwn = 1, minShare = MIN_SHARE): boolean {
    // General professional skills and office tools belong to every field.
    if (this.total < MIN_EVIDENCE || fields.includes("general")) return true;
    let own = 0;
    for (const f of new Set(fields)) own = Math.max(own, (this.counts.get(f) ?? 0) - 1);
    return own >= minOwn || (own >= 1 && own / (this.total - 1) >= minShare);
  }

  /** Whether the document names at least `minOwn` other skills of one of these fields, however short it is. */
  names(fields: readonly Field[], minOwn = 1): boolean {
    let own = 0;
    for (const f of new Set(fields)) own = Math.max(own, (this.counts.get(f) ?? 0) - 1);
    return own >= minOwn;
  }
}

/** Fewer distinct skills than this say too little about a document's field to reject anything. */
const MIN_EVIDENCE = 5;
/** Share of a document's other skills that makes a field one of its own. */
const MIN_SHARE = 0.1;

/**
 * An abbreviation in capitals that is not the skill's own name ("ECS" for Amazon ECS, "CPP" for C++,
 * "FI/CO" for SAP FICO). Such letters stand for many things across fields (the UK construction skills
 * card, the Canada Pension Plan), so they count only where the document names the skill itself, its kin
 * (its broader skill, a sibling, a related skill: AWS or Docker for "ECS", SAP for "FICO"), or other skills of its field.
 */
export function isAbbreviationAlias(alias: string, name: string): boolean {
  const a = alias.trim();
  return a !== name.trim() && /^[A-Z][A-Z0-9&/+.]{1,5}$/.test(a) && (a.match(/[A-Z]/g) ?? []).length >= 2;
}

/**
 * Common words written in lowercase or Title Case, nothing else ("data management", "Talent Acquisition",
 * "Tax"); `commonWords` are the words the taxonomy itself writes in lowercase, so product names written in
 * Title Case ("Oracle Opera") are not generic.
 */
export function isGenericPhrase(alias: string, commonWords: ReadonlySet<string>): boolean {
  const a = alias.trim();
  if (!/^\p{L}\p{Ll}+(?: (?:\p{L}\p{Ll}+|&))*$/u.test(a)) return false;
  return a.split(" ").every((w) => w === "&" || commonWords.has(w.toLowerCase()));
}

// Nothing but a bullet or numbering before, or the end of a sentence or label: the next word is capitalised anyway.
const SENTENCE_START_RE = /(?:^[\s\-*•·▪◦●»\d.)]*|[.!?:;]\s*)$/u;
// A word in lowercase that is not a short function word: the line is prose, not a heading or a title.
const PROSE_WORD_RE = /(?:^|\s)(?!(?:of|and|the|for|in|on|to|a|an|at|with|or|&)\b)\p{Ll}{2,}/u;

/**
 * Whether a generic phrase written in Title Case in running text is part of a longer proper name: a
 * capitalised word joined to it that does not start the sentence ("Eliwell, Resource Data Management"
 * is a controls maker; "the Data Management Association" a society). A single word needs such words on
 * both sides ("the Income Tax Act"), since product names follow their maker ("Adobe Photoshop").
 * `ownWords` are words of the skill's own and kin forms ("SAP Controlling"), which keep it.
 */
export function insideProperName(text: string, start: number, end: number, ownWords: ReadonlySet<string>): boolean {
  const written = text.slice(start, end);
  if (!/^\p{Lu}/u.test(written)) return false;
  const ls = text.lastIndexOf("\n", start - 1) + 1;
  let le = text.indexOf("\n", end);
  if (le < 0) le = text.length;
  if (!PROSE_WORD_RE.test(text.slice(ls, le))) return false;
  const plain = (w: string | undefined): w is string => !!w && !ownWords.has(w.toLowerCase()) && !ROLE_WORDS.has(w.toLowerCase());
  const before = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(ls, start - 40), start));
  const left = plain(before?.[1]) && !SENTENCE_START_RE.test(text.slice(ls, start - (before?.[1]?.length ?? 0) - 1));
  // A credential's name evidences the skill it names: "State Clinical Laboratory Technologist license".
  if (CREDENTIAL_AFTER_RE.test(text.slice(end, end + 60))) return false;
  const after = /^ (\p{Lu}\p{Ll}+)(?![\p{L}])/u.exec(text.slice(end, end + 40));
  const right = plain(after?.[1]) && !SENTENCE_START_RE.test(text.slice(ls, start));
  return written.includes(" ") ? left || right : left && right;
}

const WITH_BEFORE_RE = /\b(?:with|alongside)\s+(?:the\s+|our\s+|their\s+|client\s+)?$/i;
const TEAM_AFTER_RE = /^\s+(?:teams?|department|colleagues|counterparts|consultants)\b/i;

/**
 * Whether a form names other people's function, not the writer's skill: "worked with the FICO team",
 * "alongside our data science colleagues".
 */
export function otherPeoplesFunction(text: string, start: number, end: number): boolean {
  return WITH_BEFORE_RE.test(text.slice(Math.max(0, start - 30), start)) && TEAM_AFTER_RE.test(text.slice(end, end + 20));
}

// Seniority and role words around a field's name make a job title or a skill statement, not a proper name:
// "a Senior Process Engineer", "Data Management Skills".
const ROLE_WORDS = new Set(
  "senior junior lead principal staff chief head associate assistant deputy engineer engineers developer developers analyst analysts manager managers consultant consultants specialist specialists architect scientist scientists designer designers team teams officer technician technicians coordinator administrator director expert experts professional professionals skills experience knowledge background degree".split(
    " ",
  ),
);

const CREDENTIAL_AFTER_RE = /^(?:\s+\p{Lu}[\p{L}-]*)*\s+(?:licen[cs]e|certificate|certification|registration|diploma)\b/iu;

const EMPLOYER_SUBJECT_RE = /\b(?:we're|we are|we['’]re)\s+(?:(?:currently|now|actively|also)\s+)?$/i;
const OWN_UNIT_BEFORE_RE = /\b(?:our|the|this|its)\s+$/i;
const OWN_UNIT_AFTER_RE = /^\s+(?:team|process|department|partners?|agenc(?:y|ies))\b/i;

/**
 * Whether a general form names the employer's own activity or unit, not a skill asked for: "we are
 * recruiting", "we're hiring", "throughout the recruitment process", "contact our Talent Acquisition team"
 * (but "join our guest services team" is the hire's own team).
 */
export function employerActivity(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  if (/ing$/i.test(text.slice(start, end)) && EMPLOYER_SUBJECT_RE.test(before)) return true;
  // "join our guest services team" names the team the hire works in: the role's own field.
  if (/\bjoin(?:ing)?\s+\S+\s+$/i.test(before)) return false;
  return OWN_UNIT_BEFORE_RE.test(before) && OWN_UNIT_AFTER_RE.test(text.slice(end, end + 20));
}

/** An acronym the document defines itself: "Ontario College of Pharmacists (OCP)". */
export interface AcronymDefinition {
  acronym: string;
  /** Offsets of the spelled-out name. */
  start: number;
  end: number;
}

const ACRONYM_IN_PARENS_RE = /\(([\p{Lu}][\p{Lu}\p{N}&]{1,6})\)/gu;
const FUNCTION_WORDS = new Set(["of", "and", "for", "the", "in", "on", "&", "to"]);

/**
 * Acronyms written in parentheses right after the words they abbreviate, initials matching
 * ("Ontario College of Pharmacists (OCP)", "planned preventative maintenance (PPM)"). Throughout the
 * document such an acronym means that name, so a skill that merely shares the letters (OpenShift's
 * "OCP", project portfolio management's "PPM") is not meant.
 */
export function acronymDefinitions(text: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (const m of text.matchAll(ACRONYM_IN_PARENS_RE)) {
    const acronym = m[1] as string;
    const letters = acronym.replace(/[^\p{Lu}]/gu, "");
    if (letters.length < 2) continue;
    const from = Math.max(0, (m.index ?? 0) - 120);
    const before = text.slice(from, m.index ?? 0);
    if (!/[ \t]*$/.test(before)) continue;
    const words = [...before.matchAll(/[\p{L}][\p{L}&'.-]*|&/gu)].filter((w) => !FUNCTION_WORDS.has(w[0]));
    const tail = words.slice(words.length - letters.length);
    if (tail.length < letters.length || tail.map((w) => (w[0][0] as string).toUpperCase()).join("") !== letters) continue;
    // The words must run up to the parenthesis: only spaces and function words between them.
    const first = tail[0] as RegExpMatchArray;
    const phraseEnd = before.trimEnd().length;
    const phrase = before.slice(first.index ?? 0, phraseEnd);
    if (!/^[\p{L}&'.\- \t]+$/u.test(phrase)) continue;
    out.push({ acronym, start: from + (first.index ?? 0), end: from + phraseEnd });
  }
  return out;
}

/**
 * A name written in lower case as one half of a hyphenated word ("flux-cored wire", "self-spark"): the word
 * is an ordinary compound, and an ambiguous name inside it is no skill.
 */
export function inLowercaseCompound(text: string, start: number, end: number): boolean {
  if (!/^\p{Ll}+$/u.test(text.slice(start, end))) return false;
  return /^-\p{Ll}/u.test(text.slice(end, end + 2)) || /\p{Ll}-$/u.test(text.slice(Math.max(0, start - 2), start));
}
