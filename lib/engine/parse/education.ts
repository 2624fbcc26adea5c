// Education entries and degree levels. Degrees are recognised by their
// abbreviations and spelled-out forms; unfinished degrees ("expected",
// "in progress", "candidate", a future date) are kept but not counted.
import type { DegreeLevel, EducationEntry } from "../types";
import { DEGREE_RANK } from "../constants";
import { findDates, findDateRanges, toMonthIndex, type YearMonth } from "./dates";
import type { Line } from "./lines";
import { stripBullet } from "./lines";

const L = "(?<![\\p{L}\\p{N}])";
const R = "(?![\\p{L}\\p{N}])";
// Abbreviations such as "MS"/"MA"/"BA" double as US states ("Jackson, MS") and products ("MS Office").
const NOT_STATE = "(?<!,\\s{0,3})";
const NOT_PRODUCT = "(?!\\s*(?:Office|Excel|Word|SQL|Project|Teams|Access|Dynamics|Azure|PowerPoint|Outlook|Visio|Paint|DOS)\\b)";

// Degree abbreviations that are not ordinary words, by level. A dot marks where a dotted
// form may break the letters ("B.Eng" is written "BEng", "B.Eng.", "B. Eng."); honours
// suffixes ("(Hons)") and a final dot follow freely. Two-letter forms that are also words,
// states or products ("BA", "MS", "BE", "AS") are matched with their context below.
const ABBREVIATIONS: Record<"doctorate" | "master" | "bachelor" | "associate" | "diploma", string[]> = {
  doctorate: [
    "Ph.D",
    "D.Phil",
    "Ed.D",
    "Psy.D",
    "Pharm.D",
    "D.N.P",
    "D.P.T",
    "D.V.M",
    "D.D.S",
    "D.M.D",
    "Sc.D",
    "Eng.D",
    "Au.D",
    "D.Sc",
    "D.Eng",
    "D.B.A.",
    "Dr.P.H",
    "D.S.W",
    "D.Psych",
    "D.Clin.Psy",
    "M.B.B.S",
    "M.B.Ch.B",
    "M.B.B.Ch",
    "B.M.B.S",
  ],
  master: [
    "M.B.A",
    "M.Sc",
    "M.Eng",
    "M.Phil",
    "M.Res",
    "M.Ed",
    "M.F.A",
    "M.P.H",
    "M.P.A",
    "M.P.P",
    "M.S.W",
    "M.S.N",
    // "LLM" undotted is a large language model.
    "L.L.M.",
    "LL.M.",
    "M.Tech",
    "M.C.A",
    "M.Acc",
    "M.Arch",
    "M.H.A",
    "M.I.M",
    "M.L.I.S",
    "M.Com",
    "M.Bus",
    "M.Des",
    "M.Chem",
    "M.Phys",
    "M.Math",
    "M.Pharm",
    "M.H.Sc",
    "M.Clin.Dent",
    "M.Div",
    "M.Mus",
    "M.S.Ed",
    "M.St",
    "MSCS",
    "MSEE",
    "MSIS",
    "MSF",
    "MSME",
    "MSCE",
    "MSBA",
    "MSDS",
    "MSPH",
    "MSHA",
  ],
  bachelor: [
    "B.Sc",
    "B.Eng",
    "B.Tech",
    "B.Com",
    "B.Comm",
    "B.B.A",
    "B.Bus",
    "B.Ec",
    "B.Ed",
    "B.F.A",
    "B.Arch",
    "B.Mus",
    "B.Pharm",
    "B.S.W",
    "B.S.N",
    "B.A.Sc",
    "B.App.Sc",
    "LL.B",
    "B.D.S",
    "B.D.Sc",
    "B.O.H",
    "B.H.Sc",
    "B.Nurs",
    "B.Sc.N",
    "B.N.Sc",
    "B.Mid",
    "B.Midwif",
    "B.Med.Sc",
    "B.Phil",
    "B.V.Sc",
    "B.Soc.Sc",
    "B.Des",
    "B.C.A",
    "B.Phty",
    "B.Physio",
    "BSBA",
    "BSEE",
    "BSCS",
    "BSME",
    "BSIT",
    "A.B.",
    "S.B.",
  ],
  associate: ["A.A.S", "A.S.N", "A.D.N", "A.A.B", "A.O.S"],
  // GNM and ANM: Indian nursing and midwifery diplomas; D.Pharm: an Indian pharmacy diploma.
  diploma: ["Dip.H.E", "Pg.Dip", "PG.Dip", "Grad.Dip", "Adv.Dip", "H.N.D", "D.Pharm", "GNM", "ANM"],
};

