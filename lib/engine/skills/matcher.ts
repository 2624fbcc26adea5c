// Finds taxonomy skills in free text. All names and aliases are compiled once
// into buckets keyed by their first three (normalised) characters; the
// scan visits each word start once and tries only that bucket, longest alias
// first, so a two-page resume against ~1,600 skills takes well under a
// millisecond or two. Case-sensitive skills ("Go", "R", "Excel") compare
// against the original casing; ambiguous aliases are kept only with
// supporting context of their own field (a skills list, a neighbouring skill
// of the field, "written in Go"), and ordinary-language aliases only in a
// document that names other skills of their field (see ./context.ts).
import {
  type AcronymDefinition,
  acronymDefinitions,
  employerActivity,
  type Field,
  FieldProfile,
  inLowercaseCompound,
  fieldsOfSkill,
  insideProperName,
  isAbbreviationAlias,
  isGenericPhrase,
  isOrdinaryAlias,
  otherPeoplesFunction,
  sharesField,
} from "./context";
import type { TaxonomySkill } from "./taxonomy-schema";
import { getTaxonomy } from "./taxonomy";

export interface SkillMatch {
  id: string;
  /** Offsets of the matched text in the searched string. */
  start: number;
  end: number;
  /** The text as written in the document. */
  text: string;
  /** True when the alias needed context to be accepted. */
  ambiguous: boolean;
  /**
   * True for a broader skill whose name is written inside the matched text
   * ("AWS" in "AWS EKS", "Spark" in "PySpark"); only with `includeImplied`.
   */
  implied?: boolean;
}

export interface MatchOptions {
  /**
   * Whether an offset sits in a list-like context (a skills section) where
   * ambiguous aliases are taken at face value.
   */
  listContext?: (offset: number) => boolean;
  /**
   * Also report broader skills spelled out inside a longer match ("AWS" in
   * "AWS Glue", "Spark" in "PySpark"). Useful for profiles; requirement
   * parsing leaves it off so "PySpark" does not add a separate "Spark" must-have.
   */
  includeImplied?: boolean;
  /**
   * Other skills of its field a document must name before an ordinary-word alias of that field
   * counts (default 1). A posting names its occupation's skills densely, so its reader asks for two:
   * one stray "quality assurance" in a pharmacy posting does not make "authorization" a software skill.
   */
  minFieldEvidence?: number;
}

export interface SkillMatcher {
  match(text: string, options?: MatchOptions): SkillMatch[];
  readonly skillsById: ReadonlyMap<string, TaxonomySkill>;
  readonly patternCount: number;
}

interface Pattern {
  id: string;
  /** Normalised alias (lowercased unless case-sensitive). */
  key: string;
  caseSensitive: boolean;
  ambiguous: boolean;
  /** Short aliases ("R", "Go", "C#") must not touch hyphens or apostrophes ("R-squared", "C-suite"). */
  short: boolean;
  endsAlnum: boolean;
  /** Broader skill ids whose name or alias is written inside this alias. */
  implies: string[];
  /**
   * Common-word aliases (written in lowercase in the taxonomy, 5+ letters) also match
   * simple inflections: "negotiate" → "negotiated", "dashboard" → "dashboards". Proper
   * nouns never do, so "Spring" stays out of "Colorado Springs".
   */
  inflects: boolean;
  /**
   * The alias is an occupation's title ("nurse", "data scientist"): its plural names colleagues ("works with
   * nurses and data scientists"), not the skill, so it does not inflect with -s.
   */
  pluralNamesPeople: boolean;
  /** Written in lowercase words in the taxonomy: ordinary language, counted only in a text about its field. */
  ordinary: boolean;
  /**
   * An ambiguous ordinary word ("production", "interpretation") or acronym ("PR", "SW"): only a neighbour of
   * its own field vouches for it. Ambiguous names ("Go", "Excel") are vouched for by any clear skill.
   */
  fieldBound: boolean;
  /** Other skills written exactly the same way ("CMA": medical assistant, management accountant). */
  alternatives: Pattern[];
  /**
   * A two- or three-letter ambiguous name written in mixed case ("Aha", the roadmapping tool): in capitals ("AHA", the
   * American Heart Association) it is another name's acronym.
   */
  capsIsOther: boolean;
  /** An abbreviation in capitals that is not the skill's name ("ECS", "CPP"): counts next to kin or in its field. */
  abbreviation: boolean;
  /** Words in lowercase or Title Case ("Data Management", "Tax"): not when part of a longer proper name. */
  generic: boolean;
}

