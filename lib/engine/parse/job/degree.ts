// The degree a posting asks for: level, whether it is required, whether experience
// may stand in for it, and the fields it names. Fields are kept as fields ("degree in
// Statistics, Mathematics or Economics"): their offsets are returned so the skill
// reader does not turn them into must-have skills.
import { DEGREE_RANK } from "../../constants";
import type { DegreeLevel, JobRequirements } from "../../types";
import { matchDegreeLevels } from "../education";
import type { Line } from "../lines";
import { clauseRanges, isSoftened } from "./clauses";

export interface DegreeReading {
  degree: JobRequirements["degree"];
  /** Absolute offsets of the field lists after "degree in …", which name fields, not skills. */
  fieldSpans: [number, number][];
}

/**
 * How postings write each level, as the editor's level names it: "Master's degree", "MSc", "PhD". Two-letter
 * forms that are also products or places ("MS", "MA") are left out.
 */
export const DEGREE_LEVEL_NAMES: Record<DegreeLevel, readonly string[]> = {
  none: [],
  high_school: ["high school diploma", "high school", "secondary school", "GED"],
  diploma: ["diploma", "college diploma", "post-secondary diploma"],
  associate: ["associate degree", "associate's degree", "associates degree"],
  // A degree of no stated level is read as a bachelor's ("a university degree in Physics").
  bachelor: [
    "degree",
    "bachelor's degree",
    "bachelor's",
    "bachelors",
    "bachelor",
    "BSc",
    "B.Sc",
    "BA",
    "BS",
    "BEng",
    "B.S",
    "bachelor of science",
    "bachelor of arts",
  ],
  master: [
    "master's degree",
    "master's",
    "masters",
    "master",
    "master degree",
    "MSc",
    "M.Sc",
    "MEng",
    "MBA",
    "M.S",
    "master of science",
    "master of arts",
    "cand.merc",
    "cand.oecon",
    "cand.polit",
    "cand.scient",
    "cand.jur",
    "cand.psych",
    "cand.mag",
  ],
  doctorate: ["doctorate", "doctoral degree", "PhD", "Ph.D", "DPhil", "doctor of philosophy"],
};