/** "B.Eng" → B(?:\.\s?)?Eng\.? — the letters with optional dots between the groups and after them. */
function dottedForm(abbr: string): string {
  if (abbr.endsWith(".")) return abbr.replace(/\./g, "\\.\\s?").replace(/\\s\?$/, "");
  return `${abbr
    .split(".")
    .map((g) => g.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("(?:\\.\\s?)?")}\\.?`;
}

function abbreviations(level: keyof typeof ABBREVIATIONS): string {
  // Longest first, so "M.B.B.S" is tried before "M.B.A" could stop early.
  return [...ABBREVIATIONS[level]]
    .sort((a, b) => b.length - a.length)
    .map(dottedForm)
    .join("|");
}

// Post-secondary awards below a degree that are not called diplomas: an Irish (QQI Level 6) or South African
// (National) Higher Certificate — not the UK "Higher National Certificate" — and a South African N6 (NATED).
const HIGHER_CERTIFICATE = "Higher\\s+Certificate";
const N_DIPLOMA = "(?:NATED\\s+)?N6(?=\\s+(?:Certificate|Diploma|in\\b|\\p{Lu}\\p{Ll})|\\s*[,()–—-])";

// National first degrees: Spanish "Grado en …" and "Licenciado/a", the Indonesian applied bachelor
// (Diploma IV, D-IV); the Diploma III below it stays a diploma.
// Latin-American and Portuguese engineering and first degrees ("Ingeniero Industrial", "Bacharelado em …"), a French
// "Licence en …", and a German university of applied sciences' Diplom ("Dipl.-Ing. (FH)").
const NATIONAL_BACHELOR =
  "(?:T[íi]tulo\\s+de\\s+)?Grado(?=\\s+(?:en|de)\\s)|Licenciad[oa](?=\\s+(?:en|em|in)\\s)|(?:Diploma[- ]?|D-)(?:IV|4)(?![\\p{L}\\p{N}])|(?<=^\\s*|[|,;:–—\\t]\\s*)(?:Ingenier[oa](?=\\s+(?:(?:en|de)\\s+)?\\p{Lu})|Engenheir[oa](?=\\s+\\p{Lu}))|Bacharel(?:ado)?(?=\\s+(?:em|in)\\s)|Licence(?=\\s+(?:en|professionnelle|de)\\s)|Dipl\\.\\s?-?\\s?(?:Ing|Kfm|Inf|Betriebsw)\\.\\s?\\(FH\\)";
// A German or Austrian university Diplom ("Dipl.-Ing.", "Diplom-Kaufmann"), a Magister, a French "Diplôme d'ingénieur"
// stand at master level.
const NATIONAL_MASTER =
  "Dipl\\.\\s?-?\\s?(?:Ing|Kfm|Inf|Phys|Chem|Math|Psych|Volksw|Biol|Geogr)\\.(?!\\s?\\(FH\\))|Diplom-(?:Ingenieur|Kaufmann|Kauffrau|Informatiker|Physiker|Psychologe|Psychologin|Volkswirt)(?!\\s?\\(FH\\))|Magister(?=\\s+\\p{L})|Mag\\.\\s?(?:rer|phil|iur|art)\\.|Dipl[ôo]me\\s+d['’]\\s?[Ii]ng[ée]nieur";
// A master's written after its field ("Mechanical Engineering, MS", "Public Policy – MA 2019"): the field word
// before the comma tells it from a US state ("Jackson, MS").
const FIELD_FIRST_MASTER =
  "(?<=(?:Science|Sciences|Engineering|Studies|Administration|Management|Education|Economics|Mathematics|Statistics|Psychology|Nursing|Analytics|Finance|Accounting|Physics|Chemistry|Biology|Arts|Health|Policy|Law|History|Design|Informatics|Technology)\\s*[,–—-]\\s{0,3})M\\.?[SA]\\.?(?=\\s*(?:$|[,(]|(?:19|20)\\d\\d))";

// Followed by a field of study, an honours mark or a separator: "BA (Hons) History", "BE Civil", "MA in Law".
const FIELD_FOLLOWS = "(?=\\s+(?:in|of)\\b|\\s*[,(–—-]|\\s+\\(?Hons|\\s+\\p{Lu}\\p{Ll})";
// British and European standards ("BS 5950", "BS EN 1992", "BS 7671") are not degrees; a year may follow.
const NOT_STANDARD = "(?!\\s*(?:EN|ISO)\\b|\\s*(?!(?:19|20)\\d\\d\\b)\\d)";