interface RawMatch extends SkillMatch {
  ordinary: boolean;
  fieldBound: boolean;
  alternatives: Pattern[];
  capsIsOther: boolean;
  abbreviation: boolean;
  generic: boolean;
}

function isAlnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));
}

const SPACE_LIKE_RE = /[-_\n\r\t\u00a0\u2010\u2011\u2012]/g;

/** Same-length normalisation so offsets in the normalised text equal offsets in the original. */
function normalise(text: string, lower: boolean): string {
  const s = text.replace(SPACE_LIKE_RE, " ").replace(/\u2019/g, "'");
  if (!lower) return s;
  const l = s.toLowerCase();
  if (l.length === s.length) return l;
  // A few characters change length when lowercased ("İ"); keep those as written.
  let out = "";
  for (const ch of s) {
    const c = ch.toLowerCase();
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

function normaliseAlias(alias: string, lower: boolean): string {
  return normalise(alias.trim().replace(/\s+/g, " "), lower);
}

function bucketKey(s: string, i: number, len: number): string {
  return s.slice(i, i + len);
}

// Text tokens that are addresses, not prose: e-mail, URLs, bare domains.
const ADDRESS_TOKEN_RE = /@|:\/\/|^www\.|^[\w.-]+\.(?:com|io|dev|org|me|ai|co|design|app|net\/)/i;

function insideAddress(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && !/\s/.test(text[a - 1] ?? " ")) a--;
  let b = end;
  while (b < text.length && !/\s/.test(text[b] ?? " ")) b++;
  return ADDRESS_TOKEN_RE.test(text.slice(a, b));
}

const US_STATE_CODES = new Set(
  "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split(
    " ",
  ),
);

/** "Portland, OR" / "Erie, PA 16501": a state code after a city is never a skill. */
function isStateCode(text: string, start: number, end: number): boolean {
  if (end - start !== 2 || !US_STATE_CODES.has(text.slice(start, end))) return false;
  return /[\p{Lu}][\p{Ll}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*)*,\s*$/u.test(text.slice(Math.max(0, start - 40), start));
}

const LIST_BEFORE = new Set([",", ";", "|", "/", "(", "•", "·", ":", "▪", "+", "&", "*"]);
const LIST_AFTER = new Set([",", ";", "|", "/", ")", "•", "·", "▪", "+", "&"]);

/** Glyphs that open a bullet: at the start of a line they stand for the line start, whichever one a resume uses. */
const BULLET_GLYPHS = new Set(["-", "*", "•", "·", "▪", "◦", "●", "–", "—"]);

function charBefore(text: string, pos: number): string | null {
  let i = pos - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
  if (i < 0) return null;
  const c = text[i] ?? "";
  if (c === "\n" || c === "\r") return null;
  if (!BULLET_GLYPHS.has(c)) return c;
  let j = i - 1;
  while (j >= 0 && (text[j] === " " || text[j] === "\t")) j--;
  return j < 0 || text[j] === "\n" || text[j] === "\r" ? null : c;
}

function charAfter(text: string, pos: number): string | null {
  let i = pos;
  while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  if (i >= text.length) return null;
  const c = text[i] ?? "";
  return c === "\n" || c === "\r" ? null : c;
}

/** The line around a position, clipped to a window so very long lines stay linear. */
function lineBounds(text: string, pos: number): [number, number] {
  const window = 300;
  const from = Math.max(0, pos - window);
  const a = text.lastIndexOf("\n", pos - 1);
  const start = a >= from ? a + 1 : from;
  const b = text.indexOf("\n", pos);
  const end = b >= 0 && b <= pos + window ? b : Math.min(text.length, pos + window);
  return [start, end];
}

// Prose cues that introduce a tool or language: "written in Go", "using R", "in C.".
const CUE_BEFORE_RE = /\b(?:in|using|with)\s*$/i;
const AFTER_CUE_RE =
  /^ (?:services?|microservices?|controllers?|code(?:base)?|apis?|backends?|cli|tools?|tooling|librar(?:y|ies)|sdks?|programs?|modules?|scripts?|apps?|applications?|developers?|programming|servers?|workers?|packages?|binaries|stack|reports?|spreadsheets?|models?|macros?|dashboards?|workbooks?|formulas?)\b/i;
