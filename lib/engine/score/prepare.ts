// Per-resume and per-job artefacts computed once, so that scoring one pair is a
// handful of map look-ups (re-ranking 10,000 stored resumes against a new job
// only needs `prepareJob` once plus the cheap pair step).
import { evidenceWeightForText } from "../extract/text-confidence";
import { DRIVING_LICENCE_PATTERN, MULTISTATE_RE, usStatesIn, verifiedAtOffer } from "../parse/credentials";
import { NUMBER_WORDS } from "../parse/number-words";
import type { TaxonomySkill } from "../skills/taxonomy-schema";
import type { Evidence, JobRequirements, ResumeProfile, SectionKind } from "../types";
import { buildJobTermProfile, firstTokenAt, type JobTermProfile, termFrequenciesOfTokens, vocabularyMass } from "../semantic/similarity";
import { type StemToken, stemTokens, termWeight } from "../semantic/tokenize";
import { occupationOf } from "../occupations/classify";
import { customSkillName, isCustomSkillId } from "./custom-skill-id";
import { occupationFamilies } from "./occupations";
import { expectedYearsForLevel, levelFromTitle, SENIORITY_LEVEL } from "./levels";
import { type CreditSource, creditSources, type SkillLookup, scopeOf } from "./skill-graph";
import { misreadAcronym } from "./acronyms";
import { type Jurisdiction, jurisdictionsIn } from "./jurisdictions";
import { titleOnlyIds, weighTitleSkills } from "./title-skills";
import { postingRefusesSponsorship, sponsorshipNeedStatement } from "./sponsorship";

// ---------------------------------------------------------------- resume side

export interface ResumeSkill {
  id: string;
  name: string;
  /** 0–1: how strongly the resume shows the skill (described use, recency, duration). */
  strength: number;
  inExperience: boolean;
  /** Only ever named in a skills list / summary, never tied to work or a project. */
  listedOnly: boolean;
  evidence: Evidence[];
  /** Indices of experience entries whose text mentions the skill. */
  roles: number[];
}

export interface PreparedRole {
  title: string | null;
  employer: string | null;
  titleTerms: Map<string, number>;
  /** Month index (year × 12 + month − 1) of the first and one past the last month, null when undated. */
  startMonth: number | null;
  endMonth: number | null;
  months: number;
  /** Internships and volunteer work count, but less than a regular job in the field. */
  kindFactor: number;
  /** An internship, apprenticeship, traineeship or student placement: learning the work, not yet qualified in it. */
  learner: boolean;
  skillIds: Set<string>;
  /** Skills the role's text mentions (every mention, not only the kept evidence) and those its title names. */
  mentions: Set<string>;
  titleSkills: Set<string>;
  tf: Map<string, number>;
  mass: number;
  titleLevel: number | null;
  lastYear: number | null;
  families: Set<string>;
  /** ISCO-08 unit group of the title (occupations lexicon), null when unknown. */
  occupation: string | null;
}

export interface PreparedResume {
  profile: ResumeProfile;
  /** Latest year the resume mentions in a dated role: the resume's own "now" for recency. */
  refYear: number | null;
  skills: Map<string, ResumeSkill>;
  roles: PreparedRole[];
  tf: Map<string, number>;
  /** Weighted vocabulary mass of `tf` (for the precision side of the semantic component). */
  mass: number;
  /** The term profile of the work the resume describes: without lists (skills sections, keyword lines) and list-only skills. */
  workTf: Map<string, number>;
  workMass: number;
  keywordStuffing: boolean;
  /** Lowercased text and the original, for credential look-ups. */
  text: string;
  /** Quantified outcomes (%, $, numbers with units) in experience text — used by feedback. */
  quantifiedBullets: number;
  /** The resume states the candidate needs visa sponsorship. */
  needsSponsorship: boolean;
  /** The resume's words stating that need, for the explanation; null when none. */
  sponsorshipStatement: string | null;
  /**
   * Years of experience estimated when no role is dated (from the parser's estimate, a stated total
   * such as "over eleven years", or the number of role headings); null when roles are dated.
   */
  estimatedYears: number | null;
  /** Every run of COPY_NGRAM words (lower-cased) with the text span it covers: matched against the posting. */
  shingles: Shingle[];
  /** Experience lines that only list skill names ("Go, Kubernetes, gRPC, Kafka, AWS"): not evidence of use. */
  keywordLines: Array<[number, number]>;
}

export interface Shingle {
  key: string;
  start: number;
  end: number;
}