// School-leaving qualifications worldwide: US/Canada (high school, GED, Grade 12, OSSD), UK and Ireland
// (A levels, Highers, Leaving Certificate), Australia/NZ (HSC, VCE, WACE, QCE, SACE, Year 12, NCEA), South
// Africa (Matric, National Senior Certificate), India (Class XII, HSC, SSC, PUC), the Netherlands (HAVO, VWO,
// MBO), the IB, Abitur, Matura, West/East African school certificates. Matched case-insensitively.
const SCHOOL_LEAVING = [
  "High\\s+School",
  "GED",
  "G\\.E\\.D\\.",
  "(?:Higher\\s+|Senior\\s+)?Secondary\\s+(?:School|Certificate|Education)",
  "(?:National\\s+)?Senior\\s+(?:School\\s+)?Certificate",
  "HSD",
  "HSC",
  "SSC",
  "SSLC",
  "PUC",
  "Pre[- ]University\\s+(?:Course|Certificate)",
  "A[- ]Levels?",
  "AS[- ]Levels?",
  "(?:Scottish|SQA)\\s+Highers?",
  "Highers(?=\\s*[:(])",
  "Class\\s+(?:XII|12)",
  "12th\\s+(?:Grade|Standard)",
  "(?:Grade|Year)\\s+12(?=\\s+(?:Diploma|Certificate|completed|completion|graduate)|\\s*[,(–—-]|\\s*$)",
  "OSSD",
  "VCE",
  "WACE",
  "QCE",
  "SACE",
  "NCEA(?:\\s+Level\\s+[1-3])?",
  "University\\s+Entrance",
  "Matric(?:ulation)?",
  "Baccalauréat",
  "International\\s+Baccalaureate",
  "IB\\s+Diploma",
  "Leaving\\s+Cert(?:ificate)?",
  "HAVO",
  "VWO",
  // MBO 1–2 are entry-level; MBO 3–4 are post-16 vocational diplomas (below).
  "MBO(?![- ]?[34](?![\\p{L}\\p{N}]))(?:[- ]?[12])?",
  "Abitur",
  "Allgemeine\\s+Hochschulreife",
  "Matura",
  "WASSCE",
  "WAEC",
  "NECO",
  "CSEC",
  "SPM",
  "STPM",
  "HSSC",
  "F\\.?Sc\\.?(?=\\s*[,(–—-]|\\s+\\(?Pre)",
  "(?:XII|12th)\\s+(?:Std|Standard)",
  "Bachillerato",
  "Intermediate(?=\\s*\\((?:MPC|BiPC|CEC|MEC|HEC|PCM|PCB)\\))",
  "Board\\s+of\\s+Intermediate",
  "SSCE",
  "KCSE",
];