// "No specific degree required", "a degree is not required", "you don't need a degree".
const NO_DEGREE_RE =
  /\b(?:no (?:specific |formal |particular |college |university )?(?:degree|diploma)s?(?: is| are)? (?:required|needed|necessary)|(?:degree|diploma)s? (?:is |are )?not (?:required|needed|necessary|a requirement)|do(?:n['’]t| not) (?:need|require) (?:a |any )?(?:[\w-]+ ){0,2}degree|without a degree|degree(?:s)? (?:is |are )?optional)\b/i;
const EQUIVALENT_RE =
  /\bor\b[^.;]{0,60}\b(?:qualification|diploma|certificate)\s+(?:with|plus|and)\s+(?:[\w-]+\s+){0,2}experience\b|\bequivalent\b|\bin lieu\b|\bin place of\b|\bor (?:relevant|comparable|related|practical) (?:work |practical |professional )?experience|\bexperience (?:counts|is fine|works|is (?:just as|equally) (?:good|valuable))/i;
// Descriptive, not prescriptive: "a BS is common on our team, but equivalent experience is absolutely fine";
// or waived outright: "five years of experience will be accepted in place of the certificate or degree".
const HEDGE_RE =
  /\b(?:common|typical(?:ly)?|usual(?:ly)?|most of (?:us|our team)|many of (?:us|our team)|is (?:absolutely |totally |also |perfectly )?fine|we also (?:welcome|consider)|doesn['’]t matter|not (?:a )?(?:must|requirement)|accepted (?:in place|instead) of)\b/i;
// An equivalent qualification, not experience instead of one: "high school diploma or equivalent" (a GED),
// "MScPT or equivalent from a recognised program"; what is added to the degree, not the degree itself: "a
// bachelor's degree plus a PGCE or equivalent teacher training".
// A lower degree with experience is still a degree: "(or a baccalaureate degree in occupational therapy with
// equivalent experience)", "or a bachelor's degree plus equivalent paralegal experience".
const EQUIVALENT_QUALIFICATION_RE =
  /\b(?:degree|bachelor(?:'s|s)?|baccalaureate)\b[^.;()]{0,60}\b(?:with|plus|and)\s+equivalent\s+(?:[\w-]+\s+)?experience\b|\b(?:high school|secondary school|GED)\b[^.;]{0,40}\bor (?:an? )?equivalent\b|\bor (?:an? )?equivalent (?:from|qualification|degree|diploma|credential|program)\b|\b(?:plus|and|with)\s+(?:an?\s+)?[\w-]+\s+or\s+(?:an?\s+)?equivalent\b(?!\s+(?:[\w-]+\s+)?experience\b)/gi;
// "High school" as a level, not as part of an employer's name ("Mesa Ridge High School").
const HIGH_SCHOOL_LEVEL_RE =
  /\b(?:high school (?:diploma|education|graduate|degree|certificate|or\b|equivalent)|GED\b|secondary (?:school|education))/i;

// Experience offered instead of the degree: "Diploma or degree in accounting, or equivalent experience", "or an
// equivalent combination of education and experience". The degree is then one way in, not a requirement ("with
// equivalent clinical experience" adds to the degree and waives nothing).
const WAIVED_BY_EXPERIENCE_RE =
  /\bor\s+(?:an?\s+)?(?:equivalent|relevant|comparable|related|practical|demonstrable|demonstrated)\s+(?:[\w-]+\s+){0,2}?experience\b|\bor\s+(?:an?\s+)?equivalent combination of\b/i;
// A degree offered beside a credential that is no degree: "Paralegal certificate from an approved program, or a
// bachelor's degree plus …", "an apprenticeship or a degree".
const DEGREE_AS_ROUTE_RE =
  /\b(?:certificate|certification|licen[cs]e|apprenticeship|trade ticket)\b[^.;]{0,80}?\bor\s+(?:an?\s+)?(?:[\w'’-]+\s+)?(?:bachelor|master|associate|degree)/i;
// A sentence that asks for what it names, wherever it sits ("About us … You will need a degree in law").
const ASKS_RE =
  /\b(?:required|requires?|must|mandatory|essential|you(?:'|’)?(?:ll| will)? need|need to (?:hold|have)|(?:you|candidates?|applicants?) (?:will |should |must )?(?:hold|have)|desirable|preferred|an advantage|(?:is |are )?an asset|highly regarded)\b/i;

/** Whether a clause that names a degree lets experience or another credential stand in for it. */
function degreeWaived(text: string): boolean {
  return WAIVED_BY_EXPERIENCE_RE.test(text) || DEGREE_AS_ROUTE_RE.test(text);
}

/** The lowest level named in a clause ("ADN or BSN" → associate), or null. */
// "Post-secondary diploma or degree", "college diploma": a diploma below a degree, accepted in its place.
const POST_SECONDARY_DIPLOMA_RE = /\b(?:post-?secondary|college|polytechnic|TAFE|advanced|technical)\s+diploma\b/i;

// A degree named without the word: "a tertiary qualification in public policy", "university studies in law".
const DEGREE_WORD_RE = /\bdegree\b|\b(?:tertiary|university)\s+(?:level\s+)?(?:qualifications?|education|studies)\b/i;

function clauseLevel(clause: string): DegreeLevel | null {
  const levels: DegreeLevel[] = [...levelsOf(clause), ...(POST_SECONDARY_DIPLOMA_RE.test(clause) ? ["diploma" as const] : [])];
  let level: DegreeLevel | null = null;
  if (levels.length > 0) level = levels.reduce((x, y) => (DEGREE_RANK[y] < DEGREE_RANK[x] ? y : x));
  else if (DEGREE_WORD_RE.test(clause)) level = /\bassociate/i.test(clause) ? "associate" : "bachelor";
  if (level === "high_school" && !HIGH_SCHOOL_LEVEL_RE.test(clause)) return null;
  return level;
}

// ---------------------------------------------------------------- fields of study
// A word that heads a field list: "degree in", "MSc in", "Bachelor of Science in", "education within".
const FIELD_HEAD =
  `(?:degree|diploma|major(?:ing)?|speciali[sz]ation|concentration|qualification|(?:an?|academic|university|higher|formal|relevant) education|` +
  String.raw`bachelor(?:'s|’s|s)?|master(?:'s|’s|s)?|ph\.?\s?d\.?|doctorate|B\.?Sc\.?|M\.?Sc\.?|B\.?S\.?|M\.?S\.?|B\.?A\.?|M\.?A\.?|B\.?Eng\.?|M\.?Eng\.?|MBA)`;
// "Bachelor of Science" names the kind of degree; "Bachelor of Engineering" names its field.
const DEGREE_KIND = String.raw`(?:\s+of\s+(?:science|arts|applied science|fine arts|philosophy))?(?:\s*\([^)]{1,15}\))?(?:\s+degree)?`;
const FIELD_LEAD = String.raw`(?:\s+(?:in|within)\s+|(?<=(?:bachelor|master)\S*)\s+of\s+(?!science\b|arts\b))(?:(?:the|a|an)\s+)?(?:(?:field|area|discipline)s?\s+of\s+)?`;
// Where the list ends: punctuation, "or equivalent/related/similar", "required", a clause that goes on.
const FIELD_END =
  String.raw`(?=\s*[.;:()\n!?]|\s*$|,?\s+(?:e\.g|i\.e|etc|such as|like|for example|for instance)\b|,?\s+(?:and\s*\/\s*)?or\s+(?:an?\s+|other\s+|another\s+)?(?:equivalent|related|relevant|comparable|similar|other|another|equal)\b|` +
  String.raw`,?\s+(?:is|are|will|would|required|preferred|desirable|desired|necessary|essential|mandatory|advantageous|a plus|an advantage|from|with|at|by|who|that|which|to|for|but|while|where|plus|as well as|including|preferably|ideally|combined|together|gained|obtained|acquired|earned|completed|either|alternatively|you|we)\b|` +
  String.raw`,\s+(?:or|and)\s+(?:an?|the)\s+|,?\s+and\s+(?:have|has|had|at least|a|an|the|\d|one|two|three|four|five|several|some|many|experience|strong|good|excellent|proven|solid|you|your|preferably|ideally|knowledge|expertise|skills?|ability|should|must|can|may|shall|will|need|needs|is|are|we|they|it|this|there)\b|\s[-–—]\s)`;
const FIELDS_AFTER_RE = new RegExp(String.raw`\b${FIELD_HEAD}${DEGREE_KIND}${FIELD_LEAD}(.{2,150}?)${FIELD_END}`, "giu");
// "A degree in a relevant field such as Statistics or Economics", "…field, preferably within organic chemistry".
const FIELDS_NAMED_RE = new RegExp(
  String.raw`\b${FIELD_HEAD}\b[^.;:]{0,60}?\b(?:field|discipline|subject)s?,?\s+(?:such as|like|e\.g\.?,?|(?:preferably|ideally|especially)(?:\s+(?:in|within))?)\s+(.{2,150}?)${FIELD_END}`,
  "giu",
);
// "Background in computer science (Bachelor's degree or higher)": the field, then the degree in brackets.
const FIELDS_THEN_DEGREE_RE =
  /\b(?:background|education|studies|training)\s+(?:in|within)\s+([^()\n]{2,60}?)\s*\(\s*(?:an?\s+)?(?:bachelor|master|ph\.?\s?d|doctora|b\.?sc|m\.?sc|degree|diploma)/giu;
// "MBA (Finance)", "B.Sc. (Computer Science)": a degree's abbreviation with its field in brackets.
const FIELD_IN_BRACKETS_RE =
  /\b(?:MBA|BBA|PGDM|B\.?\s?Com|M\.?\s?Com|B\.?\s?Sc|M\.?\s?Sc|B\.?\s?Tech|M\.?\s?Tech|B\.?\s?E|M\.?\s?E|B\.?\s?Eng|M\.?\s?Eng|B\.?\s?A|M\.?\s?A)\.?\s*\((?!(?:hons?|honours|honors)\))([\p{L}][\p{L} &'’-]{1,40})\)/gu;
// "An Engineering degree", "a mathematics or maths-related degree": the field written before the word.
const FIELDS_BEFORE_RE = /((?:[\p{L}][\p{L}'’-]*\s+){0,3}[\p{L}][\p{L}'’-]*)\s+(?:degree|diploma)\b(?!\s+program)/giu;
// Words that are not fields: articles, levels, qualifiers ("a relevant university degree").
const NOT_FIELD_WORDS = new Set(
  (
    "a an the any your their his her our one some other another each either his/her or and with of in within have has hold holds holding " +
    "obtained obtain completed complete completion earned required preferred desired relevant related appropriate suitable recognised " +
    "recognized accredited equivalent similar comparable university college academic undergraduate graduate postgraduate post-graduate " +
    "higher advanced first second third 2-year 3-year 4-year two-year three-year four-year honours honors formal professional good strong " +
    "bachelor bachelor's bachelors master master's masters associate associate's doctoral phd bsc msc ba bs ma ms beng meng mba level " +
    "minimum least high great certain significant considerable large field fields area areas discipline disciplines subject subjects " +
    "degree degrees diploma diplomas certificate certificates certification qualification qualifications final general"
  ).split(" "),
);
const GENERIC_FIELD_RE =
  /^(?:(?:a|an|the|any|relevant|related|similar|comparable|equivalent|other|another|appropriate|suitable)\s+)*(?:(?:field|area|discipline|subject|major)s?(?:\s+of\s+study)?|similar|equivalent|other)?$/i;
const LIST_SPLIT_RE = /\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and\s*\/\s*or|or|and|&)\s+|\s*\/\s*|\s+within\s+/i;

/** The fields of one list as written, without articles, qualifiers and generic entries ("related field"). */
export function splitFields(list: string): string[] {
  return list
    .split(LIST_SPLIT_RE)
    .map((f) =>
      f
        .replace(/^(?:(?:a|an|the|any|relevant|related|appropriate|suitable)\s+)+/i, "")
        .replace(/[-\s]+related$/i, "")
        .replace(/\s+(?:degrees?|programmes?|programs?)$/i, "")
        .replace(/^(?:bachelor|master|doctor)(?:'s|’s|s)?\s+of\s+(?:(?:science|arts)\s+in\s+)?/i, "")
        .replace(/^[\s,'"“”‘’-]+|[\s,'"“”‘’-]+$/g, ""),
    )
    .filter((f) => f.length > 1 && f.length < 60 && !GENERIC_FIELD_RE.test(f) && !/^\d/.test(f));
}

/**
 * The field written just before "degree" ("Engineering degree", "a mathematics or maths-related degree"), or
 * null when only qualifiers precede it ("a relevant university degree"). `atStart`: the words open the line.
 */
function fieldBefore(words: string, atStart: boolean): string | null {
  const ws = words.split(/\s+/);
  let i = ws.length;
  while (i > 0 && (!NOT_FIELD_WORDS.has((ws[i - 1] ?? "").toLowerCase()) || /^(?:or|and)$/i.test(ws[i - 1] ?? ""))) i--;
  while (i < ws.length && /^(?:or|and)$/i.test(ws[i] ?? "")) i++;
  const run = ws.slice(i).join(" ");
  // "…the certificate or degree": the word before "degree" joins it to something else.
  if (run === "" || /^(?:or|and)$/i.test(ws[ws.length - 1] ?? "")) return null;
  if (i === 0) return atStart ? run : null;
  return /^(?:a|an|the|any|relevant|related|in|with|hold|have|holds|has)$/i.test(ws[i - 1] ?? "") ? run : null;
}

/** Every field of study a line names, with the absolute offsets of the lists that name them. */
function fieldsOf(line: Line, text: string): { fields: string[]; spans: [number, number][] } {
  const base = line.end - line.text.length;
  const fields: string[] = [];
  const spans: [number, number][] = [];
  for (const re of [FIELDS_AFTER_RE, FIELDS_NAMED_RE, FIELDS_THEN_DEGREE_RE, FIELD_IN_BRACKETS_RE]) {
    for (const m of text.matchAll(re)) {
      if (!m[1]) continue;
      const start = (m.index ?? 0) + m[0].lastIndexOf(m[1]);
      fields.push(...splitFields(m[1]));
      spans.push([base + start, base + start + m[1].length]);
    }
  }
  for (const m of text.matchAll(FIELDS_BEFORE_RE)) {
    const run = m[1] ? fieldBefore(m[1], /^[^\p{L}]*$/u.test(text.slice(0, m.index))) : null;
    if (!run) continue;
    const start = (m.index ?? 0) + (m[1] ?? "").lastIndexOf(run);
    fields.push(...splitFields(run));
    spans.push([base + start, base + start + run.length]);
  }
  return { fields, spans };
}

function addFields(into: string[], fields: readonly string[]): void {
  for (const f of fields) if (!into.some((g) => g.toLowerCase() === f.toLowerCase())) into.push(f);
}

// Mentions of a degree that ask for none: "a high degree of ownership", "PhD students in the group", "360-degree
// feedback". Blanked out (same length, so offsets hold) before a line is read.
const NOT_ASKED_MENTION_RE = new RegExp(
  [
    String.raw`\b(?:a|high|higher|great|greater|large|larger|certain|significant|considerable|some|strong|reasonable|fair|good|varying|the same|what)\s+degree\s+of\b`,
    String.raw`\bto\s+(?:a|some|a certain|a large|a great|what)\s+(?:\w+\s+)?degree\b`,
    String.raw`\b\d+[-\s]degrees?\b`,
    // Reference codes: "Ref.: MD-021784".
    String.raw`\b[A-Z]{1,4}-\d{3,}\b`,
    // "Scrum Master", "master data": the word in its ordinary senses.
    String.raw`\b(?:scrum|product|web|quiz|grand|head|harbou?r|ship|station|post|toast|yard|band|concert|chess)\s*-?\s*masters?\b`,
    String.raw`\bmaster\s+(?:data|plans?|planning|schedules?|files?|records?|class(?:es)?|cop(?:y|ies)|keys?|builders?|electricians?|plumbers?|technicians?|craftsm[ae]n|mechanics?|chefs?|bakers?|carpenters?)\b`,
    // "The scholarship for the PhD degree", "enrolled in the PhD programme": the position offered.
    String.raw`\b(?:for|into|in)\s+(?:the|a|our)\s+ph\.?\s?d\.?(?:\s+degree)?\b`,
    String.raw`\b(?:ph\.?\s?d|doctoral|master(?:'s|’s|s)?|bachelor(?:'s|’s|s)?|undergraduate|graduate)\s+(?:research\s+)?(?:students?|guides?|candidates?|scholarships?|fellows?|fellowships?|thes[ie]s|projects?|positions?|supervis(?:ion|ors?)|defen[cs]es?|courses?|regulations?|programmes?|school|studies|researchers?)\b`,
  ].join("|"),
  "giu",
);
// A line that lists what to send ("CV, diploma and transcripts"): it names documents, not the degree asked for.
const APPLICATION_DOCUMENTS_RE =
  /\b(?:CV|curriculum vitae|cover letter|transcripts?|list of publications|motivation(?:al)? letter)\b[^.]*\b(?:diplomas?|degree certificates?|certificates? of education)\b|\b(?:diplomas?|degree certificates?)\b[^.]*\b(?:CV|curriculum vitae|cover letter|transcripts?|list of publications)\b/i;
// Levels written in lower case ("a master degree in molecular biology"), which the resume reader's
// patterns (case-sensitive, to keep "MA"/"MS" apart from states and products) do not see.
const LOWER_CASE_LEVELS: [DegreeLevel, RegExp][] = [
  ["doctorate", /\b(?:ph\.?\s?d\b|doctorate\b|doctoral degree)/i],
  // Danish master's degrees: "cand.merc.", "cand.polit.", "Cand.Scient.".
  ["master", /\bmaster(?:'s|’s|s)?\s+(?:degree|of|in|or|and|level)\b|\bm\.?sc\b|\bcand\.\s?[a-z]{2,}/i],
  ["bachelor", /\bbachelor(?:'s|’s|s)?\b|\bb\.?sc\b/i],
];

// "a Level 7 qualification": a level of a national qualifications framework (Ireland's NFQ, the UK's RQF),
// not A-levels; the article goes, so the words are not read as one.
const FRAMEWORK_LEVEL_ARTICLE_RE = /\ba(?=\s+level\s*\d)/gi;

/**
 * The line as read: mentions that ask for no degree blanked out, an acute accent as an apostrophe
 * ("master´s"), the article before a framework level blanked.
 */
function blankOut(text: string): string {
  return text
    .replace(/´/g, "'")
    .replace(NOT_ASKED_MENTION_RE, (m) => " ".repeat(m.length))
    .replace(FRAMEWORK_LEVEL_ARTICLE_RE, " ");
}

function levelsOf(text: string): DegreeLevel[] {
  const found = matchDegreeLevels(text);
  for (const [level, re] of LOWER_CASE_LEVELS) if (!found.includes(level) && re.test(text)) found.push(level);
  return found;
}

/** The level a line asks for and whether only as a preference; null when it names none. */
function lineLevel(text: string, soft: boolean): { level: DegreeLevel; soft: boolean } | null {
  let best: { level: DegreeLevel; soft: boolean } | null = null;
  for (const [a, b] of clauseRanges(text)) {
    const clause = text.slice(a, b);
    const level = clauseLevel(clause);
    if (!level) continue;
    const s = soft || isSoftened(clause);
    if (!best || (best.soft && !s) || (best.soft === s && DEGREE_RANK[level] < DEGREE_RANK[best.level])) best = { level, soft: s };
  }
  return best;
}

/**
 * The sentences of a line that name a degree: in a paragraph, "an equivalent early years programme" two
 * sentences on says nothing about the degree.
 */
function degreeSentences(text: string): string {
  const parts = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).filter((p) => levelsOf(p).length > 0 || DEGREE_WORD_RE.test(p));
  return parts.length > 0 ? parts.join(" ") : text;
}

/**
 * Reads the degree from the first line that names one, skipping lines `notAsked` (duties, company and
 * benefits text), mentions that ask for none ("PhD students", "a high degree of") and lists of documents to
 * send. `softLine` says whether the line's section makes what it names a preference. "ADN required; BSN
 * preferred": the lowest level in a required clause is the requirement. The fields are those of every line
 * that asks for a degree ("MSc in Physics …", "… a PhD in Physics or Chemistry"), as written.
 */
export function extractDegree(
  lines: readonly Line[],
  softLine: (line: Line) => boolean,
  notAsked: (line: Line) => boolean = () => false,
): DegreeReading {
  const fieldSpans: [number, number][] = [];
  const fields: string[] = [];
  let degree: JobRequirements["degree"] = null;
  for (const l of lines) {
    // "Precept PharmD students" in the duties, "tuition support for a BSN" in the benefits: not asked for.
    // A line of duties or company text counts only when it asks for the degree in its own words.
    if ((notAsked(l) && !ASKS_RE.test(l.text)) || APPLICATION_DOCUMENTS_RE.test(l.text)) continue;
    const text = blankOut(l.text);
    const negated = NO_DEGREE_RE.test(text);
    if (!negated && levelsOf(text).length === 0 && !DEGREE_WORD_RE.test(text)) continue;
    const read = fieldsOf(l, text);
    fieldSpans.push(...read.spans);
    if (degree?.level === "none") continue;
    if (!negated) addFields(fields, read.fields);
    if (degree) continue;
    if (negated) {
      degree = { level: "none", required: false, orEquivalentExperience: false, fields: [] };
      continue;
    }
    const best = lineLevel(text, softLine(l));
    if (!best) continue;
    const said = degreeSentences(text);
    const equivalent = EQUIVALENT_RE.test(said.replace(EQUIVALENT_QUALIFICATION_RE, " "));
    degree = {
      level: best.level,
      required: !best.soft && !(equivalent && HEDGE_RE.test(said)) && !degreeWaived(said),
      orEquivalentExperience: equivalent,
      fields,
    };
  }
  return { degree, fieldSpans };
}

// One item of a run joined by slashes: "B.Com / M.Com / MBA (Finance) / CA / ICWA".
const SLASH_ITEM = String.raw`[^/,;:\n]{1,30}`;
const SLASH_RUN_RE = new RegExp(`${SLASH_ITEM}(?:/${SLASH_ITEM})+`, "g");

/**
 * Whether an offset lies in a slash-joined run of qualifications that names a degree ("Education: B.Com /
 * M.Com / MBA (Finance) / CA / ICWA or any graduate"): a credential there is one way to meet the education
 * asked for, not a requirement of its own.
 */
export function inDegreeAlternatives(text: string, at: number): boolean {
  for (const m of text.matchAll(SLASH_RUN_RE)) {
    const start = m.index ?? 0;
    if (at < start || at >= start + m[0].length) continue;
    return m[0].split("/").some((item) => levelsOf(blankOut(item)).length > 0);
  }
  return false;
}