const WEAK_CUE_BEFORE_RE = /\b(?:and|or|&)\s*$/i;
// "dispense on Kroll", "records on Joblogic": the system a task is done on, at the end of a clause.
const ON_CUE_BEFORE_RE = /\b(?:on|via)\s+$/i;
const CLAUSE_END_RE = /^[ \t]*(?:[.,;:)!?]|and\b|or\b|\r?\n|$)/;

/** Matches starting inside [from, to), found by binary search over matches sorted by start. */
function matchesBetween(sorted: readonly SkillMatch[], from: number, to: number): SkillMatch[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.start ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  const out: SkillMatch[] = [];
  for (let i = lo; i < sorted.length && (sorted[i]?.start ?? to) < to; i++) out.push(sorted[i] as SkillMatch);
  return out;
}

/** How skills relate: the fields each belongs to, and whether two are kin (see `kinship`). */
interface Relations {
  fieldsOf: (id: string) => readonly Field[];
  kin: (a: string, b: string) => boolean;
  credential: (id: string) => boolean;
  /** Words of a skill's own forms and of its broader skills' forms ("sap" for SAP Controlling). */
  ownWords: (id: string) => ReadonlySet<string>;
}

function acceptAmbiguous(
  text: string,
  m: RawMatch,
  all: readonly SkillMatch[],
  options: MatchOptions | undefined,
  rel: Relations,
  profile: FieldProfile,
): boolean {
  if (options?.listContext?.(m.start)) return true;
  const { fieldsOf } = rel;
  const own = fieldsOf(m.id);
  const vouches = (o: SkillMatch) => !m.fieldBound || sharesField(fieldsOf(o.id), own);
  const before = charBefore(text, m.start);
  const after = charAfter(text, m.end);
  // Conjunctions join list items too: "SQL, Excel and Tableau".
  const listBefore = before === null || LIST_BEFORE.has(before) || /\b(?:and|or)\s*$/i.test(text.slice(Math.max(0, m.start - 5), m.start));
  const listAfter = after === null || LIST_AFTER.has(after) || /^\s*(?:and|or)\b/i.test(text.slice(m.end, m.end + 5));
  const [ls, le] = lineBounds(text, m.start);
  // Only a skill of the same field vouches for it: "PR descriptions" next to Go is not Public Relations.
  const neighbours = matchesBetween(all, ls, le).filter((o) => o !== m && !o.ambiguous && o.end <= le && vouches(o));
  // "Go, Python, Kubernetes" / "Python | R | SQL": a list with at least one clear skill.
  if (listBefore && listAfter && neighbours.length > 0) return true;
  // An acronym with a kin skill on its line, however the line is phrased: "S/4HANA projects as a FICO consultant".
  // Not a credential's: "an MLS certificate program" next to clinical laboratory science is a course, not the certification.
  if (/^[A-Z][A-Z0-9&/]+$/.test(m.text) && !rel.credential(m.id) && neighbours.some((o) => rel.kin(o.id, m.id))) return true;
  // "written in Go", "models in R and Python": a cue word plus a nearby clear skill or a clause end.
  const prefix = text.slice(Math.max(ls, m.start - 40), m.start);
  const near = neighbours.some((o) => Math.abs(o.start - m.start) < 50);
  // Prose cues only vouch for names written like names ("in Go", "in R"), not common words ("in production").
  const nameLike = /^[\p{Lu}\p{N}.#+]/u.test(m.text);
  if (nameLike && CUE_BEFORE_RE.test(prefix)) {
    const clauseEnd = after === null || CLAUSE_END_RE.test(text.slice(m.end, m.end + 6));
    if (near || (clauseEnd && (!m.fieldBound || profile.supports(own)))) return true;
  }
  // "prescriptions on Kroll.", "job sheets on Joblogic;": a system named at a clause end, in a document of its field.
  if (nameLike && ON_CUE_BEFORE_RE.test(prefix) && CLAUSE_END_RE.test(text.slice(m.end, m.end + 6)) && profile.names(own, 2)) return true;
  // "Relativity: saved searches and privilege review": a name labelling its line, a clear skill of its field after it.
  if (nameLike && m.start === ls && /^[ \t]*:/.test(text.slice(m.end, m.end + 3)) && neighbours.some((o) => o.start > m.end)) return true;
  // "Go services", "R scripts", "C code": a software noun right after, with a clear skill on the line.
  if (nameLike && near && AFTER_CUE_RE.test(text.slice(m.end, m.end + 20))) return true;
  // "Excel pivot tables": a name directly followed by a clear skill of its own field that builds on it.
  // The word before a skill of another field qualifies that skill instead: "Fluent German" is a
  // level of German, not ANSYS Fluent.
  const modifies = (o: SkillMatch) => o.start > m.end && /^[ \t]?$/.test(text.slice(m.end, o.start));
  if (nameLike && neighbours.some((o) => modifies(o) && sharesField(fieldsOf(o.id), own))) return true;
  // "Python and R", "models in Python or R": a conjunction only with a clear skill close by.
  if (WEAK_CUE_BEFORE_RE.test(prefix) && near) return true;
  // "GIT Maven Jenkins Docker": a list that lost its commas (scraped or pasted text) still reads as a
  // list when the name sits in a run of tool names with a clear skill of its own field.
  return nameLike && inNameRun(text, m, all, own, fieldsOf);
}

/**
 * Whether a name-like match is part of a run of names separated only by spaces that reaches a clear
 * skill of the same field, through other names of that field ("JUnit Maven Jenkins Messaging").
 */
function inNameRun(
  text: string,
  m: SkillMatch,
  all: readonly SkillMatch[],
  own: readonly Field[],
  fieldsOf: (id: string) => readonly Field[],
): boolean {
  const i = all.indexOf(m);
  const at = i >= 0 ? i : all.findIndex((o) => o.start === m.start && o.end === m.end);
  if (at < 0) return false;
  for (const step of [-1, 1]) {
    let cur = all[at] as SkillMatch;
    for (let j = at + step; j >= 0 && j < all.length; j += step) {
      const o = all[j] as SkillMatch;
      if (o.start === cur.start) continue;
      const gap = step < 0 ? text.slice(o.end, cur.start) : text.slice(cur.end, o.start);
      if (!/^[ \t]+$/.test(gap) || !sharesField(fieldsOf(o.id), own)) break;
      if (!o.ambiguous) return true;
      if (!/^[\p{Lu}\p{N}.#+]/u.test(o.text)) break;
      cur = o;
    }
  }
  return false;
}

interface Buckets {
  /** Patterns by the alias's first 3, 2 or 1 characters; aliases of 3+ characters live in the 3-character map. */
  b1: Map<string, Pattern[]>;
  b2: Map<string, Pattern[]>;
  b3: Map<string, Pattern[]>;
}

const allLists = (b: Buckets): Pattern[][] => [...b.b1.values(), ...b.b2.values(), ...b.b3.values()];

/** One pattern per distinct surface form of a skill. */
function patternsOf(skill: TaxonomySkill, commonWords: ReadonlySet<string>): Pattern[] {
  const ambiguousSet = new Set((skill.ambiguousAliases ?? []).map((a) => a.trim().toLowerCase()));
  const roles = new Set((skill.roleAliases ?? []).map((a) => normaliseAlias(a, true)));
  const seen = new Set<string>();
  const caseSensitive = skill.caseSensitive === true;
  const out: Pattern[] = [];
  for (const alias of [skill.name, ...skill.aliases, ...(skill.ambiguousAliases ?? [])]) {
    const key = normaliseAlias(alias, !caseSensitive);
    if (key.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const ambiguous = ambiguousSet.has(alias.trim().toLowerCase());
    // An ambiguous acronym ("OR", "SF", "TPS") only counts in capitals, whatever the skill's flag:
    // lowercase "or" is a conjunction.
    const acronym = ambiguous && /^[A-Z0-9&/.+#-]{1,5}$/.test(alias.trim()) && /[A-Z]/.test(alias);
    const exact = caseSensitive || acronym;
    out.push({
      id: skill.id,
      key: exact ? normaliseAlias(alias, false) : key,
      caseSensitive: exact,
      ambiguous,
      short: key.length <= 2 || /^[a-z]\W+$/i.test(key),
      endsAlnum: isAlnumCode(key.charCodeAt(key.length - 1)),
      implies: [],
      inflects: !caseSensitive && alias.trim() === alias.trim().toLowerCase() && /[a-z]{5,}$/.test(key),
      pluralNamesPeople: roles.has(normaliseAlias(alias, true)),
      ordinary: !ambiguous && isOrdinaryAlias(alias, exact),
      fieldBound: ambiguous && (acronym || isOrdinaryAlias(alias, exact)),
      alternatives: [],
      capsIsOther: ambiguous && !exact && /^[A-Z][a-z]{1,2}$/.test(alias.trim()),
      abbreviation: !ambiguous && isAbbreviationAlias(alias, skill.name),
      generic: !caseSensitive && isGenericPhrase(alias, commonWords),
    });
  }
  return out;
}

/** The words the taxonomy writes in lowercase, ordinary-language aliases ("data", "management", "tax"; not "oracle"). */
function ordinaryWords(skills: readonly TaxonomySkill[]): Set<string> {
  const out = new Set<string>();
  for (const skill of skills) {
    if (skill.caseSensitive) continue;
    for (const alias of [...skill.aliases, ...(skill.ambiguousAliases ?? [])]) {
      if (isOrdinaryAlias(alias, false)) for (const w of alias.trim().split(/[ '-]+/)) out.add(w);
    }
  }
  return out;
}

/** Every pattern in its bucket, longest first, with the other skills written the same way. */
function bucketPatterns(skills: readonly TaxonomySkill[]): Buckets {
  const b: Buckets = { b1: new Map(), b2: new Map(), b3: new Map() };
  const commonWords = ordinaryWords(skills);
  for (const skill of skills) {
    for (const pattern of patternsOf(skill, commonWords)) {
      const lowerKey = pattern.key.toLowerCase();
      const keyLen = Math.min(3, lowerKey.length);
      const target = keyLen === 3 ? b.b3 : keyLen === 2 ? b.b2 : b.b1;
      const bk = bucketKey(lowerKey, 0, keyLen);
      const list = target.get(bk);
      if (list) list.push(pattern);
      else target.set(bk, [pattern]);
    }
  }
  for (const list of allLists(b)) {
    list.sort((x, y) => y.key.length - x.key.length);
    // A form several skills share is resolved by context among all of them (see acceptAmbiguous).
    for (const p of list) {
      if (!p.ambiguous) continue;
      p.alternatives = list.filter(
        (o) => o !== p && o.ambiguous && o.key === p.key && o.caseSensitive === p.caseSensitive && o.id !== p.id,
      );
    }
  }
  return b;
}

/**
 * Broader skills spelled inside an alias: "aws" in "aws glue", "spark" in "pyspark". Only unambiguous,
 * case-insensitive aliases of 3+ characters, so "R" or "Go" never fire.
 */
function linkImplied(skills: readonly TaxonomySkill[], b: Buckets, skillsById: ReadonlyMap<string, TaxonomySkill>): void {
  const plainAliases = new Map<string, string[]>();
  for (const skill of skills) {
    if (skill.caseSensitive) continue;
    const amb = new Set((skill.ambiguousAliases ?? []).map((a) => a.trim().toLowerCase()));
    plainAliases.set(
      skill.id,
      [skill.name, ...skill.aliases].map((a) => normaliseAlias(a, true)).filter((a) => a.length >= 3 && !amb.has(a)),
    );
  }
  for (const list of allLists(b)) {
    for (const p of list) {
      const lowerKey = p.key.toLowerCase();
      for (const id of skillsById.get(p.id)?.broader ?? []) {
        const aliases = plainAliases.get(id) ?? [];
        if (aliases.some((a) => a.length < lowerKey.length && lowerKey.includes(a))) p.implies.push(id);
      }
    }
  }
}

/** The longest pattern of a bucket that matches at position i as a whole word, and where it ends. */
function tryBucket(
  list: Pattern[] | undefined,
  lower: string,
  cased: string,
  original: string,
  i: number,
): { p: Pattern; end: number } | null {
  if (!list) return null;
  for (const p of list) {
    const hay = p.caseSensitive ? cased : lower;
    if (!hay.startsWith(p.key, i)) continue;
    let j = i + p.key.length;
    if (p.inflects && j < hay.length && isAlnumCode(hay.charCodeAt(j))) {
      const suffix = /^(?:es|ed|s|d)(?![\p{L}\p{N}])/u.exec(hay.slice(j, j + 3));
      if (suffix?.[0].endsWith("s") && p.pluralNamesPeople) continue;
      if (suffix) j += suffix[0].length;
    }
    if (j < hay.length && p.endsAlnum) {
      if (isAlnumCode(hay.charCodeAt(j))) continue;
      const nc = hay[j];
      // "C" must not match "C++"/"C#"; "Node" must not match inside "Node.js".
      if (nc === "+" || nc === "#") continue;
      if (nc === "." && j + 1 < hay.length && isAlnumCode(hay.charCodeAt(j + 1))) continue;
    }
    if (p.short) {
      const prev = original[i - 1];
      const next = original[j];
      if (prev === "-" || prev === "'" || prev === "\u2019" || next === "-" || next === "'" || next === "\u2019") continue;
      // "C•CURE", "C·CURE": a dot written between letters joins them into one name.
      if (joinedByDot(original, i - 1, -1) || joinedByDot(original, j, 1)) continue;
    }
    return { p, end: j };
  }
  return null;
}

/** A middle dot or bullet at `at` with a letter or digit right beyond it (no space). */
function joinedByDot(text: string, at: number, step: 1 | -1): boolean {
  const c = text[at];
  return (c === "\u2022" || c === "\u00b7") && isAlnumCode(text.charCodeAt(at + step));
}

function rawMatch(text: string, p: Pattern, start: number, end: number): RawMatch {
  const { id, ambiguous, ordinary, fieldBound, alternatives, capsIsOther, abbreviation, generic } = p;
  const written = text.slice(start, end);
  return { id, start, end, text: written, ambiguous, ordinary, fieldBound, alternatives, capsIsOther, abbreviation, generic };
}

/** Every surface form found in the text, word start by word start, before any context is weighed. */
function scan(text: string, b: Buckets, includeImplied: boolean): RawMatch[] {
  const lower = normalise(text, true);
  const cased = normalise(text, false);
  const raw: RawMatch[] = [];
  let i = 0;
  const n = lower.length;
  while (i < n) {
    const c = lower.charCodeAt(i);
    const startable = isAlnumCode(c) || c === 46 /* . */ || c === 35; /* # */
    if (!startable || !(i === 0 || !isAlnumCode(lower.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    const three = bucketKey(lower, i, 3);
    const hit =
      (three.length === 3 ? tryBucket(b.b3.get(three), lower, cased, text, i) : null) ??
      tryBucket(b.b2.get(bucketKey(lower, i, 2)), lower, cased, text, i) ??
      tryBucket(b.b1.get(bucketKey(lower, i, 1)), lower, cased, text, i);
    if (
      hit &&
      !(c === 46 && i > 0 && isAlnumCode(lower.charCodeAt(i - 1))) &&
      !insideAddress(text, i, hit.end) &&
      !isStateCode(text, i, hit.end)
    ) {
      raw.push(rawMatch(text, hit.p, i, hit.end));
      if (includeImplied) {
        for (const id of hit.p.implies) raw.push({ ...rawMatch(text, hit.p, i, hit.end), id, implied: true, alternatives: [] });
      }
      i = hit.end;
      continue;
    }
    i++;
  }
  return raw;
}

const MODAL_BEFORE_RE = /\b(?:can|could|will|would|may|might)\s+$/i;

/** "models other people can audit": an ordinary one-word form after a modal is a verb, not a skill. */
function isVerbAfterModal(text: string, m: SkillMatch): boolean {
  return /^[a-z]+$/.test(m.text) && MODAL_BEFORE_RE.test(text.slice(Math.max(0, m.start - 12), m.start));
}

/**
 * An acronym the document defines as a name that is not this skill: OpenShift's "OCP" where the
 * posting wrote "Ontario College of Pharmacists (OCP)". The definition's own words, when they name
 * the skill ("Red Hat OpenShift Container Platform (OCP)"), keep it.
 */
function definedOtherwise(m: RawMatch, raw: readonly RawMatch[], definitions: readonly AcronymDefinition[]): boolean {
  const defs = definitions.filter((d) => d.acronym === m.text);
  if (defs.length === 0) return false;
  const ids = new Set([m.id, ...m.alternatives.map((p) => p.id)]);
  return !defs.some((d) => raw.some((o) => ids.has(o.id) && o.start >= d.start && o.end <= d.end));
}

/** Words of a skill's forms and its broader skills' forms, computed once per skill. */
function ownWordsOf(byId: ReadonlyMap<string, TaxonomySkill>): (id: string) => ReadonlySet<string> {
  const cache = new Map<string, Set<string>>();
  return (id) => {
    let words = cache.get(id);
    if (words) return words;
    words = new Set();
    const skill = byId.get(id);
    for (const s of [skill, ...(skill?.broader ?? []).map((o) => byId.get(o))]) {
      for (const form of s ? [s.name, ...s.aliases] : []) for (const w of form.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) words.add(w);
    }
    cache.set(id, words);
    return words;
  };
}

/**
 * Whether two skills are kin: the same, one broader than or related to the other, or siblings under a
 * broader skill. Kinship is closer than sharing a field ("CPT" next to EMDR is therapy, next to ICD-10 coding).
 */
function kinship(byId: ReadonlyMap<string, TaxonomySkill>): (a: string, b: string) => boolean {
  return (a, b) => {
    if (a === b) return true;
    const x = byId.get(a);
    const y = byId.get(b);
    if (!x || !y) return false;
    return (
      x.broader.includes(b) ||
      y.broader.includes(a) ||
      x.related.includes(b) ||
      y.related.includes(a) ||
      x.broader.some((id) => y.broader.includes(id))
    );
  };
}

/**
 * How closely the clear skills on a candidate owner's line relate to it: 2 when one is kin, 1 when one
 * shares its field, else 0 ("SAP or Oracle" is the ERP, "Oracle, Postgres" the database).
 */
function lineAffinity(text: string, c: RawMatch, raw: readonly RawMatch[], rel: Relations): number {
  const [ls, le] = lineBounds(text, c.start);
  const others = matchesBetween(raw, ls, le).filter((o) => o.start !== c.start && !o.ambiguous);
  if (others.some((o) => rel.kin(o.id, c.id))) return 2;
  const own = rel.fieldsOf(c.id);
  return others.some((o) => sharesField(rel.fieldsOf(o.id), own)) ? 1 : 0;
}

/** The candidate owner its line relates to most closely; the first on a tie. */
function bestFit(text: string, fits: readonly RawMatch[], raw: readonly RawMatch[], rel: Relations): RawMatch | undefined {
  let best: RawMatch | undefined;
  let bestScore = -1;
  for (const c of fits) {
    const score = lineAffinity(text, c, raw, rel);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/**
 * "BLS (AHA)": a mixed-case name ("Aha") written in capitals is an acronym of something else, unless its
 * whole line is in capitals (a shouted heading or a skills line typed in caps).
 */
function writtenAsOtherAcronym(text: string, m: RawMatch): boolean {
  if (!m.capsIsOther || !/^[A-Z]+$/.test(m.text)) return false;
  const [ls, le] = lineBounds(text, m.start);
  return /\p{Ll}/u.test(text.slice(ls, le));
}

/**
 * Other skills of its field a document must name before an abbreviation with no kin named counts: two, or
 * one making a quarter of its skills.
 */
const ABBREVIATION_FIELD_EVIDENCE = [2, 0.25] as const;

/** What a document names, for weighing one match against the rest. */
interface DocEvidence {
  profile: FieldProfile;
  /** Skills the document names by a clear form that is not an abbreviation. */
  named: ReadonlySet<string>;
  /** Every form found, before context is weighed. */
  spans: readonly RawMatch[];
}

/**
 * Whether another skill's name sits right beside the match, a space apart: a list that lost its commas
 * ("Computer Science Software Engineering", "Continuous Integration Continuous Deployment"), not a proper name.
 */
function nextToAnotherName(text: string, m: RawMatch, doc: DocEvidence): boolean {
  return doc.spans.some(
    (o) =>
      o !== m &&
      ((o.end < m.start && /^ $/.test(text.slice(o.end, m.start))) || (o.start > m.end && /^ $/.test(text.slice(m.end, o.start)))),
  );
}

/** Whether the document names the skill itself by another form, or a skill kin to it ("AWS" for "ECS"). */
function kinNamed(id: string, doc: DocEvidence, rel: Relations): boolean {
  for (const o of doc.named) if (rel.kin(o, id)) return true;
  return false;
}

/**
 * Whether the phrase or the document contradicts what the form alone would give: an abbreviation with
 * nothing kin to it named ("ECS card" on a building site, "CPP" deductions in payroll),
 * a generic phrase inside a longer proper name ("Resource Data Management", "the Income Tax Act"), or a
 * general form naming the employer's own hiring ("we are recruiting", "our Talent Acquisition team"), or
 * another team's function ("worked with the FICO team").
 */
function contradicted(text: string, m: RawMatch, doc: DocEvidence, rel: Relations, options: MatchOptions | undefined): boolean {
  // In a skills list an abbreviation is taken at face value, like an ambiguous name.
  if (m.abbreviation && !options?.listContext?.(m.start) && !kinNamed(m.id, doc, rel)) {
    // Short letters not written in capitals ("Pvt. Ltd.") are a word; capitals need a document of the skill's field.
    const asWord = m.text.length <= 4 && m.text !== m.text.toUpperCase();
    if (asWord || !doc.profile.supports(rel.fieldsOf(m.id), ...ABBREVIATION_FIELD_EVIDENCE)) return true;
  }
  if (m.generic && !nextToAnotherName(text, m, doc) && insideProperName(text, m.start, m.end, rel.ownWords(m.id))) return true;
  if (otherPeoplesFunction(text, m.start, m.end)) return true;
  return rel.fieldsOf(m.id).includes("general") && employerActivity(text, m.start, m.end);
}

/** Keeps the matches their context supports: ambiguous forms need evidence, ordinary words a document of their field. */
function weighContext(text: string, raw: RawMatch[], options: MatchOptions | undefined, rel: Relations): SkillMatch[] {
  const { fieldsOf } = rel;
  const clear = raw.filter((m) => !m.ambiguous);
  const profile = new FieldProfile(
    clear.map((m) => m.id),
    fieldsOf,
  );
  const doc: DocEvidence = { profile, named: new Set(clear.filter((m) => !m.abbreviation).map((m) => m.id)), spans: raw };
  const definitions = acronymDefinitions(text);
  const out: SkillMatch[] = [];
  for (const m of raw) {
    if (definedOtherwise(m, raw, definitions) || writtenAsOtherAcronym(text, m)) continue;
    let kept: RawMatch | undefined = m;
    if (m.ambiguous && inLowercaseCompound(text, m.start, m.end)) continue;
    if (m.ambiguous) {
      // An owner whose field the context supports ("CMA" next to CPA is the accountant); among several,
      // the one a neighbouring skill is kin to ("EMDR, TF-CBT or CPT" is the therapy, not the coding).
      const fits = [m, ...m.alternatives.map((p) => ({ ...m, id: p.id, fieldBound: p.fieldBound }))].filter((c) =>
        acceptAmbiguous(text, c, raw, options, rel, profile),
      );
      kept = fits.length > 1 ? bestFit(text, fits, raw, rel) : fits[0];
    } else if (m.ordinary && (!profile.supports(fieldsOf(m.id), options?.minFieldEvidence) || isVerbAfterModal(text, m))) {
      kept = undefined;
    }
    if (!kept || contradicted(text, kept, doc, rel, options)) continue;
    const { ordinary: _o, fieldBound: _f, alternatives: _a, capsIsOther: _c, abbreviation: _b, generic: _g, ...plain } = kept;
    out.push(plain);
  }
  return out;
}

export function compileSkillMatcher(skills: readonly TaxonomySkill[]): SkillMatcher {
  const skillsById = new Map<string, TaxonomySkill>(skills.map((s) => [s.id, s]));
  const buckets = bucketPatterns(skills);
  linkImplied(skills, buckets, skillsById);
  const patternCount = allLists(buckets).reduce((n, list) => n + list.length, 0);
  const fieldCache = new Map<string, readonly Field[]>();
  const fieldsOf = (id: string): readonly Field[] => {
    let f = fieldCache.get(id);
    if (!f) {
      const skill = skillsById.get(id);
      f = skill ? fieldsOfSkill(skill, skillsById) : ["general"];
      fieldCache.set(id, f);
    }
    return f;
  };
  const credential = (id: string) => skillsById.get(id)?.category === "credential";
  const rel: Relations = { fieldsOf, kin: kinship(skillsById), credential, ownWords: ownWordsOf(skillsById) };
  const match = (text: string, options?: MatchOptions): SkillMatch[] =>
    weighContext(text, scan(text, buckets, options?.includeImplied === true), options, rel);
  return { match, skillsById, patternCount };
}

let defaultMatcher: SkillMatcher | null = null;

/** The matcher over the bundled taxonomy, compiled on first use. */
export function getDefaultSkillMatcher(): SkillMatcher {
  if (!defaultMatcher) defaultMatcher = compileSkillMatcher(getTaxonomy().skills);
  return defaultMatcher;
}