const LEVEL_PATTERNS: [DegreeLevel, RegExp][] = [
  [
    "doctorate",
    new RegExp(
      `${L}(?:${abbreviations("doctorate")}|Doctor(?:ate)?(?:\\s+of\\s+[\\p{L} ]+|\\s+degree)?|M\\.D\\.|${NOT_STATE}MD(?=\\s*(?:$|[,(–—-]|\\s+(?:in|from|program)))|J\\.D\\.|JD(?=\\s*[,(–—-])|Juris\\s+Doctor|Dr\\.\\s?(?:med(?:\\.\\s?dent)?|rer\\.\\s?nat|phil|-?Ing|jur|oec)\\.?)${R}`,
      "u",
    ),
  ],
  [
    "master",
    new RegExp(
      `${L}(?:Master(?:'?s|’s)?|${abbreviations("master")}|${NOT_STATE}M\\.?S\\.?${NOT_PRODUCT}|M\\.A\\.|${NOT_STATE}MA(?=\\s+(?:in|of)\\b|\\s*[,(–—-]|\\s+[\\p{Lu}])|Laurea\\s+Magistrale|Mestrado|${NATIONAL_MASTER}|${FIELD_FIRST_MASTER}|M\\.L\\.S\\.|MLS(?=\\s+(?:in|from)\\b|\\s*[,–—-][^,]*\\b(?:University|College|Institute|School)\\b))${R}`,
      "u",
    ),
  ],
  [
    "bachelor",
    new RegExp(
      `${L}(?:Bachelor(?!(?:'?s|’s)?\\s+(?:pass|endorsement|exemption)\\b)(?:'?s|’s)?|(?<!(?:International|European)\\s+)Baccalaureate|Licenciatura|Laurea|${abbreviations("bachelor")}|B\\.S\\.?|BS${NOT_STANDARD}|B\\.A\\.|BA(?=\\s+(?:in|of)\\b|\\s*[,(–—-]|\\s+\\(?Hons|\\s+[\\p{Lu}])|B\\.E\\.|BE${FIELD_FOLLOWS}|B\\.N\\.|BN${FIELD_FOLLOWS}|(?:Honours|Honors)\\s+Degree|${NATIONAL_BACHELOR})${R}`,
      "u",
    ),
  ],
  [
    "associate",
    new RegExp(
      `${L}(?:Associate(?:'?s|’s)?(?=\\s+(?:of|in|[Dd]egree)\\b)|Foundation\\s+Degree|${abbreviations("associate")}|A\\.A\\.|AA(?=\\s+(?:in|of)\\b|\\s*[,(–—-])|A\\.S\\.|AS(?=\\s+(?:in|of)\\b))${R}`,
      "u",
    ),
  ],
  ["high_school", new RegExp(`${L}(?:${SCHOOL_LEAVING.join("|")})${R}`, "iu")],
  [
    "diploma",
    new RegExp(
      `${L}(?:[Dd]iploma|DIPLOMA|[Dd]iplom|DIPLOM|[Dd]ipl[ôo]me|${abbreviations("diploma")}|Dip\\.(?=\\s*\\p{Lu})|Dip(?=\\s+(?:in|of)\\s)|${HIGHER_CERTIFICATE}|${N_DIPLOMA}|MBO[- ]?[34]|(?:Diploma[- ]?|D-)(?:III|3))${R}`,
      "u",
    ),
  ],
];

const UNFINISHED_RE =
  /\b(?:expected|anticipated|in progress|in-progress|candidate|pursuing|currently enrolled|enrolled|ongoing|to be completed|incomplete|not completed|unfinished|due to (?:complete|finish|graduate)|(?:credits|coursework|studies) towards|final[- ]year(?! (?:project|dissertation|thesis|module|report))|currently (?:studying|completing)|year [1-5] of [2-6]|discontinued|withdrew|withdrawn)\b/i;
const INSTITUTION_RE =
  /\b(?:University|Universit[éà]|Universidad|Universidade|Universität|College|Institute|Institut|School|Academy|Polytechnic|Politecnico|Conservatory|Seminary|KAIST|MIT|UCLA|NYU|ETH|EPFL|IIT|UC\s+\w+)\b/;

export interface DegreeMatch {
  level: DegreeLevel;
  text: string;
  index: number;
}

/** A diploma awarded by a secondary school: "High School Diploma", a technical or vocational school's diploma (a Polish technikum). */
const SCHOOL_DIPLOMA_RE =
  /\b(?:high\s+school|(?<!post[- ]?)secondary|(?:technical|vocational|trade)\s+(?:high\s+)?school|technikum|gymnasium|secondaires?|lyc[eé]e|grade\s+12|MBO(?![- ]?[34])|HAVO|VWO|IB|International\s+Baccalaureate)\b/i;
/** A further-education qualification at school-leaving level ("Level 3 Extended Diploma", a UK RQF level up to 3, an Access to HE Diploma): not a diploma programme. */
const SCHOOL_LEVEL_DIPLOMA_RE = /\blevel\s*[1-3]\s+(?:[\p{L}]+\s+){0,2}?diploma\b|\bAccess\s+to\s+(?:Higher\s+Education|HE)\b/iu;
/** Trade and vocational awarding bodies (City & Guilds, NVQ, a BTEC below level 4): their diplomas are trade or school-level awards, not diploma programmes. */
const TRADE_AWARD_RE = /\b(?:City\s*(?:&|and)\s*Guilds|S?NVQ|BTEC(?!\s+(?:Higher|HND|Level\s*[4-7])))\b/i;
/** A postgraduate certificate (PGCE, PGDE) is a professional qualification: "Secondary Education" in its name is not a school level. */
const POSTGRADUATE_CERTIFICATE_RE = /\b(?:PGCE|PGDE|(?:post[- ]?)?graduate\s+certificate)\b/i;