/** Length of a word run that, shared with the posting, is text copied from it rather than written. */
export const COPY_NGRAM = 8;
const WORD_RE = /[\p{L}\p{N}+#]+/gu;

export function shinglesOf(text: string): Shingle[] {
  const words = [...text.toLowerCase().matchAll(WORD_RE)].map((m) => ({ w: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const out: Shingle[] = [];
  for (let i = 0; i + COPY_NGRAM <= words.length; i++) {
    const run = words.slice(i, i + COPY_NGRAM);
    out.push({ key: run.map((x) => x.w).join(" "), start: run[0]?.start ?? 0, end: run[COPY_NGRAM - 1]?.end ?? 0 });
  }
  return out;
}

const STATED_TOTAL_RE = new RegExp(
  `\\b(\\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")})\\+?\\s+(?:\\+\\s*)?(?:plus\\s+)?years?(?![\\w-]*\\s+old)\\b`,
  "gi",
);
/** Years one undated role stands for when nothing else says how long the career is (a typical tenure). */
const YEARS_PER_UNDATED_ROLE = 2;

/** "Over eleven years", "10+ years of experience": the largest career length the resume states. */
function statedTotalYears(text: string): number | null {
  let best: number | null = null;
  for (const m of text.matchAll(STATED_TOTAL_RE)) {
    const raw = (m[1] ?? "").toLowerCase();
    const n = NUMBER_WORDS[raw] ?? Number(raw);
    if (Number.isFinite(n) && n > 0 && n <= 45 && (best === null || n > best)) best = n;
  }
  return best;
}

/** Lines of the experience sections that read as role headings (not bullets, not sentences). */
function roleHeadingCount(profile: ResumeProfile, text: string): number {
  let n = 0;
  for (const s of profile.sections) {
    if (s.kind !== "experience") continue;
    const lines = text.slice(s.startOffset, s.endOffset).split("\n").slice(1);
    for (const l of lines) {
      const t = l.trim();
      if (t && !/^[-*•·▪◦●‣]/.test(t) && t.length <= 120 && !/[.!?]$/.test(t) && /[,—–|@]|\bat\b/.test(t)) n++;
    }
  }
  return n;
}

/** Career length when no role is dated: the parser's estimate, else a stated total, else role count. */
function estimateYears(profile: ResumeProfile, text: string, roles: readonly PreparedRole[]): number | null {
  if (roles.some((r) => r.startMonth !== null) || profile.totalYearsExperience > 0) return null;
  if (profile.estimatedYears !== undefined && profile.estimatedYears > 0) return profile.estimatedYears;
  const stated = statedTotalYears(text);
  if (stated !== null) return stated;
  const count = Math.max(roles.length, roleHeadingCount(profile, text));
  return count > 0 ? count * YEARS_PER_UNDATED_ROLE : null;
}

/** Items of a list line: at least this many, nearly all of a few words each. */
const LIST_MIN_ITEMS = 5;
const LIST_ITEM_MAX_WORDS = 4;
/** Where one sentence ends and the next begins on a line ("… Reno NV. CRRT, art lines, Epic and Cerner."). */
const SENTENCE_BREAK = /(?<=[\p{L}\p{N})][.!?])\s+(?=\p{Lu})/gu;

function isNameList(sentence: string): boolean {
  const body = sentence
    .replace(/^\s*[-*•·▪◦●‣]\s*/, "")
    .replace(/^[^:]{0,30}:\s*/, "")
    .replace(/\([^)]*\)/g, " ");
  const items = body
    .split(/\s*(?:[,;/|·•]|\band\b)\s*/)
    .map((x) => x.trim())
    .filter(Boolean);
  const short = items.filter((x) => x.split(/\s+/).length <= LIST_ITEM_MAX_WORDS).length;
  return items.length >= LIST_MIN_ITEMS && short >= 0.75 * items.length;
}

/** A short list ("Payroll, Excel, Tax, C++"): at least this many items, each a skill name the taxonomy read. */
const SHORT_LIST_MIN_ITEMS = 2;
/** Share of a short list's letters that skill names must cover: no verb, no outcome, nothing but the names. */
const SHORT_LIST_COVERED = 0.8;
/** A list of names the taxonomy partly does not know: this many items, and this share of them holding a skill name. */
const NAMED_LIST_MIN_ITEMS = 3;
const NAMED_ITEMS_SHARE = 2 / 3;
/** A line repeated verbatim this often is read as a keyword line, whatever it says. */
const REPEATED_LINE_MIN = 3;
/**
 * A line naming a skill repeated this often flags stuffing. Three is common in honest resumes (one title
 * at three employers, a title in the header and in a registrations table), five is not.
 */
const REPEATED_STUFFING_MIN = 5;
/** Sections where a list of names is what is expected (their items are weighed as listed already). */
const LIST_SECTIONS = new Set<SectionKind>(["header", "skills", "certifications", "languages", "education", "interests", "references"]);

/**
 * Whether a sentence is nothing but a few names: every item short, and either nearly all its letters
 * inside skill evidence or, from three items on, two items in three holding a skill name ("Regulatory
 * Compliance, Negotiation, machinery of government": names the taxonomy does not know sit among them).
 */
function isShortNameList(sentence: string, at: number, covered: ReadonlyArray<[number, number]>): boolean {
  if (!/[,;/|·•]/.test(sentence)) return false;
  const items: Array<[number, number]> = [];
  for (const m of sentence.matchAll(/[^,;/|·•]+/g)) {
    const item = m[0].replace(/^\s*[-*•·▪◦●‣]\s*/, "").replace(/\([^)]*\)/g, " ");
    if (/\p{L}/u.test(item)) items.push([at + m.index, at + m.index + m[0].length]);
    if (item.trim().split(/\s+/).length > LIST_ITEM_MAX_WORDS) return false;
  }
  if (items.length < SHORT_LIST_MIN_ITEMS) return false;
  if (namedShare(sentence, at, covered) >= SHORT_LIST_COVERED) return true;
  const named = items.filter(([a, b]) => covered.some(([s, e]) => s < b && a < e)).length;
  return items.length >= NAMED_LIST_MIN_ITEMS && named >= NAMED_ITEMS_SHARE * items.length;
}

/** A measured outcome ("60fps with 20k features", "cut costs 12%", "$2M"): work described, never a list of names. */
const OUTCOME = /\d+(?:\.\d+)?\s?%|[$€£]\s?\d|\b\d+(?:\.\d+)?\s?(?:k|m|x|fps|million|billion)\b/i;

/** Share of a sentence's letters that lie inside skill evidence. */
function namedShare(sentence: string, at: number, covered: ReadonlyArray<[number, number]>): number {
  let letters = 0;
  let inside = 0;
  for (let i = 0; i < sentence.length; i++) {
    if (!/\p{L}/u.test(sentence[i] ?? "")) continue;
    letters++;
    if (covered.some(([a, b]) => at + i >= a && at + i < b)) inside++;
  }
  return letters === 0 ? 0 : inside / letters;
}

/**
 * A long list's share of letters in skill names: "Go, Kubernetes, PostgreSQL, gRPC, Kafka" is nearly all
 * names; "SIT, UAT, cutover and go-live (April 2025), then support through hypercare" is work described
 * in short phrases.
 */
const LIST_COVERED = 0.5;

/** Lines written verbatim three times or more ("Payroll Tax Excel" twenty times), the copies of each line together. */
function repeatedLines(text: string): Array<Array<[number, number]>> {
  const byLine = new Map<string, Array<[number, number]>>();
  let at = 0;
  for (const line of text.split("\n")) {
    const key = line.replace(/\s+/g, " ").trim().toLowerCase();
    if (key.split(" ").length >= 2) byLine.set(key, [...(byLine.get(key) ?? []), [at, at + line.length]]);
    at += line.length + 1;
  }
  return [...byLine.values()].filter((spans) => spans.length >= REPEATED_LINE_MIN);
}

/**
 * Spans of text that are lists of names rather than described work: in experience entries, sentences
 * that list five names or more ("Go, Kubernetes, PostgreSQL, gRPC, Kafka"); outside the sections made
 * for lists (skills, certifications, the header), a sentence of even two skill names and nothing else
 * (a keyword bullet); anywhere, a line repeated verbatim. A skill or credential named only there is
 * listed, not shown in use or stated as held. Read sentence by sentence, so a list of places does not
 * turn the described work after it into a list.
 */
function keywordLinesOf(
  profile: ResumeProfile,
  text: string,
  repeated: ReadonlyArray<[number, number]>,
  covered: ReadonlyArray<[number, number]>,
): Array<[number, number]> {
  const out: Array<[number, number]> = [...repeated];
  const inEntry = (offset: number) => profile.experience.some((e) => offset >= e.startOffset && offset < e.endOffset);
  const listSection = (offset: number) =>
    profile.sections.some((s) => offset >= s.startOffset && offset < s.endOffset && LIST_SECTIONS.has(s.kind));
  for (const [at, line] of wrappedLines(text)) {
    let from = 0;
    for (const cut of [...line.matchAll(SENTENCE_BREAK)].map((m) => m.index ?? 0).concat(line.length)) {
      const sentence = line.slice(from, cut);
      const entry = inEntry(at + from);
      // A short list only as a line of its own (a keyword bullet), not the tools named after described work on its line.
      const whole = from === 0 && cut === line.length;
      if (
        !OUTCOME.test(sentence) &&
        ((entry && isNameList(sentence) && namedShare(sentence, at + from, covered) >= LIST_COVERED) ||
          (whole && (entry || !listSection(at)) && isShortNameList(sentence, at, covered)))
      )
        out.push([at + from, at + cut]);
      from = cut;
    }
  }
  return out;
}

/**
 * A line that carries on the one before it: it starts in lower case after one that stops mid-sentence,
 * or the one before ends on a comma, a hyphen or a word that cannot end a sentence ("… and").
 */
function continuesLine(previous: string, line: string): boolean {
  if (!/^\p{L}/u.test(line)) return false;
  if (/(?:[,-]|\b(?:and|or|of|with|to|for|in|on|the|a|an|&))$/iu.test(previous)) return true;
  return /^\p{Ll}/u.test(line) && /[\p{L}\d]$/u.test(previous);
}

/**
 * The text's lines with a wrapped line joined to the one it continues (a line in lower case after one
 * that stops mid-sentence, as a PDF breaks a long bullet): [offset, line], the break read as a space.
 */
function wrappedLines(text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  let at = 0;
  for (const line of text.split("\n")) {
    const last = out[out.length - 1];
    if (last && continuesLine(last[1], line)) last[1] += ` ${line}`;
    else out.push([at, line]);
    at += line.length + 1;
  }
  return out;
}

/** Fewest evidence spans the parser keeps for a skill named often (it keeps at most five, three from one section). */
const MAX_KEPT_EVIDENCE = 3;
const inSpans = (spans: ReadonlyArray<[number, number]>, offset: number) => spans.some(([a, b]) => offset >= a && offset < b);

/** How much the words of each section count in the semantic component. */
const SECTION_WEIGHT: Record<SectionKind, number> = {
  header: 0.8,
  summary: 0.8,
  experience: 1,
  education: 0.5,
  skills: 0.35,
  projects: 0.6,
  certifications: 0.6,
  languages: 0.2,
  awards: 0.5,
  publications: 0.5,
  volunteering: 0.5,
  interests: 0.2,
  references: 0.1,
  other: 0.6,
};

/**
 * Strength of a skill that appears only in lists. Deliberately not lowered
 * further for keyword-stuffed resumes: a switch that flips when one more skill
 * is listed would let adding a must-have LOWER the score. A stuffed list is held
 * down instead by what it lacks (relevant roles, years, on-topic vocabulary) and
 * is flagged in the findings.
 */
const LISTED_ONLY_STRENGTH = 0.45;
const PROJECT_ONLY_STRENGTH = 0.6;
/**
 * A license or certificate listed under a certifications/licenses heading: that
 * listing is the evidence a recruiter looks for (nobody writes "used my ACLS" in a
 * bullet), so it is not discounted like a bare skills-list entry.
 */
const CREDENTIAL_LISTED_STRENGTH = 1;

function monthIndex(ym: string | null): number | null {
  if (!ym) return null;
  const y = Number(ym.slice(0, 4));
  const m = Number(ym.slice(5, 7));
  if (!Number.isFinite(y) || !Number.isFinite(m)) return null;
  return y * 12 + (m - 1);
}

const TITLE_NORMALISE: ReadonlyArray<[RegExp, string]> = [
  [/\bfront[\s-]+end\b/gi, "frontend"],
  [/\bback[\s-]+end\b/gi, "backend"],
  [/\bfull[\s-]+stack\b/gi, "fullstack"],
  [/\bmachine learning\b/gi, "ml"],
  [/\bartificial intelligence\b/gi, "ai"],
  [/\bdev[\s-]?ops\b/gi, "devops"],
];

// Role nouns shared by every field ("Data Engineer" vs "Frontend Engineer"):
// they say little about which field a title belongs to.
const TITLE_GENERIC = new Set(
  [
    "engineer",
    "developer",
    "manager",
    "analyst",
    "specialist",
    "associate",
    "consultant",
    "lead",
    "senior",
    "sr",
    "junior",
    "jr",
    "staff",
    "principal",
    "head",
    "director",
    "officer",
    "coordinator",
    "assistant",
    "intern",
    "representative",
    "professional",
    "expert",
    "ii",
    "iii",
    "level",
    "mid",
  ].map((w) => stemTokens(w)[0]?.term ?? w),
);

/** Weighted title terms: field words 1, generic role nouns 0.3, the rest by the fixed vocabulary. */
export function titleTerms(title: string | null | undefined): Map<string, number> {
  const out = new Map<string, number>();
  if (!title) return out;
  let t = title;
  for (const [re, rep] of TITLE_NORMALISE) t = t.replace(re, rep);
  for (const { term } of stemTokens(t)) {
    const w = TITLE_GENERIC.has(term) ? 0.3 : termWeight(term);
    if (w > 0) out.set(term, Math.max(out.get(term) ?? 0, w));
  }
  return out;
}

/** Personal details: the candidate's name, e-mail and phone, people named, referees. Never the job's vocabulary. */
const PERSONAL_SPANS = new Set(["contact", "person", "references"]);

/** The resume's weighted term profile: its words by section weight, plus a term per skill it shows. */
/**
 * Term frequencies where the words of keyword lines (a bullet of names, a line repeated twenty times)
 * count as one mention in a skills list, however often they are repeated: repetition saturates.
 */
function listedOnce(
  text: string,
  tokens: readonly StemToken[],
  weightAt: (offset: number) => number,
  keywordLines: ReadonlyArray<[number, number]>,
): Map<string, number> {
  const tf = termFrequenciesOfTokens(text, tokens, 0, tokens.length, (o) => (inSpans(keywordLines, o) ? 0 : weightAt(o)));
  if (keywordLines.length === 0) return tf;
  const listed = termFrequenciesOfTokens(text, tokens, 0, tokens.length, (o) => (inSpans(keywordLines, o) ? 1 : 0));
  for (const [term, f] of listed) if (f > 0) tf.set(term, (tf.get(term) ?? 0) + Math.min(f, SECTION_WEIGHT.skills));
  return tf;
}

/** Section weights of the described work alone: what lists name (skills, credentials, languages, interests) does not count. */
const WORK_SECTION_WEIGHT: Record<SectionKind, number> = { ...SECTION_WEIGHT, skills: 0, certifications: 0, languages: 0, interests: 0 };

/**
 * The resume's weighted term profile. With `work`, only the described work: no list sections, no
 * keyword lines and no skill named only in lists, so what the lists add can be bounded by it.
 */
function resumeTerms(
  profile: ResumeProfile,
  text: string,
  allTokens: readonly StemToken[],
  skills: Iterable<ResumeSkill>,
  keywordLines: ReadonlyArray<[number, number]>,
  work = false,
): Map<string, number> {
  // A name's words are not the work: without them, swapping a name cannot move the score.
  // Where the candidate lives stays: a posting names its city, and a local candidate shares that word.
  const places = (profile.nonEvidence ?? []).filter((s) => s.kind === "location");
  const personal = (profile.nonEvidence ?? []).filter(
    (s) => PERSONAL_SPANS.has(s.kind) && !places.some((p) => p.start < s.end && s.start < p.end),
  );
  const tokens =
    personal.length === 0 ? allTokens : allTokens.filter((t) => !personal.some((s) => t.offset >= s.start && t.offset < s.end));
  if (work) {
    const weightAt = sectionWeightAt(profile, WORK_SECTION_WEIGHT);
    const tf = termFrequenciesOfTokens(text, tokens, 0, tokens.length, (o) => (inSpans(keywordLines, o) ? 0 : weightAt(o)));
    for (const s of skills) if (!s.listedOnly) tf.set(`skill:${s.id}`, (tf.get(`skill:${s.id}`) ?? 0) + 2 * s.strength);
    return tf;
  }
  const tf = listedOnce(text, tokens, sectionWeightAt(profile, SECTION_WEIGHT), keywordLines);
  for (const s of skills) tf.set(`skill:${s.id}`, (tf.get(`skill:${s.id}`) ?? 0) + 2 * s.strength);
  return tf;
}

/**
 * A skill the resume only lists, shown in use only inside copied posting text (a pasted "Responsibilities"
 * list under the last role): read as listed, as it was before the paste.
 */
function withoutCopiedUse(skill: ResumeSkill, inCopy: (offset: number) => boolean): ResumeSkill {
  if (!skill.inExperience || !skill.evidence.some((e) => inCopy(e.offset))) return skill;
  if (skill.evidence.some((e) => !inCopy(e.offset) && e.section === "experience")) return skill;
  return { ...skill, inExperience: false, listedOnly: true, strength: Math.min(skill.strength, LISTED_ONLY_STRENGTH) };
}

/**
 * The term profile without the text copied from the posting and the skills shown only there: a pasted
 * posting must not make the wording look like the job's.
 */
export function termsWithout(
  resume: PreparedResume,
  spans: ReadonlyArray<readonly [number, number]>,
  excludedSkills: ReadonlySet<string>,
): { tf: Map<string, number>; mass: number; workTf: Map<string, number>; workMass: number } {
  const inCopy = (offset: number) => spans.some(([a, b]) => offset >= a && offset < b);
  const tokens = stemTokens(resume.text).filter((t) => !inCopy(t.offset));
  const skills = [...resume.skills.values()].filter((s) => !excludedSkills.has(s.id)).map((s) => withoutCopiedUse(s, inCopy));
  const tf = resumeTerms(resume.profile, resume.text, tokens, skills, resume.keywordLines);
  const workTf = resumeTerms(resume.profile, resume.text, tokens, skills, resume.keywordLines, true);
  return { tf, mass: vocabularyMass(tf), workTf, workMass: vocabularyMass(workTf) };
}

function sectionWeightAt(profile: ResumeProfile, table: Record<SectionKind, number>): (offset: number) => number {
  const sections = [...profile.sections].sort((a, b) => a.startOffset - b.startOffset);
  const slow = (offset: number) => {
    let kind: SectionKind = "header";
    for (const s of sections) {
      if (s.startOffset <= offset) kind = s.kind;
      else break;
    }
    // Experience-entry text is "experience" even when the parser put it under another heading.
    for (const e of profile.experience) if (offset >= e.startOffset && offset < e.endOffset) kind = "experience";
    return table[kind];
  };
  // The weight only changes at section and entry boundaries: evaluate it there once, then binary-search.
  const cuts = [
    ...new Set([0, ...sections.map((s) => s.startOffset), ...profile.experience.flatMap((e) => [e.startOffset, e.endOffset])]),
  ].sort((a, b) => a - b);
  const weights = cuts.map(slow);
  return (offset: number) => {
    let lo = 0;
    let hi = cuts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((cuts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return weights[lo] ?? 1;
  };
}

/** Letters of the text inside some skill's evidence. */
function skillSpans(profile: ResumeProfile): Array<[number, number]> {
  return profile.skills.flatMap((sk) => sk.evidence.map((ev): [number, number] => [ev.offset, ev.offset + (ev.length ?? sk.name.length)]));
}

/**
 * A resume is treated as keyword-stuffed when it names many skills but the work
 * it describes backs few of them (read from where each skill is shown, not from
 * section headings a resume may not have), or when it repeats a line naming a skill
 * verbatim (written for a keyword counter, not a reader). Flagged, and the score is capped.
 */
function detectStuffing(
  profile: ResumeProfile,
  skills: ReadonlyMap<string, ResumeSkill>,
  repeated: ReadonlyArray<[number, number]>,
  covered: ReadonlyArray<[number, number]>,
  stuffed: ReadonlyArray<[number, number]>,
): boolean {
  if (stuffed.some(([a, b]) => covered.some(([s]) => s >= a && s < b))) return true;
  if (skills.size < 10) return false;
  // A tool line under a role ("React, Next.js, Playwright") ties its names to that job: listed, not named beyond the work.
  const inRole = (offset: number) =>
    !inSpans(repeated, offset) && profile.experience.some((e) => offset >= e.startOffset && offset < e.endOffset);
  let backed = 0;
  for (const s of skills.values()) if (!s.listedOnly || s.evidence.some((ev) => inRole(ev.offset))) backed++;
  return backed / skills.size < 0.3;
}

const QUANTIFIED = /(\d+(\.\d+)?\s?%|[$€£]\s?\d|\b\d+(\.\d+)?\s?(k|m|x|million|billion)\b|\b\d{2,}\b)/i;

/** One experience entry as the scorer reads it: its months, title vocabulary and occupation. */
function prepareRole(
  e: ResumeProfile["experience"][number],
  resumeText: string,
  tokens: readonly StemToken[],
  keywordLines: ReadonlyArray<[number, number]>,
): PreparedRole {
  const startMonth = monthIndex(e.start);
  const endRaw = monthIndex(e.end);
  const endMonth = startMonth !== null ? Math.max(startMonth + 1, endRaw ?? startMonth + Math.round(e.months)) : null;
  // A keyword bullet in the role names the work without describing it: it says nothing of what the role was.
  const roleTf = termFrequenciesOfTokens(
    resumeText,
    tokens,
    firstTokenAt(tokens, e.startOffset),
    firstTokenAt(tokens, Math.max(e.startOffset, e.endOffset)),
    (o) => (inSpans(keywordLines, o) ? 0 : 1),
  );
  const kindFactor = e.kind === "internship" ? 0.6 : e.kind === "volunteer" ? 0.5 : e.kind === "part_time" ? 0.7 : 1;
  return {
    title: e.title,
    employer: e.employer,
    titleTerms: titleTerms(e.title),
    startMonth,
    endMonth,
    months: e.months,
    kindFactor,
    learner: e.kind === "internship",
    skillIds: new Set<string>(),
    mentions: new Set<string>(e.skills ?? []),
    titleSkills: new Set<string>(e.titleSkills ?? []),
    tf: roleTf,
    mass: vocabularyMass(roleTf),
    titleLevel: levelFromTitle(e.title),
    families: occupationFamilies(e.title),
    occupation: occupationOf(e.title),
    lastYear: e.end ? Number(e.end.slice(0, 4)) : e.start ? Number(e.start.slice(0, 4)) : null,
  };
}

/** Profiles parsed before roles listed their skills: the kept evidence is what is known of each role's mentions. */
function backfillRoleSkills(
  profile: ResumeProfile,
  resumeText: string,
  roles: readonly PreparedRole[],
  s: ResumeProfile["skills"][number],
  roleIdx: readonly number[],
): void {
  profile.experience.forEach((e, i) => {
    const role = roles[i];
    if (!role) return;
    if (e.skills === undefined && roleIdx.includes(i)) role.mentions.add(s.id);
    if (e.titleSkills === undefined && e.title) {
      const at = resumeText.slice(e.startOffset, e.endOffset).indexOf(e.title);
      const from = e.startOffset + at;
      if (at >= 0 && s.evidence.some((ev) => ev.offset >= from && ev.offset < from + (e.title?.length ?? 0))) role.titleSkills.add(s.id);
    }
  });
}

/** Strength of a skill shown in work: full when recent and sustained, lower when stale or brief. */
function usedStrength(s: ResumeProfile["skills"][number], refYear: number | null): number {
  // Recency: full within two years of the resume's latest role, 0.6 at ten years or more.
  const gap = refYear !== null && s.lastUsedYear !== null ? Math.max(0, refYear - s.lastUsedYear) : 0;
  const recency = gap <= 2 ? 1 : Math.max(0.6, 1 - (0.4 * (gap - 2)) / 8);
  // Depth: under a year of use is slightly weaker than sustained use.
  const depth = s.years === null ? 0.9 : Math.min(1, 0.85 + 0.1 * s.years);
  return recency * depth;
}

/**
 * Whether a role's text uses a skill the parser lists among the role's mentions although none of the
 * few evidence spans it keeps per skill lies in the role: the words of a kept span appear in the role
 * outside its list lines. Without this, which roles show a skill would depend on where else the resume
 * names it first (a skills section moved to the top uses up the kept spans).
 */
function usedUnkept(
  resumeText: string,
  e: ResumeProfile["experience"][number],
  s: ResumeProfile["skills"][number],
  used: readonly Evidence[],
  keywordLines: ReadonlyArray<[number, number]>,
): boolean {
  if (!e.skills?.includes(s.id) || s.evidence.length < MAX_KEPT_EVIDENCE) return false;
  const body = resumeText.slice(e.startOffset, e.endOffset).toLowerCase();
  const forms = new Set(used.map((ev) => resumeText.slice(ev.offset, ev.offset + (ev.length ?? 0)).toLowerCase()));
  for (const form of forms) {
    if (form.length < 2) continue;
    for (let at = body.indexOf(form); at >= 0; at = body.indexOf(form, at + 1)) {
      if (!inSpans(keywordLines, e.startOffset + at)) return true;
    }
  }
  return false;
}

/** Each skill once, at its strongest showing, tied to the roles whose described work uses it. */
function prepareSkills(
  profile: ResumeProfile,
  resumeText: string,
  roles: readonly PreparedRole[],
  keywordLines: ReadonlyArray<[number, number]>,
  refYear: number | null,
): Map<string, ResumeSkill> {
  const skills = new Map<string, ResumeSkill>();
  for (const s of profile.skills) {
    const roleIdx: number[] = [];
    const used = s.evidence.filter((ev) => !inSpans(keywordLines, ev.offset));
    profile.experience.forEach((e, i) => {
      if (used.some((ev) => ev.offset >= e.startOffset && ev.offset < e.endOffset) || usedUnkept(resumeText, e, s, used, keywordLines))
        roleIdx.push(i);
    });
    // Named in experience only on list lines: listed, not shown in use.
    const onlyListed = s.evidence.some((ev) => inSpans(keywordLines, ev.offset)) && roleIdx.length === 0;
    for (const i of roleIdx) roles[i]?.skillIds.add(s.id);
    backfillRoleSkills(profile, resumeText, roles, s, roleIdx);
    // No role could be read (an undated resume): a mention under an experience heading is still work shown.
    const undatedUse = roles.length === 0 && used.some((ev) => ev.section === "experience");
    const inExperience = (s.inExperience && !onlyListed) || roleIdx.length > 0 || undatedUse;
    const inProjects = s.sections.some((k) => k === "projects" || k === "publications" || k === "volunteering");
    const credentialListed = s.category === "credential" && s.sections.includes("certifications");
    const listedOnly = !inExperience && !inProjects && !credentialListed;
    const baseStrength = inExperience
      ? usedStrength(s, refYear)
      : credentialListed
        ? CREDENTIAL_LISTED_STRENGTH
        : inProjects
          ? PROJECT_ONLY_STRENGTH
          : LISTED_ONLY_STRENGTH;
    // Evidence in text read by OCR with low confidence counts less.
    const strength = baseStrength * evidenceWeightForText(profile.ocr);
    const prev = skills.get(s.id);
    if (!prev || prev.strength < strength) {
      skills.set(s.id, { id: s.id, name: s.name, strength, inExperience, listedOnly, evidence: s.evidence, roles: roleIdx });
    }
  }
  return skills;
}

function quantifiedBulletsOf(profile: ResumeProfile, resumeText: string): number {
  let n = 0;
  for (const e of profile.experience) {
    const body = resumeText.slice(e.startOffset, e.endOffset);
    for (const line of body.split("\n")) if (QUANTIFIED.test(line)) n++;
  }
  return n;
}

export function prepareResume(profile: ResumeProfile, resumeText: string): PreparedResume {
  const repeats = repeatedLines(resumeText);
  const repeated = repeats.flat();
  const covered = skillSpans(profile);
  const keywordLines = keywordLinesOf(profile, resumeText, repeated, covered);
  const tokens = stemTokens(resumeText);
  const roles = profile.experience.map((e) => prepareRole(e, resumeText, tokens, keywordLines));
  let refYear: number | null = null;
  for (const r of roles) if (r.lastYear !== null && (refYear === null || r.lastYear > refYear)) refYear = r.lastYear;
  const skills = prepareSkills(profile, resumeText, roles, keywordLines, refYear);
  const tf = resumeTerms(profile, resumeText, tokens, skills.values(), keywordLines);
  const workTf = resumeTerms(profile, resumeText, tokens, skills.values(), keywordLines, true);
  const sponsorshipStatement = sponsorshipNeedStatement(resumeText);
  return {
    profile,
    refYear,
    skills,
    roles,
    tf,
    mass: vocabularyMass(tf),
    workTf,
    workMass: vocabularyMass(workTf),
    keywordStuffing: detectStuffing(
      profile,
      skills,
      repeated,
      covered,
      repeats.filter((copies) => copies.length >= REPEATED_STUFFING_MIN).flat(),
    ),
    text: resumeText,
    quantifiedBullets: quantifiedBulletsOf(profile, resumeText),
    needsSponsorship: sponsorshipStatement !== null,
    sponsorshipStatement,
    shingles: shinglesOf(resumeText),
    keywordLines,
    estimatedYears: estimateYears(profile, resumeText, roles),
  };
}

// ------------------------------------------------------------------- job side

export interface SkillRequirement {
  /** Alternatives: any one of them satisfies the requirement ("Python or Go"). */
  ids: string[];
  name: string;
  /** Credential (license/certification) skills are knockouts when a must-have is missing. */
  credential: boolean;
  sources: CreditSource[];
  /** Importance within its list (title skills and the job's core field count more). */
  weight: number;
  /** Named in the job title. */
  inTitle: boolean;
  category: string;
  /** Read only from the duties: counts toward fit, but a resume without it is not "missing" anything asked for. */
  context?: boolean;
  /** Named only by the job title (title-skills.ts): in the must-have coverage, never a knockout or a missing must-have. */
  fromTitle?: boolean;
  /** A phrase the job reader read from the posting (`customSkillsRead`): matched by word stems, weighed less. */
  readFromPosting?: boolean;
}

export interface CredentialRequirement {
  id: string | null;
  name: string;
  required: boolean;
  /**
   * A license to practise (RN, CPA, bar admission…), as opposed to a training
   * certificate (BLS, a cloud certification): only a missing required LICENSE is
   * a knockout; a missing required certificate lowers the certifications score.
   */
  license: boolean;
  /** Word-bounded patterns for the credential's name and aliases. */
  patterns: RegExp[];
  /** US states the JD requires the license from ("RN license in Wisconsin"), lower-case; empty when any. */
  states: string[];
  /**
   * Where the registration must hold, read from the regulator or place the posting names with it
   * ("registration with the Alberta College of Occupational Therapists (ACOT)"); empty when any, or
   * when the US states above say it.
   */
  jurisdictions?: Jurisdiction[];
  /** Credentials sharing this number are alternatives: any one held meets them all ("CPA or CMA"). */
  anyOf: number | null;
  /** The posting accepts it applied for or in progress ("hold QTS or have applied for it"): pending counts as held. */
  pendingAccepted: boolean;
  /**
   * Names of the body a registration is with ("MSCNZ", "Medical Sciences Council of New Zealand"):
   * a resume naming the body with a registration cue ("Registered …(MSCNZ)", "registered with …") names it.
   */
  bodies?: RegExp[];
}

/** One group of a scoped years requirement ("Python or Go"): what makes a role count toward it. */
export interface ScopeGroup {
  ids: string[];
  name: string;
  /** The skills and those narrower than them (general ledger work is accounting work). */
  closure: Set<string>;
  /** Competing specialties (telemetry/step-down for critical care): a role titled by one is not about the scope. */
  competitors: Set<string>;
  /** Title terms of each skill's name ("Accounting" → account), for titles that name the field ("Senior Accountant"). */
  nameTerms: string[][];
}

export interface PreparedJob {
  requirements: JobRequirements;
  must: SkillRequirement[];
  nice: SkillRequirement[];
  terms: JobTermProfile;
  titleTerms: Map<string, number>;
  titleWeight: number;
  families: Set<string>;
  /** ISCO-08 unit group of the job title, null when unknown. */
  occupation: string | null;
  level: number;
  /** Minimum years the JD states, or null. */
  statedMinYears: number | null;
  /** The JD says it cannot sponsor work visas. */
  noSponsorship: boolean;
  /** The JD counts only experience after qualifying ("3 years' post-trade", "PQE"): apprenticeships and placements add no years. */
  postQualification: boolean;
  /** Minimum used for the experience curve: stated, else typical for the level. */
  expectedYears: number;
  /** Years requirements tied to skills ("2 years in an ICU"): each group with what counts as being about it. */
  scopedYears: { minYears: number; groups: ScopeGroup[]; text: string }[];
  credentials: CredentialRequirement[];
  /** Word runs of the posting (see COPY_NGRAM), to recognise text a resume copied from it. */
  shingles: Set<string>;
}

/**
 * Years asked for after qualifying: "post-trade", "post-qualification", "post-registration",
 * "post-licensure", "post-qualified", "PQE" (post-qualification experience).
 */
const POST_QUALIFICATION_RE =
  /\bpost[- ]?(?:trade|qualification|qualified|qualifying|registration|licensure|certification|apprenticeship)\b|\bPQE\b/i;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Words around a credential's name in a JD ("active, unencumbered RN license required")
// that a resume will not repeat; the rest is the credential itself. "Compact" and "multistate"
// are not filler: they are what a compact license is ("compact RN license" is not plain "RN").
const CREDENTIAL_FILLER =
  /\b(active|current|valid|unencumbered|unrestricted|state|license[ds]?|licensure|certifications?|certificates?|certified|credentials?|required|preferred|must|hold|holding|have|having|eligible|eligibility|within|months?|days?|of|hire|or|and|an?|the|in|from|with|by|for)\b/gi;

const ACADEMIC_DEGREE_RE = /^(?:MSW|BSW|BSN|MSN|MBA|MPH|MEd|BEd|MFA|BSc|MSc|BA|BS|MA|MS|PhD)$/i;

function credentialCore(name: string): string | null {
  const core = name
    .replace(/\([^)]*\)/g, " ")
    .replace(CREDENTIAL_FILLER, " ")
    .replace(/[^\p{L}\p{N}+#&/'’-]+/gu, " ")
    .trim()
    .replace(/\s+/g, " ");
  // "compact license" → "compact" alone would match any use of the word.
  if (/^(?:compact|multi-?state)$/i.test(core)) return null;
  // "MSW licensure" → "MSW" alone is the degree, not the license (every licensed or not social worker holds it).
  if (ACADEMIC_DEGREE_RE.test(core)) return null;
  return core.length >= 2 && core !== name.trim() ? core : null;
}

function namePatterns(names: readonly string[]): RegExp[] {
  const out: RegExp[] = [];
  const seen = new Set<string>();
  const all = names.flatMap((n) => {
    const core = credentialCore(n);
    // "Registered Nurse (RN)" → also "RN": the abbreviation in parentheses is often all a resume writes.
    const paren = [...n.matchAll(/\(([^)]{2,12})\)/g)].map((m) => m[1] ?? "");
    return [n, ...(core ? [core] : []), ...paren];
  });
  for (const n of all) {
    const trimmed = n.trim();
    if (trimmed.length < 2 || seen.has(trimmed)) continue;
    seen.add(trimmed);
    // Short all-caps abbreviations (RN, CPA) must match case-sensitively.
    const caseSensitive = /^[A-Z0-9-]{2,6}$/.test(trimmed);
    // Short abbreviations must not be part of a hyphenated token: NCLEX-RN is an exam, not the RN license.
    const edge = caseSensitive ? "[^\\p{L}\\p{N}-]" : "[^\\p{L}\\p{N}]";
    out.push(new RegExp(`(^|${edge})${escapeRe(trimmed)}($|${edge})`, caseSensitive ? "u" : "iu"));
  }
  return out;
}

const LICENSE_WORDS =
  /\b(licen[cs]e[ds]?|licensure|registered|chartered|certified public accountant|attorney|bar admission|admitted to the bar|professional engineer|board[- ]certified)\b/i;

/** US states named on the JD lines that ask for a license ("RN license in Wisconsin or a multistate license"). */
// Words of a posting's sentence that let a candidate who is on the way to the credential apply.
const PENDING_ACCEPTED_RE =
  /\beligib(?:le|ility)\s+(?:for|to\s+(?:apply|obtain|hold|be|register))\s+(?:[a-z]+\s+){0,2}?(?:registration|licen[cs]|certification|registered|licensed|certified)|\b(?:(?:have|has|having)\s+applied|applied\s+for|applying\s+for|application\s+(?:is\s+)?(?:in\s+progress|pending|submitted)|pending|awaiting|working\s+towards?|in\s+the\s+process\s+of\s+(?:obtaining|applying))\b/i;

/** Whether the posting's sentence naming the credential accepts it applied for or in progress. */
function acceptsPending(patterns: readonly RegExp[], jobText: string): boolean {
  const sentences = jobText.split(/\n|(?<=[.!?;])\s+/);
  return sentences.some((sentence) => PENDING_ACCEPTED_RE.test(sentence) && patterns.some((p) => p.test(sentence)));
}

/** A regulator's abbreviation in parentheses after its name: "Alberta College of Occupational Therapists (ACOT)". */
const REGULATOR_ABBREVIATION_RE =
  /\b(?:college|board|council|association|registry|commission|institute|authority)\b[^()\n]{0,60}\(([A-Z][A-Za-z]{1,7})\)/gi;

/**
 * Abbreviations of the regulators the posting names on the lines asking for a licence: registration
 * with the regulator is the licence ("ACOT registration", "my ACOT application has been submitted").
 */
function regulatorAbbreviations(patterns: readonly RegExp[], jobText: string): string[] {
  const lines = jobText.split("\n").filter((line) => patterns.some((p) => p.test(line)));
  return [...new Set(lines.flatMap((l) => [...l.matchAll(REGULATOR_ABBREVIATION_RE)].map((m) => m[1] ?? "")))].filter((a) =>
    /^[A-Z]{2,8}$/.test(a),
  );
}

/** Jurisdictions named on the posting's lines that ask for a licence or registration (see jurisdictions.ts). */
function requiredJurisdictions(patterns: readonly RegExp[], jobText: string): Jurisdiction[] {
  const lines = jobText.split("\n").filter((line) => REGISTRATION_LINE_RE.test(line) && patterns.some((p) => p.test(line)));
  const seen = new Set<string>();
  return lines
    .flatMap((l) => jurisdictionsIn(l))
    .filter((j) => {
      const key = `${j.country}:${j.region ?? ""}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

const REGISTRATION_LINE_RE = /\b(?:licen[cs]|licensure|regist(?:ered|ration)|college|board|council)/i;

function licenseStates(patterns: readonly RegExp[], jobText: string): string[] {
  const lines = jobText.split("\n").filter((line) => /\blicen[cs]|licensure/i.test(line) && patterns.some((p) => p.test(line)));
  return [...new Set(lines.flatMap((l) => usStatesIn(l)))];
}

/** Whether a credential is a license: by its own name, or because the JD line naming it says "license". */
function isLicense(names: readonly string[], jobText: string): boolean {
  if (names.some((n) => LICENSE_WORDS.test(n))) return true;
  const patterns = namePatterns(names);
  return jobText.split("\n").some((line) => /\blicen[cs]|licensure/i.test(line) && patterns.some((p) => p.test(line)));
}

function unambiguousNames(skill: TaxonomySkill): string[] {
  const ambiguous = new Set(skill.ambiguousAliases ?? []);
  return [skill.name, ...skill.aliases.filter((a) => !ambiguous.has(a))];
}

function buildRequirement(ids: string[], lookup: SkillLookup): SkillRequirement {
  const names = ids.map((id) => lookup.getSkill(id)?.name ?? customSkillName(id) ?? id);
  const credential = ids.some((id) => lookup.getSkill(id)?.credential === true || lookup.getSkill(id)?.category === "credential");
  const best = new Map<string, CreditSource>();
  for (const id of ids) {
    for (const src of creditSources(id, lookup)) {
      const prev = best.get(src.candidateId);
      if (!prev || prev.base < src.base) best.set(src.candidateId, src);
    }
  }
  return {
    ids,
    name: names.join(" or "),
    credential,
    sources: [...best.values()].sort((a, b) => b.base - a.base || (a.candidateId < b.candidateId ? -1 : 1)),
    weight: 1,
    inTitle: false,
    category: lookup.getSkill(ids[0] ?? "")?.category ?? "unknown",
  };
}

/** Lowercase words joined by single spaces and padded, so " a b " containment is a word-bounded phrase match. */
function phraseKey(text: string, lower: boolean): string {
  const t = lower ? text.toLowerCase() : text;
  return ` ${t
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter(Boolean)
    .join(" ")} `;
}

/** Whether any unambiguous name/alias of the skill appears in the title (word-bounded). */
function namedInTitle(ids: readonly string[], title: string, lookup: SkillLookup): boolean {
  if (!title) return false;
  const lowerTitle = phraseKey(title, true);
  const exactTitle = phraseKey(title, false);
  for (const id of ids) {
    const skill = lookup.getSkill(id);
    if (!skill) continue;
    const ambiguous = new Set(skill.ambiguousAliases ?? []);
    for (const n of [skill.name, ...skill.aliases]) {
      if (ambiguous.has(n) || n.length < 2) continue;
      // "Engineer" in "ML Engineer" names the role, not the "Engineering" skill.
      if (stemTokens(n).every((t) => TITLE_GENERIC.has(t.term))) continue;
      const key = phraseKey(n, !skill.caseSensitive);
      if (key.trim() !== "" && (skill.caseSensitive ? exactTitle : lowerTitle).includes(key)) return true;
    }
  }
  return false;
}

/**
 * Importance of each requirement. Skills named in the job title define the job
 * (a "Data Engineer (Spark / Airflow / SQL)" without Spark is not a fit however
 * many generic skills match). Requirements from categories the job barely
 * touches (a lone nursing or manufacturing term in a software JD, usually a
 * parsing accident or a side note) and generic professional skills count less.
 */
/** Share of a nice-to-have's weight a soft skill gets. */
const SOFT_SKILL_WEIGHT = 0.5;
/**
 * Weight of a requirement phrase read from the posting (not a taxonomy skill, not typed by the
 * recruiter): shown matched or missing like any skill, but a small part of the coverage. Measured on
 * the labeled sets (bench:relevance, LOJO): 0.25 and 0.5 cost NDCG/pairwise on relevance-new-3, 0.1 did not.
 */
const READ_PHRASE_WEIGHT = 0.1;

function weighRequirements(must: SkillRequirement[], nice: SkillRequirement[], title: string, lookup: SkillLookup): void {
  const all = [...must.map((r) => ({ r, base: 1 })), ...nice.map((r) => ({ r, base: 0.5 }))];
  for (const { r } of all) r.inTitle = namedInTitle(r.ids, title, lookup);
  const mass = new Map<string, number>();
  for (const { r, base } of all) mass.set(r.category, (mass.get(r.category) ?? 0) + base * (r.inTitle ? 3 : 1));
  let maxMass = 0;
  for (const v of mass.values()) maxMass = Math.max(maxMass, v);
  for (const { r } of all) {
    const coherence = maxMass > 0 ? 0.4 + (0.6 * (mass.get(r.category) ?? 0)) / maxMass : 1;
    const generic = r.category === "professional" ? 0.6 : 1;
    r.weight = (r.inTitle ? 2.5 : 1) * coherence * generic;
  }
}

function jobLevel(req: JobRequirements): number {
  if (req.seniority) return SENIORITY_LEVEL[req.seniority];
  const fromTitle = levelFromTitle(req.title);
  if (fromTitle !== null) return fromTitle;
  const y = req.minYearsExperience;
  if (y === null) return 2;
  if (y >= 8) return 4;
  if (y >= 5) return 3;
  if (y >= 2) return 2;
  return 1;
}

/** Must-have groups ("Python or Go") and the nice-to-haves, soft skills and duties (which never knock out). */
function requirementIds(requirements: JobRequirements): {
  mustIds: string[][];
  niceIds: string[];
  softOnly: Set<string>;
  dutyOnly: Set<string>;
  mustSet: Set<string>;
} {
  const groups = (requirements as JobRequirements & { mustHaveGroups?: string[][] }).mustHaveGroups;
  const mustIds: string[][] = [];
  const covered = new Set<string>();
  for (const g of groups ?? []) {
    const ids = [...new Set(g)].filter(Boolean);
    if (ids.length === 0) continue;
    mustIds.push(ids);
    for (const id of ids) covered.add(id);
  }
  for (const id of new Set(requirements.mustHaveSkills)) if (!covered.has(id)) mustIds.push([id]);
  const mustSet = new Set(mustIds.flat());
  // Soft skills and duties (requirements schema 4) count with the nice-to-haves, never as knockouts: what a
  // job does says who fits it as well as a preference does; soft skills, asked for everywhere, weigh less.
  const softIds = new Set((requirements.softSkills ?? []).filter((id) => !mustSet.has(id)));
  const dutyIds = new Set((requirements.duties ?? []).filter((id) => !mustSet.has(id)));
  const niceIds = [...new Set([...requirements.niceToHaveSkills, ...softIds, ...dutyIds])].filter((id) => !mustSet.has(id));
  const softOnly = new Set([...softIds].filter((id) => !requirements.niceToHaveSkills.includes(id)));
  const dutyOnly = new Set([...dutyIds].filter((id) => !requirements.niceToHaveSkills.includes(id) && !softIds.has(id)));
  return { mustIds, niceIds, softOnly, dutyOnly, mustSet };
}

/** A body's abbreviation: "MSCNZ", "HCPC". */
const BODY_ABBREVIATION_RE = /^[A-Z][A-Z&]{1,7}$/;
/** Nouns that make a name a body that registers or licenses practitioners. */
const BODY_NOUN_RE =
  /\b(?:council|board|college|authority|registry|register|institute|institution|society|association|agency|commission|chamber|federation|order)\b/i;
/** The body a credential's name says it is with: "MSCNZ registration", "registration with the Dental Council", "registered with the X Board". */
const REGISTRATION_NAME_RES = [
  /^(?:(?:current|full|annual|professional)\s+)*(.+?)\s+(?:registration|licen[cs]e|licensure|membership)$/i,
  /^(?:(?:current|full|annual|professional)\s+)*(?:registration|licen[cs]e|licensure|membership)\s+(?:with|by|from)\s+(?:the\s+)?(.+)$/i,
  /^registered\s+(?:with|by)\s+(?:the\s+)?(.+)$/i,
];
/** A body's name followed by its abbreviation on the posting: "Medical Sciences Council of New Zealand (MSCNZ)". */
const BODY_WITH_ABBREVIATION_RE = /([A-Z][\p{L}&'’-]*(?:\s+(?:of|for|and|the|on|[A-Z][\p{L}&'’-]*)){0,8})\s*\(([A-Z][A-Z&]{1,7})\)/gu;

/**
 * The registering body a required registration names, with the posting's other name for it (its full
 * name or its abbreviation), so "Registered Scientist (MSCNZ)" meets "registration with the Medical
 * Sciences Council of New Zealand". Empty for a registration with no named body ("state registration").
 */
export function registeringBodies(name: string, jobText: string): string[] {
  const bodies = new Set<string>();
  for (const re of REGISTRATION_NAME_RES) {
    const m = re.exec(name.trim());
    const body = m?.[1]?.trim();
    // "NMC registration" names a body; "RN licence", "CPA licence" name the credential itself.
    const abbreviation = body !== undefined && BODY_ABBREVIATION_RE.test(body) && !/licen[cs]/i.test(m?.[0] ?? "");
    if (!body || !(abbreviation || BODY_NOUN_RE.test(body))) continue;
    // "Dental Council of Ruritania (DCR)": the name and the abbreviation, each on its own.
    const paired = /^(.+?)\s*\(([A-Z][A-Z&]{1,7})\)$/.exec(body);
    if (paired?.[1] && paired[2]) bodies.add(paired[1]).add(paired[2]);
    else bodies.add(body);
  }
  if (bodies.size === 0) return [];
  for (const m of jobText.matchAll(BODY_WITH_ABBREVIATION_RE)) {
    const full = m[1]?.trim() ?? "";
    const abbr = m[2] ?? "";
    if (!BODY_NOUN_RE.test(full)) continue;
    const named = [...bodies].some((b) => b === abbr || full.toLowerCase().endsWith(b.toLowerCase()));
    if (named) bodies.add(full).add(abbr);
  }
  return [...bodies];
}

/** Requested credentials, and must-have skills that are credentials (e.g. "registered-nurse"), as one list. */
function credentialRequirements(
  requirements: JobRequirements,
  must: readonly SkillRequirement[],
  jobText: string,
  lookup: SkillLookup,
): CredentialRequirement[] {
  const credentials: CredentialRequirement[] = requirements.certifications.map((c) => {
    const skill = c.id ? lookup.getSkill(c.id) : undefined;
    const names = [c.name, ...(skill ? unambiguousNames(skill) : [])];
    // A driving licence in the posting's own words ("Class 5 driver's licence (or equivalent…)") is met by any wording of one.
    const named = [...namePatterns(names), ...(verifiedAtOffer(c.name) ? [DRIVING_LICENCE_PATTERN] : [])];
    const license = isLicense(names, jobText);
    const patterns = license ? [...named, ...namePatterns(regulatorAbbreviations(named, jobText))] : named;
    // A compact (multistate) license is from no one state: a state on its line names the alternative.
    const states = license && !MULTISTATE_RE.test(c.name) ? licenseStates(patterns, jobText) : [];
    const regional = license && states.length === 0 && !verifiedAtOffer(c.name);
    return {
      id: c.id,
      name: c.name,
      required: c.required,
      license,
      patterns,
      states,
      jurisdictions: regional ? requiredJurisdictions(patterns, jobText) : [],
      anyOf: c.anyOf ?? null,
      pendingAccepted: acceptsPending(patterns, jobText),
      bodies: namePatterns(registeringBodies(c.name, jobText)),
    };
  });
  for (const r of must) {
    if (!r.credential) continue;
    if (credentials.some((c) => c.id !== null && r.ids.includes(c.id))) continue;
    const names = r.ids.flatMap((x) => {
      const s = lookup.getSkill(x);
      return s ? unambiguousNames(s) : [x];
    });
    const patterns = namePatterns(names);
    const license = isLicense(names, jobText);
    const states = license ? licenseStates(patterns, jobText) : [];
    credentials.push({
      id: r.ids[0] ?? null,
      name: r.name,
      required: true,
      license,
      patterns,
      states,
      jurisdictions: license && states.length === 0 ? requiredJurisdictions(patterns, jobText) : [],
      anyOf: null,
      pendingAccepted: acceptsPending(patterns, jobText),
    });
  }
  return credentials;
}

/** Requirements read from an acronym the posting spells out as something else (see acronyms.ts), dropped. */
function withoutMisreadAcronyms(requirements: JobRequirements, jobText: string, lookup: SkillLookup): JobRequirements {
  const misread = (id: string | null) => {
    const skill = id ? lookup.getSkill(id) : undefined;
    return skill !== undefined && misreadAcronym([skill.name, ...skill.aliases], jobText);
  };
  const ids = [
    ...requirements.mustHaveSkills,
    ...requirements.niceToHaveSkills,
    ...(requirements.titleSkills ?? []),
    ...requirements.certifications.map((c) => c.id),
  ];
  if (!ids.some(misread)) return requirements;
  const keep = (id: string) => !misread(id);
  const groups = (requirements as JobRequirements & { mustHaveGroups?: string[][] }).mustHaveGroups;
  return {
    ...requirements,
    mustHaveSkills: requirements.mustHaveSkills.filter(keep),
    niceToHaveSkills: requirements.niceToHaveSkills.filter(keep),
    ...(requirements.titleSkills ? { titleSkills: requirements.titleSkills.filter(keep) } : {}),
    ...(groups ? { mustHaveGroups: groups.map((g) => g.filter(keep)).filter((g) => g.length > 0) } : {}),
    certifications: requirements.certifications.filter((c) => !misread(c.id)),
  };
}

export function prepareJob(original: JobRequirements, jobText: string, lookup: SkillLookup): PreparedJob {
  const requirements = withoutMisreadAcronyms(original, jobText, lookup);
  const { mustIds, niceIds, softOnly, dutyOnly, mustSet } = requirementIds(requirements);
  const titleIds = titleOnlyIds(requirements, mustSet);
  const must = [
    ...mustIds.map((ids) => buildRequirement(ids, lookup)),
    ...titleIds.map((id) => ({ ...buildRequirement([id], lookup), fromTitle: true })),
  ];
  const nice = niceIds
    .filter((id) => !titleIds.includes(id))
    .map((id) => ({ ...buildRequirement([id], lookup), ...(dutyOnly.has(id) ? { context: true } : {}) }));
  const titleLine = requirements.title ?? jobText.split("\n").find((l) => l.trim() !== "") ?? "";
  weighRequirements(must, nice, titleLine, lookup);
  // A requirement the recruiter added by hand belongs to the job, whatever the taxonomy's categories say;
  // one read from the posting's wording counts less, and is matched by stems.
  const read = new Set(requirements.customSkillsRead ?? []);
  for (const r of [...must, ...nice]) {
    if (!r.ids.every(isCustomSkillId)) continue;
    r.readFromPosting = r.ids.every((id) => read.has(customSkillName(id) ?? ""));
    r.weight = r.readFromPosting ? READ_PHRASE_WEIGHT : 1;
  }
  const skillTerms = [
    ...must.flatMap((r) => r.ids.map((id) => ({ id, weight: r.weight / r.ids.length }))),
    ...nice.map((r) => ({ id: r.ids[0] ?? "", weight: 0.5 * r.weight })),
  ];
  // In the term profile they stay as the job's vocabulary; as requirements soft skills weigh less.
  for (const r of nice) if (r.ids.every((id) => softOnly.has(id))) r.weight *= SOFT_SKILL_WEIGHT;
  weighTitleSkills(must);
  const terms = buildJobTermProfile(
    jobText,
    skillTerms.filter((t) => !isCustomSkillId(t.id)),
  );
  const tt = titleTerms(requirements.title);
  let titleWeight = 0;
  for (const w of tt.values()) titleWeight += w;
  const level = jobLevel(requirements);
  const statedMinYears = requirements.minYearsExperience;
  return {
    requirements,
    must,
    nice,
    terms,
    titleTerms: tt,
    titleWeight,
    families: occupationFamilies(titleLine),
    occupation: occupationOf(titleLine),
    level,
    statedMinYears,
    noSponsorship: postingRefusesSponsorship(requirements, jobText),
    postQualification: POST_QUALIFICATION_RE.test(jobText),
    expectedYears: statedMinYears ?? expectedYearsForLevel(level),
    credentials: credentialRequirements(requirements, must, jobText, lookup),
    shingles: new Set(shinglesOf(jobText).map((x) => x.key)),
    scopedYears: scopedYearsOf(requirements, mustSet, lookup),
  };
}

/**
 * Scoped years requirements with, per group, what makes a role about it. A skill the job itself
 * asks for is never a competing specialty: "3 years of firmware in C" makes a role titled
 * "Firmware Engineer" (embedded systems) about C, not about a rival of it.
 */
function scopedYearsOf(requirements: JobRequirements, mustSet: ReadonlySet<string>, lookup: SkillLookup): PreparedJob["scopedYears"] {
  return (requirements.scopedYears ?? []).map((s) => {
    const asked = new Set([...mustSet, ...s.groups.flat()]);
    return {
      minYears: s.minYears,
      groups: s.groups.map((ids) => {
        const { closure, competitors } = scopeOf(ids, lookup);
        for (const id of asked) competitors.delete(id);
        return {
          ids,
          name: ids.map((id) => lookup.getSkill(id)?.name ?? id).join(" or "),
          closure,
          competitors,
          nameTerms: ids.map((id) => [...titleTerms(lookup.getSkill(id)?.name ?? id).keys()]).filter((t) => t.length > 0),
        };
      }),
      text: s.text,
    };
  });
}