const SCHOOL_EXAMS_RE = /\b(?:GCSEs?|IGCSEs?|O[- ]Levels?)\b/;

/** The level a pattern's match stands for in its line: a school's diploma is a high-school credential, a level 1–3 or trade diploma none. */
function levelInLine(level: DegreeLevel, line: string): DegreeLevel | null {
  if (level === "high_school" && POSTGRADUATE_CERTIFICATE_RE.test(line)) return null;
  if (level !== "diploma") return level;
  if (SCHOOL_LEVEL_DIPLOMA_RE.test(line) || TRADE_AWARD_RE.test(line)) return null;
  return SCHOOL_DIPLOMA_RE.test(line) ? "high_school" : level;
}

/** The highest degree a resume's line names, if any. */
export function matchDegree(line: string): DegreeMatch | null {
  let best: DegreeMatch | null = null;
  for (const [pattern, re] of LEVEL_PATTERNS) {
    const m = re.exec(line);
    const level = m ? levelInLine(pattern, line) : null;
    if (!m || !level) continue;
    if (!best || DEGREE_RANK[level] > DEGREE_RANK[best.level]) best = { level, text: m[0], index: m.index };
  }
  // A resume's "GCSEs including English and Maths": school-leaving qualifications (a posting's "teach to GCSE" is not a degree level).
  const school = best ? null : SCHOOL_EXAMS_RE.exec(line);
  if (school) return { level: "high_school", text: school[0], index: school.index };
  return best ?? collegeProgramme(line);
}

const PROGRAMME_RE = /^(.*?\S)\s+program(?:me)?\b/iu;
const COLLEGE_RE = /\b(?:College|Polytechnic|Politeknik|TAFE|C[ée]gep|Institute\s+of\s+Technology)\b/iu;
const NOT_DIPLOMA_PROGRAMME_RE = /\b(?:University|certificate|course|apprenticeship|bootcamp|exchange|summer|short|online)\b/i;

/**
 * A named programme at a college that awards no degree ("Aircraft Maintenance Engineer – M program,
 * Centennial College"): a college diploma programme, unless it names a certificate or a short course.
 */
function collegeProgramme(line: string): DegreeMatch | null {
  const m = PROGRAMME_RE.exec(line);
  // The programme is named in title case ("Practical Nursing program"), not told in a sentence ("ran the mentoring program").
  if (!m?.[1] || /(?:^|\s)\p{Ll}{4,}/u.test(m[1]) || !COLLEGE_RE.test(line) || NOT_DIPLOMA_PROGRAMME_RE.test(line)) return null;
  return { level: "diploma", text: m[0], index: m.index };
}

/** Every degree level a line names ("BS/MS in Computer Science" → bachelor, master): a posting's wording. */
export function matchDegreeLevels(line: string): DegreeLevel[] {
  const out: DegreeLevel[] = [];
  for (const [level, re] of LEVEL_PATTERNS) {
    if (!re.test(line)) continue;
    if (level === "diploma" && /high\s+school|secondary/i.test(line)) continue;
    out.push(level);
  }
  return out;
}

function cleanField(rest: string): string | null {
  let s = rest
    .replace(
      /^\s*(?:degree\s*)?(?:of\s+(?:science|arts|applied science|fine arts|business administration|engineering|technology|education|laws|commerce|philosophy|medicine|music)\b)?\s*(?:degree)?\s*(?:\((?:hons?|honours|honors)\.?\)\s*)?(?:(?:in|of)\s+|[,:–—-]\s*)?/i,
      "",
    )
    .trim();
  s = s.split(/\s+[—–|]\s+|\s+-\s+|,\s+|\s+at\s+|\s{2,}|\t/)[0] ?? "";
  s = s.replace(/^(?:diploma|degree|certificate)\b\s*/i, "");
  s = s
    .replace(/\b(?:19|20)\d\d\b.*$/, "")
    .replace(/[\s,.;:(–—-]+$/, "")
    .trim();
  if (s.length < 2 || INSTITUTION_RE.test(s)) return null;
  return s;
}

function findInstitution(texts: readonly string[]): string | null {
  for (const t of texts) {
    for (const seg of t.split(/\s+[—–|·]\s+|\s+-\s+|,\s+(?=[\p{Lu}])|\s{2,}|\t/u)) {
      if (!INSTITUTION_RE.test(seg)) continue;
      const cleaned = seg
        .replace(/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d\d\b.*/, "")
        .replace(/,?\s*\(?(?:19|20)\d\d.*$/, "")
        .replace(/^.*?\b(?:from|at)\s+/, "")
        .replace(/[\s,.;]+$/, "")
        .trim();
      // "High School Diploma" names the credential, "Palmer High School" the school.
      if (cleaned.length > 1 && !matchDegree(cleaned.replace(/\b(?:High|Secondary)\s+School$/i, ""))) return cleaned;
    }
  }
  return null;
}

/**
 * An education entry that names a programme and the college that gave it, with a year but no award word
 * ("Aviation Technician - Aircraft Maintenance, Georgian College, Barrie, 2023"): a college diploma.
 */
function collegeAward(text: string): DegreeMatch | null {
  if (!COLLEGE_RE.test(text) || NOT_DIPLOMA_PROGRAMME_RE.test(text) || TRADE_AWARD_RE.test(text)) return null;
  // A certificate-level award (HNC, a level 1–3 course) or a school is no diploma programme.
  if (/\b(?:HNC|high\s+school|secondary\s+school|level\s*[1-3])\b/i.test(text)) return null;
  if (findDates(text).length === 0) return null;
  const [programme] = text.split(/\s+[—–|]\s+(?=.*\b(?:College|Polytechnic|Politeknik|TAFE|C[ée]gep|Institute)\b)|,\s+/u);
  // The programme is a title-case name ("Aviation Technician - Aircraft Maintenance") before the college's part.
  if (!programme || COLLEGE_RE.test(programme) || /\d/.test(programme) || /(?:^|\s)\p{Ll}{4,}/u.test(programme)) return null;
  if (programme.split(/\s+/).length < 2) return null;
  return { level: "diploma", text: programme, index: 0 };
}

/** A college programme whose college is on the next line ("Practical Nursing program" / "Georgian College, 2019"). */
function programmeAbove(text: string, next: string): DegreeMatch | null {
  if (!PROGRAMME_RE.test(text) || matchDegree(next)) return null;
  return collegeProgramme(`${text}, ${stripBullet(next)}`);
}

export interface EducationResult {
  entries: EducationEntry[];
  highestDegree: DegreeLevel;
}

/**
 * Education entries from the given lines (the education sections; callers fall
 * back to the whole document when those are missing or hold no degree).
 */
export function extractEducation(lines: readonly Line[], now: YearMonth): EducationResult {
  const entries: EducationEntry[] = [];
  const nowIndex = toMonthIndex(now);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.text === "") continue;
    const text = stripBullet(line.text);
    const degree = matchDegree(text) ?? programmeAbove(text, lines[i + 1]?.text ?? "") ?? collegeAward(text);
    if (!degree) continue;
    // Details often continue on the next lines ("University of Vermont, 2017").
    const following: string[] = [];
    for (let k = i + 1; k < lines.length && following.length < 2; k++) {
      const next = lines[k];
      if (!next || next.text === "") continue;
      if (matchDegree(next.text)) break;
      following.push(stripBullet(next.text));
    }
    const context = [text, ...following];
    const rest = text.slice(degree.index + degree.text.length);
    let year: number | null = null;
    let future = false;
    let present = false;
    for (const t of context) {
      const ranges = findDateRanges(t, now);
      const range = ranges[ranges.length - 1];
      if (range) {
        year = range.end.year;
        present = range.current;
        if (toMonthIndex(range.end) > nowIndex) future = true;
        break;
      }
      const dates = findDates(t);
      const last = dates[dates.length - 1];
      if (last) {
        year = last.date.year;
        // Year-only dates read as January; a graduation "2026" in Nov 2026 has happened.
        const endIndex = /^\d{4}$/.test(t.slice(last.index, last.index + last.length))
          ? toMonthIndex({ year: last.date.year, month: 6 })
          : toMonthIndex(last.date);
        if (endIndex > nowIndex) future = true;
        break;
      }
    }
    const unfinished = UNFINISHED_RE.test(text) || (following[0] !== undefined && UNFINISHED_RE.test(following[0])) || future || present;
    entries.push({
      level: degree.level,
      degree: degree.text.trim(),
      field: cleanField(rest),
      institution: findInstitution(context),
      year,
      completed: !unfinished,
    });
  }
  let highestDegree: DegreeLevel = "none";
  for (const e of entries) {
    if (e.completed && DEGREE_RANK[e.level] > DEGREE_RANK[highestDegree]) highestDegree = e.level;
  }
  return { entries, highestDegree };
}
