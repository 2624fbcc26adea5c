// parseJobDescription: job-description text → JobRequirements (pure, no I/O).
//
// Must-have vs nice-to-have vs context, judged clause by clause:
// - skills in requirement sections ("Requirements", "Minimum/Basic/Required
//   qualifications", "What you bring", "What we need", "To be successful you will
//   have:"…) are must-haves, unless the clause softens them ("a plus", "preferred",
//   "bonus"); a clause that turns into a preference half-way ("a finance role –
//   ideally management accounting", "an ATS — Greenhouse preferred") is firm before
//   the break and preferred after it;
// - skills in preferred sections ("Preferred", "Nice to have", "Bonus", "Highly
//   regarded") or on a "Preferred: …" line are nice-to-haves;
// - skills named in the job title are title skills (`titleSkills`): the role's own field, scored as a
//   strong signal but never a knockout, unless the posting's body also requires them (then must-haves);
//   credentials the title names ("Registered Nurse") stay required;
// - skills mentioned only in responsibilities, role or company prose are duties
//   (context for similarity), unless the clause says "required"/"must" (then
//   must) or softens them (then nice) — the requirements list is the employer's
//   own statement of what is needed, and duties often name tools the team will teach;
// - pay, benefits, equal-opportunity and how-to-apply sentences name nothing,
//   wherever they sit; a detail in parentheses after a requirement ("Spark
//   (PySpark)") is context;
// - an unstructured JD with no requirement section falls back to lines phrased
//   as requirements ("experience with", "proficiency in", "N+ years"), and to
//   every mentioned skill when even those are missing.
// - a requirement the taxonomy does not know ("ministerial briefing", "F-Gas", "GST") is read from
//   the clause's wording (job/phrases.ts) and kept, in the clause's tier, as an auto-read custom
//   requirement (`custom:<name>`, named in `customSkills` and `customSkillsRead`).
// Alternatives ("Snowflake, Redshift or BigQuery", "Airflow or a comparable
// orchestrator (Dagster, Prefect)", "at least one of …", "a SIEM (Sentinel, Splunk
// or Elastic)", "security, military or customer-facing experience", "…, etc.")
// become one group in `mustHaveGroups`: any member satisfies it. `mustHaveSkills`
// stays the flat list of every must-level id (group members included).
import { fieldsOfSkill } from "../skills/context";
import { getDefaultSkillMatcher, type SkillMatch, type SkillMatcher } from "../skills/matcher";
import { REQUIREMENTS_SCHEMA_VERSION } from "../constants";
import { customSkillId } from "../score/custom-skill-id";
import type { JobRequirements, ScopedYears, Seniority } from "../types";
import { asLocation } from "./contact";
import { namesRole } from "./experience";
import { languageMatches } from "./job/languages";
import { drivingLicenceMatches, licenceMatches, withDrivingLicenceWording, withPostingWording } from "./job/licences";
import {
  clauseParts,
  inCredentialParts,
  inVerdictAside,
  namesEmployerKind,
  isCriterion,
  clauseRanges,
  isBoilerplate,
  isNiceLabelled,
  isRequirementHeading,
  isInvitation,
  isScreening,
  isSoftened,
  NOT_ENOUGH_RE,
  offeredFrom,
  softFrom,
} from "./job/clauses";
import { outsideClearance, readClearance, withClearance } from "./job/clearance";
import { extractDegree, inDegreeAlternatives } from "./job/degree";
import { extractEligibility, siteWorkplace } from "./job/eligibility";
import { cityOfSite, countryOfCity, fieldWorkplace, withoutRemoteThings } from "./job/places";
import { claimedAlternatives, clausePhrases, phraseKey, workPairSpans } from "./job/phrases";
import { withoutNameWords } from "./job/names";
import {
  asksInProse,
  namedByBody,
  ownRoute,
  type RegistrationMention,
  registrationMentions,
  turnedAway,
  withoutClaimed,
} from "./job/registrations";
import { isBullet, type Line, splitLines, stripBullet } from "./lines";
import { NUMBER_PATTERN, numberValue } from "./number-words";

export interface ParseJobOptions {
  matcher?: SkillMatcher;
}

type JobSectionClass = "title" | "header" | "must" | "nice" | "responsibilities" | "about" | "benefits" | "education" | "other";

const NICE_HEADING_RE =
  /\b(?:prefer(?:red|ence)?|nice|bonus|plus(?:es)?|desir(?:ed|able)|good to have|extra credit|ideally|added advantage|advantage(?:ous)?|would be (?:great|nice|lovely)|great if you|not required|optional|stand out|even better|assets?|highly regarded|regarded|valued)\b/i;
const MUST_HEADING_RE =
  /\b(?:require(?:d|ments?)?|qualifications?|must|minimum|basic|essential|what you(?:'|’)?ll need|what (?:you|we) need|what we(?:'|’)?re after|what we ask|what you bring|you bring|you(?:'|’)ll bring|you will bring|you(?:'|’)ll have|you will have|you have|who you are|about you|(?:about )?the person|the candidate|is this you|ksas?|looking for|ideal candidate|you should have|skills|experience|competenc(?:y|ies)|what we expect|what it takes|need to have|profile|your background|conditions of employment)\b/i;
const RESP_HEADING_RE =
  /\b(?:responsibilit(?:y|ies)|(?:essential |key |job |primary )?functions|what you(?:'|’)?ll do|what you will do|duties|the role|role summary|about the role|day[- ]to[- ]day|in this role|the job|you will(?! (?:have|need|bring|hold|be required))|impact|opportunity|what you(?:'|’)?ll work on|mission|key tasks|your role|the work|outcomes|(?:key )?accountabilities|(?:post ?holder|jobholder|incumbent) will(?! (?:have|need|hold|bring|be required))|main tasks)\b/i;
const ABOUT_HEADING_RE =
  /\b(?:about|who we are|company|benefits?|perks|compensation|salary|pay|why|culture|equal opportunity|eeo|location|schedule|how to apply|our team|the team|what we offer|offer|rewards|us)\b/i;
// Pay, perks and legal boilerplate: what the employer offers, never what it asks for
// ("medical/dental/vision", "tuition reimbursement for BSN/MSN" are not skills of the role).
const BENEFITS_HEADING_RE =
  /\b(?:benefits?|perks|compensation|salary|pay|what we offer|we offer|rewards|equal opportunity|eeo|how to apply)\b/i;
const EDUCATION_HEADING_RE = /\b(?:education|degree)\b/i;

// Prose states requirements too: "to be considered you need to be licensed …", "you will hold a …".
const MUST_LINE_RE =
  /\b(?:required|must|mandatory|essential|need to have|requires?|you(?:'|’)?(?:ll| will)? need|need to (?:be|hold|have)|to be considered|(?:you|candidates?) (?:will |should )?hold|(?:licensed|registered) (?:as|with|in)|eligible for (?:licensure|registration))\b/i;
const REQUIREMENT_PHRASE_RE =
  /\b(?:experience (?:with|in|using)|proficien(?:t|cy)|knowledge of|expertise (?:in|with)|familiar(?:ity)? with|years of|hands-on|strong|solid|skilled in|ability to)\b/i;

function classifyHeading(text: string): JobSectionClass | null {
  const t = text.replace(/[:\-–—*#=_]+$/g, "").trim();
  if (isRequirementHeading(t)) return "must";
  if (NICE_HEADING_RE.test(t)) return "nice";
  if (RESP_HEADING_RE.test(t)) return "responsibilities";
  if (EDUCATION_HEADING_RE.test(t) && !/experience/i.test(t)) return "education";
  if (MUST_HEADING_RE.test(t)) return "must";
  if (BENEFITS_HEADING_RE.test(t)) return "benefits";
  if (ABOUT_HEADING_RE.test(t)) return "about";
  return null;
}

// A sentence that introduces a list of what the role needs: "This role requires a variety of strengths
// and capabilities including:", "To be successful you will need:". Its list is a requirement section.
const LEAD_IN_MUST_RE =
  /\b(?:requires?|required|requirements|you(?:'|’)?ll need|you will need|you need|you must have|you should have|must have|we(?:'|’)?re looking for|we are looking for|qualifications|to be successful|you(?:'|’)?ll have|you will have|(?:ideal|successful) candidate)\b[^:]*:$/i;
const LEAD_IN_NICE_RE =
  /\b(?:prefer(?:red|ably)?|bonus|nice to have|a plus|ideally|advantage(?:ous)?|desirable|highly regarded|regarded)\b[^:]*:$/i;
// A neutral heading that ends company text: "Job description", "Position summary", "Overview".
const NEUTRAL_HEADING_RE = /^(?:(?:the |full )?(?:job|position|role|vacancy)\s+)?(?:description|summary|overview|details)\s*:?$/i;

/**
 * "Company size:" followed by one short value and then another "Label:" line: a field of a job board's
 * metadata block, not the heading of a section.
 */
function isMetadataLabel(lines: readonly Line[], i: number): boolean {
  const value = lines[i + 1]?.text ?? "";
  const after = lines[i + 2]?.text ?? "";
  return value !== "" && !/:$/.test(value) && value.split(/\s+/).length <= 4 && /^[^:]{1,30}:$/.test(after);
}

// "1. THE SERVICE", "3) Qualifications and experience", "4.": a section number before a heading.
const SECTION_NUMBER_RE = /^(\d{1,2})[.)]\s+(?=\S)/;

/**
 * A numbered line that is a section heading, not an item of a numbered list: its words are a heading
 * (capitals of two words or more, or a known section name) and the next numbered line is not the
 * item after it at the same level ("2." after "1." is a list; "4.1" after "4." is a sub-item).
 */
function numberedHeading(lines: readonly Line[], i: number): string | null {
  const text = lines[i]?.text ?? "";
  const m = SECTION_NUMBER_RE.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length).trim();
  if (rest.length > 60 || /[.!?,;]$/.test(rest) || rest.split(/\s+/).length > 6) return null;
  const caps = /^[\p{Lu}\d\s&/'’,:()+-]+$/u.test(rest) && /\p{Lu}{2,}\s+\S*\p{Lu}{2}/u.test(rest);
  if (!caps && (classifyHeading(rest) === null || rest.split(/\s+/).length > 4)) return null;
  const n = Number(m[1]);
  const next = lines.slice(i + 1).find((l) => l.text !== "");
  const prev = lines.slice(0, i).findLast((l) => l.text !== "");
  // The last item of a list follows the one before it: "2. BLS CERTIFICATION" after "1. …".
  if ((next && new RegExp(`^${n + 1}[.)]\\s`).test(next.text)) || (prev && n > 1 && new RegExp(`^${n - 1}[.)]\\s`).test(prev.text)))
    return null;
  return rest;
}

/** A JD heading: short, not a sentence, not a bullet; known wording, a colon, caps, or a list following. */
function jobHeadingAt(lines: readonly Line[], i: number): JobSectionClass | null {
  const line = lines[i];
  if (!line) return null;
  const numbered = numberedHeading(lines, i);
  if (numbered !== null) return classifyHeading(numbered) ?? "other";
  const text = line.text;
  if (text !== "" && text.length <= 200 && !isBullet(text) && /:$/.test(text) && text.split(/\s+/).length > 3) {
    if (LEAD_IN_NICE_RE.test(text)) return "nice";
    if (LEAD_IN_MUST_RE.test(text)) return "must";
  }
  if (NEUTRAL_HEADING_RE.test(text)) return "other";
  if (text === "" || text.length > 70 || isBullet(text)) return null;
  if (/:$/.test(text) && isMetadataLabel(lines, i)) return null;
  if (/[.!?,;]$/.test(text)) return null;
  const words = text.split(/\s+/).length;
  if (words > 9) return null;
  const cls = classifyHeading(text);
  const caps = /^[\p{Lu}\d\s&/'’,:()+-]+$/u.test(text) && /\p{Lu}{2}/u.test(text);
  const colon = /:$/.test(text);
  let next: Line | undefined;
  for (let k = i + 1; k < lines.length; k++) {
    if ((lines[k]?.text ?? "") !== "") {
      next = lines[k];
      break;
    }
  }
  const listFollows = next !== undefined && isBullet(next.text);
  if (cls && (caps || colon || listFollows || words <= 5)) return cls;
  if (caps || colon) return "other";
  return null;
}

function num(s: string | undefined): number | null {
  if (!s) return null;
  const n = numberValue(s);
  return Number.isFinite(n) ? n : null;
}

const YEARS_RANGE_RE = new RegExp(`\\b${NUMBER_PATTERN}\\s*(?:-|–|—|to)\\s*${NUMBER_PATTERN}\\+?\\s*(?:years?|yrs?)\\b`, "i");
const YEARS_MIN_RES = [
  new RegExp(`\\b${NUMBER_PATTERN}\\s*\\+\\s*(?:years?|yrs?)\\b`, "i"),
  new RegExp(
    `\\b(?:at least|minimum(?: of)?|min\\.?|a minimum of|no less than|over|more than)\\s*(?:\\(?${NUMBER_PATTERN}\\)?)\\s*(?:\\(\\d+\\)\\s*)?\\+?\\s*(?:years?|yrs?)\\b`,
    "i",
  ),
  new RegExp(`\\b${NUMBER_PATTERN}\\s*(?:\\(\\d+\\)\\s*)?(?:or more|\\+)\\s*(?:years?|yrs?)\\b`, "i"),
  new RegExp(
    `\\b${NUMBER_PATTERN}\\s*(?:\\(\\d+\\)\\s*)?(?:years?|yrs?)(?:'|’)?\\s*(?:of|in|as|working|building|experience|professional|industry|relevant|hands-on|acute|clinical|progressive|post)`,
    "i",
  ),
];

// "Minimum 12 months of verifiable tractor-trailer experience": whole years stated in months.
const MONTHS_RE = new RegExp(
  `\\b(?:(?:at least|minimum(?: of)?|a minimum of)\\s+)?${NUMBER_PATTERN}\\s*(?:\\(\\d+\\)\\s*)?\\+?\\s*months?(?:'|’)?\\s+(?:of|in)\\b`,
  "i",
);
// "Must be at least 23 years old": an age, not experience.
const AGE_AFTER_RE = /^\s*(?:old|of age)\b/i;
// "certification within one year of hire": a deadline, not experience.
const DEADLINE_YEARS_BEFORE_RE = /\b(?:within|after|in(?: the)? (?:first|next))\s*$/i;
const DEADLINE_YEARS_AFTER_RE = /^\s*(?:of\s+)?(?:hire|hiring|starting|start date|employment|joining)\b/i;

/** A years requirement and where its phrase sits in the text. */
function locateYearsRequirement(text: string): { min: number; max: number | null; start: number; end: number } | null {
  const r = YEARS_RANGE_RE.exec(text);
  if (r) {
    const a = num(r[1]);
    const b = num(r[2]);
    // "children aged four to five years old": an age range, not experience.
    const age = AGE_AFTER_RE.test(text.slice(r.index + r[0].length));
    if (a !== null && b !== null && b >= a && b <= 40 && !age) return { min: a, max: b, start: r.index, end: r.index + r[0].length };
  }
  for (const re of YEARS_MIN_RES) {
    const m = re.exec(text);
    const after = m ? text.slice(m.index + m[0].length) : "";
    const deadline = m !== null && (DEADLINE_YEARS_BEFORE_RE.test(text.slice(0, m.index)) || DEADLINE_YEARS_AFTER_RE.test(after));
    if (m && !deadline && !AGE_AFTER_RE.test(after)) {
      const v = num(m[1]);
      if (v !== null && v <= 40) return { min: v, max: null, start: m.index, end: m.index + m[0].length };
    }
  }
  const mo = MONTHS_RE.exec(text);
  const months = num(mo?.[1]);
  if (mo && months !== null && months >= 12 && months % 12 === 0)
    return { min: months / 12, max: null, start: mo.index, end: mo.index + mo[0].length };
  return null;
}

export function findYearsRequirement(text: string): { min: number; max: number | null } | null {
  const found = locateYearsRequirement(text);
  return found ? { min: found.min, max: found.max } : null;
}

const SENIORITY_RULES: [Seniority, RegExp][] = [
  ["intern", /\b(?:intern|internship|co-?op|trainee|apprentice)\b/i],
  ["executive", /\b(?:chief|c[etfo]o|vice president|vp|svp|evp|president|executive director|general manager)\b/i],
  ["director", /\b(?:director|head of)\b/i],
  // "Staff" is a level only on engineering ladders ("Staff Engineer"); a (Senior) Staff Accountant or Staff Nurse is not.
  [
    "principal",
    /\b(?:principal|distinguished|fellow|architect)\b|\bstaff\s+(?:[\w/+-]+\s+){0,2}(?:engineer|developer|scientist|designer|architect)\b/i,
  ],
  ["lead", /\b(?:lead|team lead|tech lead|charge nurse|supervisor)\b/i],
  ["manager", /\b(?:manager|management)\b/i],
  ["senior", /\b(?:senior|sr\.?|experienced|level (?:iii|3)|iii)\b/i],
  ["junior", /\b(?:junior|jr\.?|entry[- ]level|graduate|new grad|associate|level (?:i|1)|trainee)\b/i],
  ["mid", /\b(?:mid[- ]level|intermediate|level (?:ii|2)|ii)\b/i],
];

function seniorityOf(title: string | null, minYears: number | null): Seniority | null {
  if (title) {
    // "Account Executive" and "Associate Director" name roles, not levels, on their own.
    const t = title.replace(/\baccount executive\b/gi, "AE").replace(/\bassociate (?=director|manager)/gi, "");
    for (const [level, re] of SENIORITY_RULES) if (re.test(t)) return level;
  }
  if (minYears === null) return null;
  if (minYears < 2) return "junior";
  if (minYears < 5) return "mid";
  return "senior";
}

/** Splits a header line into parts without breaking inside parentheses. */
function splitOutsideParens(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? "";
    if (c === "(") depth++;
    if (c === ")") depth = Math.max(0, depth - 1);
    if (depth === 0) {
      const rest = text.slice(i);
      const sep = /^(?:\s+[—–|·•-]\s+|\s*[|·•]\s*)/.exec(rest);
      if (sep) {
        parts.push(cur.trim());
        cur = "";
        i += sep[0].length - 1;
        continue;
      }
    }
    cur += c;
  }
  parts.push(cur.trim());
  return parts.filter(Boolean);
}

const WORKPLACE_ORDER = ["remote", "hybrid", "onsite"] as const;
type Workplace = (typeof WORKPLACE_ORDER)[number];

// "Remote work: hybrid", "Remote: no": a label whose value says which arrangement applies.
const REMOTE_LABEL_RE = /\bremote(?: work(?:ing)?| option)?\s*[:\-–]\s*([^\n.;]*)/gi;
// "not remote", "cannot hire fully remote", "remote is not possible": remote work ruled out.
const NEGATED_REMOTE_RE =
  /\b(?:not|no|non|cannot|can ?not|can(?:'|’)t|unable to|isn(?:'|’)t|is not)\b[^.;\n]{0,30}\bremote\b|\bremote\b[^.;\n]{0,20}\b(?:is not|isn(?:'|’)t|not)\s+(?:possible|available|an option|offered)\b/gi;

function workplaceIn(raw: string): Workplace | null {
  const found: Workplace[] = [];
  const text = raw
    .replace(REMOTE_LABEL_RE, (_, value: string) =>
      /^\s*(?:yes|fully|100\s*%|anywhere|possible|available|ok)\b/i.test(value) ? `remote ${value}` : value,
    )
    .replace(NEGATED_REMOTE_RE, " ");
  if (/\bremote\b/i.test(text)) found.push("remote");
  if (/\bhybrid\b/i.test(text)) found.push("hybrid");
  if (/\bon[- ]?site\b|\bin[- ](?:office|person)\b|\bonsite\b/i.test(text)) found.push("onsite");
  // When several are offered, the most flexible one is what a candidate can choose.
  for (const w of WORKPLACE_ORDER) if (found.includes(w)) return w;
  return null;
}

const CITY_STATE_RE = /\b[\p{Lu}][\p{L}.'-]+(?:\s[\p{Lu}][\p{L}.'-]+)*,\s*(?:[A-Z]{2}|[\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?)\b/u;

/** The last comma-separated segment of a header part when it is a large city, postal district kept ("Dublin 2"). */
function cityAtEnd(part: string): string | null {
  const last =
    part
      .split(/\s*,\s*/)
      .pop()
      ?.trim() ?? "";
  return last && countryOfCity(last) ? last : null;
}

const US_STATE_CODE_RE =
  /^(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY])$/;

/**
 * A city and region written after other capitalised words in a header line: the last one to three words
 * before a comma-separated region ("…School, Boise, Idaho") or a US state code ("…Hotel, Asheville NC").
 */
function placeAfterName(part: string): string | null {
  const segments = part.split(/\s*,\s*/);
  for (let i = 0; i < segments.length; i++) {
    const words = (segments[i] ?? "").split(/\s+/);
    const last = words[words.length - 1] ?? "";
    // "Asheville NC": a state code right after the city, without a comma.
    if (US_STATE_CODE_RE.test(last) && words.length >= 2) {
      const found = cityBefore(words.slice(0, -1), last);
      if (found) return found;
    }
    const region = /^[\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?/u.exec(segments[i + 1] ?? "")?.[0];
    if (region) {
      const found = cityBefore(words, region);
      if (found) return found;
    }
  }
  return null;
}

function cityBefore(words: readonly string[], region: string): string | null {
  for (let n = 1; n <= Math.min(3, words.length); n++) {
    const city = words.slice(words.length - n).join(" ");
    if (!/^[\p{Lu}]/u.test(city)) break;
    const loc = asLocation(`${city}, ${region}`);
    if (loc) return loc;
  }
  return null;
}

function extractJobLocation(lines: readonly Line[], headerEnd: number): JobRequirements["location"] {
  let text: string | null = null;
  for (const l of lines) {
    const m = /^(?:location|job location|work location|based in|office)\s*:\s*(.+)$/i.exec(l.text);
    if (m?.[1]) {
      text = m[1].trim();
      break;
    }
  }
  if (!text) {
    for (const l of lines.slice(0, Math.max(headerEnd, 1) + 1)) {
      if (l.text.length > 300) continue;
      for (const part of splitOutsideParens(l.text)) {
        const bare = part.replace(/\([^()]*\)/g, "").trim();
        const cityMatch = CITY_STATE_RE.exec(bare);
        const isLoc = (cityMatch && asLocation(cityMatch[0])) || /\b(?:remote|hybrid|on-?site)\b/i.test(bare);
        if (isLoc) {
          // "… hiring officers for a campus in Plano, TX. …": a sentence names the place, it is not one.
          text = cityMatch && asLocation(cityMatch[0]) && part.length > 80 ? cityMatch[0] : part;
          break;
        }
        // "The Larkspur Hotel, Asheville NC", "Mesa Ridge High School, Boise, Idaho": the place after an employer's name.
        // "Tinder & Salt, Dublin 2", "Kirkstall Brook Academy, Leeds LS5", "Bristol (Temple Quay)": a large city named alone.
        const place = placeAfterName(bare) ?? cityAtEnd(bare) ?? cityOfSite(bare);
        if (place) {
          text = place;
          break;
        }
      }
      if (text) break;
    }
  }
  const all = lines.map((l) => l.text).join("\n");
  // A job placed in a city that never mentions remote or hybrid work is done on site.
  const workplace =
    (text ? workplaceIn(text) : null) ??
    fieldWorkplace(all) ??
    workplaceIn(withoutRemoteThings(all)) ??
    (text && (CITY_STATE_RE.test(text) || countryOfCity(text)) ? "onsite" : null);
  if (!text && !workplace) return null;
  return { text, workplace };
}

const AUTH_RE =
  /\b(?:sponsor(?:ship|s|ing)?|visas?|h-?1b|authori[sz]ed to work|work authori[sz]ation|right to work|eligible to work|citizens?(?:hip)?|green card|permanent resident|security clearance|clearance)\b/i;

function extractWorkAuthorization(text: string): string | null {
  // Abbreviations ("U.S. citizen", "e.g. a green card") do not end a sentence.
  const sentences = text.split(/(?<=[.!?])(?<!\b(?:U\.S|U\.K|e\.g|i\.e|etc|vs|incl|approx)\.)\s+|\n+/i);
  const hits = sentences.map((s) => s.trim()).filter((s) => AUTH_RE.test(s) && s.length < 400);
  if (hits.length === 0) return null;
  return hits.slice(0, 2).join(" ");
}

function extractEmploymentType(title: string, header: string, body: string): JobRequirements["employmentType"] {
  const tests: [NonNullable<JobRequirements["employmentType"]>, RegExp][] = [
    ["internship", /\b(?:intern|internship|co-?op)\b/i],
    ["part_time", /\bpart[- ]time\b/i],
    [
      "contract",
      /\b(?:contract(?:or)?\s+(?:role|position|basis|assignment|job|engagement)|contract[- ]to[- ]hire|on a contract|\d+[- ]month contract|fixed[- ]term contract|freelance|c2c|1099)\b|^contract$/im,
    ],
    ["temporary", /\b(?:temporary|seasonal|temp)\b(?! to)/i],
    ["full_time", /\bfull[- ]time\b|\bpermanent\b/i],
  ];
  for (const scope of [title, header, body]) {
    for (const [type, re] of tests) if (re.test(scope)) return type;
  }
  return null;
}

interface LineInfo {
  cls: JobSectionClass;
}

// Lead-ins that make the following list a set of alternatives.
const LEAD_IN_ALT_RE = /\b(?:one of|any of|at least one|one or more of|either|such as|e\.g\.|for example|like|including)\b[^.;]*$/i;

/** How two neighbouring skills are joined: "and"-style list, alternatives, or not at all (prose). */
function classifyJoint(gap: string): "and" | "alt" | null {
  const g = gap.trim();
  if (/^[,;&+]?$/.test(g)) return "and";
  if (/^\/$/.test(g)) return "alt";
  if (/^,?\s*(?:and|as well as|plus)$/i.test(g)) return "and";
  if (/^[,;]?\s*(?:or|and\/or|nor)$/i.test(g)) return "alt";
  // "Airflow or a comparable orchestrator (Dagster…": an alternative with a description.
  if (/^,?\s*(?:or|and\/or)\s+(?:a|an|any|another|other|similar|comparable|equivalent|related)\b[^,;.]{0,50}$/i.test(g)) return "alt";
  // "MLOps experience: at least one of MLflow…" / "cloud warehouse: Snowflake…".
  if (/^[^,;.]{0,40}:\s*(?:(?:at least )?one of|any of|either|such as|e\.g\.,?|like|including)?$/i.test(g)) {
    return /(?:one of|any of|either|such as|e\.g\.|like|including)\s*$/i.test(g) || /:$/.test(g) ? "alt" : "and";
  }
  if (/^(?:such as|e\.g\.,?|like|including)$/i.test(g)) return "alt";
  // "RN license or multistate compact license": a short phrase around a standalone "or".
  if (/\bor\b/i.test(g) && !/[,;.:]/.test(g) && g.split(/\s+/).length <= 4) return "alt";
  return null;
}

function credentialAlternative(gap: string): boolean {
  // "EIT certificate; or California PE license": "; or" still offers the next one instead.
  const g = gap.trim().replace(/;\s*(?=(?:or|and\/or)\b)/i, " ");
  return /\bor\b/i.test(g) && !/[;.:]/.test(g) && g.split(/\s+/).length <= 8;
}

// Clauses about work authorization or export control ("We cannot sponsor work visas",
// "requires access to export-controlled information (ITAR)") state an eligibility rule,
// not a skill: only credentials named there (a security clearance) stay requirements.
const AUTH_CLAUSE_RE =
  /\b(?:sponsor(?:ship|s|ing)?|visas?|h-?1b|authori[sz]ed to work|work authori[sz]ation|right to work|eligible to work|citizens?(?:hip)?|green card|permanent resident|itar|export[- ]controlled|u\.?s\.? persons?)\b/i;
// "… is considered for our residency track, not for this posting": named only to be excluded.
// "… alone won't cut it", "… will not be enough for this role", "… is not sufficient": experience named only to
// say it does not qualify.
// (In parentheses, such a verdict is about the requirement before it: see inVerdictAside.)
const EXCLUDED_RE = /\bnot\s+(?:for|part of)\s+this\s+(?:posting|position|role|job|opening|requisition)\b/i;
function isExcludedClause(clause: string): boolean {
  return EXCLUDED_RE.test(clause) || NOT_ENOUGH_RE.test(clause.replace(/\([^()]*\)/g, " "));
}

// "a SIEM (Sentinel, Splunk or Elastic)", "a cloud data warehouse (Snowflake, BigQuery, etc.)": a kind of
// thing introduced by an article, then examples of it that offer a choice.
const KIND_BEFORE_RE = /\b(?:a|an|any|one|some)\s+(?:[\w-]+\s+){0,2}$/i;
const CHOICE_IN_PARENS_RE = /\bor\b|\band\/or\b|\betc\b|\be\.g\.|\bsuch as\b|\bsimilar\b/i;
// After the last skill of a list: "…, or customer-facing experience", "…, etc.", "… or similar".
const TRAILING_ALT_RE = /^\s*(?:,\s*)?(?:or\b|and\/or\b|etc\b)/i;

/**
 * Skills in parentheses right after another skill (the head): alternatives to it when the parenthesis
 * offers a choice ("(or a similar CRM)", "a SIEM (Sentinel, Splunk or Elastic)"), else qualifiers of it
 * ("Spark (PySpark)"), pushed onto `qualifiers`. Every other skill is returned in `main`.
 */
function splitParenthesised(
  text: string,
  lineStart: number,
  a: number,
  b: number,
  inClause: readonly SkillMatch[],
  qualifiers: string[],
  isKind: (id: string) => boolean,
): { main: SkillMatch[]; altFromParen: Map<SkillMatch, SkillMatch[]> } {
  const main: SkillMatch[] = [];
  const altFromParen = new Map<SkillMatch, SkillMatch[]>();
  for (const m of inClause) {
    const rel = m.start - lineStart;
    const open = text.lastIndexOf("(", rel);
    const close = text.lastIndexOf(")", rel);
    const head =
      open >= a && open > close
        ? inClause.find((h) => h !== m && h.end - lineStart <= open && /^\s*$/.test(text.slice(h.end - lineStart, open)))
        : undefined;
    if (!head) {
      main.push(m);
      continue;
    }
    const closeAt = text.indexOf(")", rel) < 0 ? b : text.indexOf(")", rel);
    const parenText = text.slice(open + 1, closeAt);
    // Examples of the kind are mostly skills themselves; "an adult ICU (medical, surgical, neuro or
    // trauma ICU)" lists sub-types, which qualify it.
    const items = parenText.split(/,|\bor\b|\/|\band\/or\b/i).filter((x) => /\w/.test(x) && !/^\s*(?:etc|e\.g|similar)\b/i.test(x));
    const named = inClause.filter((x) => x.start - lineStart > open && x.start - lineStart < closeAt).length;
    const kind =
      KIND_BEFORE_RE.test(text.slice(Math.max(a, head.start - lineStart - 40), head.start - lineStart)) && named * 2 > items.length;
    if (/^\s*(?:or|and\/or)\b/i.test(parenText) || (kind && CHOICE_IN_PARENS_RE.test(parenText)) || isKind(head.id)) {
      altFromParen.set(head, [...(altFromParen.get(head) ?? []), m]);
    } else {
      qualifiers.push(m.id);
    }
  }
  return { main, altFromParen };
}

interface ListRun {
  members: SkillMatch[];
  alt: boolean;
  orJoint: boolean;
  including: boolean;
  andWord: boolean;
}

/**
 * Runs of skills joined only by list punctuation or conjunctions; a run is a group of alternatives
 * when its joints, its lead-in or its tail say so ("or", "/", "one of", "such as", "…, or X", "etc.").
 */
function listRuns(
  text: string,
  lineStart: number,
  a: number,
  matches: readonly SkillMatch[],
  isCredential: (id: string) => boolean,
): ListRun[] {
  const main = [...matches].sort((x, y) => x.start - y.start);
  // "Swift, including SwiftUI and UIKit": parts named with "and" after "including" are all required.
  const runs: ListRun[] = [];
  for (const m of main) {
    const last = runs[runs.length - 1];
    const prev = last?.members[last.members.length - 1];
    if (last && prev) {
      const gap = text.slice(prev.end - lineStart, m.start - lineStart).replace(/\([^()]*\)/g, " ");
      // Two licenses joined by "or" are alternatives even with a few words between them:
      // "RN license in Wisconsin or a multistate (NLC) license".
      const joint = classifyJoint(gap) ?? (isCredential(prev.id) && isCredential(m.id) && credentialAlternative(gap) ? "alt" : null);
      if (joint) {
        last.members.push(m);
        if (joint === "alt") last.orJoint = true;
        else if (/\band\b/i.test(gap)) last.andWord = true;
        continue;
      }
    }
    const leadIn = text.slice(Math.max(a, m.start - lineStart - 80), m.start - lineStart);
    const alt = LEAD_IN_ALT_RE.test(leadIn);
    runs.push({ members: [m], alt, orJoint: false, including: alt && /\bincluding\s*$/i.test(leadIn), andWord: false });
  }
  // "security, military, law enforcement or customer-facing experience": the list's last alternative
  // is not a skill, but the list is still a choice (unless it also says "and").
  for (const run of runs) {
    const tail = run.members[run.members.length - 1] as SkillMatch;
    if (run.members.length >= 2 && !run.andWord && TRAILING_ALT_RE.test(text.slice(tail.end - lineStart))) run.orJoint = true;
  }
  return runs;
}

/**
 * Groups the must-level skills of one line: alternatives become one group,
 * everything else a singleton group. Skills in parentheses right after
 * another skill qualify it ("Spark (PySpark)", "Excel (Power Query, pivot tables)") and are
 * returned apart (the caller keeps them as context: details of a requirement, not requirements
 * or preferences of their own) unless the parenthesis offers a choice ("(or a similar CRM)",
 * "a SIEM (Sentinel, Splunk or Elastic)").
 */
function groupLineSkills(
  text: string,
  lineStart: number,
  matches: readonly SkillMatch[],
  isCredential: (id: string) => boolean = () => false,
  isKind: (id: string) => boolean = () => false,
): { groups: string[][]; qualifiers: string[] } {
  const groups: string[][] = [];
  const qualifiers: string[] = [];
  for (const [a, b] of clauseRanges(text)) {
    const inClause = matches.filter((m) => m.start - lineStart >= a && m.start - lineStart < b);
    if (inClause.length === 0) continue;
    const { main, altFromParen } = splitParenthesised(text, lineStart, a, b, inClause, qualifiers, isKind);
    for (const run of listRuns(text, lineStart, a, main, isCredential)) {
      const ids = [...new Set(run.members.map((m) => m.id))];
      const parenAlts = run.members.flatMap((m) => (altFromParen.get(m) ?? []).map((x) => x.id));
      const alt = run.orJoint || (run.alt && !(run.including && run.andWord));
      if (alt && ids.length >= 2) {
        groups.push([...new Set([...ids, ...parenAlts])]);
      } else {
        for (const m of run.members) {
          const examples = (altFromParen.get(m) ?? []).map((x) => x.id);
          // "Basic computer skills (Excel, Word)": a general kind is met by one of the examples it names.
          groups.push([...new Set(isKind(m.id) && examples.length > 0 ? examples : [m.id, ...examples])]);
        }
      }
    }
  }
  return { groups, qualifiers };
}

/**
 * Groups of alternative credentials named on one line ("CPA or CMA required", "BLS or ACLS",
 * "RN license in Wisconsin or a multistate NLC license"), judged clause by clause like must-haves.
 */
function credentialAlternatives(text: string, lineStart: number, matches: readonly SkillMatch[]): string[][] {
  if (matches.length < 2) return [];
  const body = stripBullet(text);
  const bodyStart = lineStart + text.length - body.length;
  const out: string[][] = [];
  for (const [a, b] of clauseRanges(body)) {
    const inClause = matches.filter((m) => m.start >= bodyStart + a && m.start < bodyStart + b);
    if (inClause.length < 2) continue;
    const { groups } = groupLineSkills(body.slice(a, b), bodyStart + a, inClause, () => true);
    out.push(...groups.filter((g) => g.length >= 2));
  }
  return out;
}

const AS_ROLE_RE = /\bas an?\b/i;
const RELATED_ALLOWED_RE = /\bor (?:in )?(?:an? )?(?:closely )?(?:related|similar|equivalent|comparable)\b/i;
const DEADLINE_BEFORE_RE = /\b(?:within|after|every|in the (?:next|first)|for the (?:past|last|next))\s*$/i;

/**
 * Years requirements tied to what they are years OF: the skills named after the years
 * phrase in the same clause ("At least 2 years of recent RN experience in an adult ICU
 * (medical, surgical…)" → critical-care; "5+ years with Python and SQL" → python, sql),
 * or before it in the same comma-separated part when none follow ("Python: 5+ years").
 * The clause is cut at a softened part ("…, Big 4 a plus"). Qualifiers in parentheses
 * ("ICU (medical, surgical…)") describe the scope, they do not add to it. Not scopes:
 * licenses (checked on their own; "years of RN experience" are years in the field) and
 * generic professional skills; years "as a <role>" or allowing "a closely related role"
 * are years in a field, which the relevant-experience curve already measures. Only
 * requirement text counts (not preferred, about or benefits parts, softened, deadline or
 * excluded clauses).
 */
function extractScopedYears(
  lines: readonly Line[],
  classOf: (i: number) => JobSectionClass,
  byLine: ReadonlyMap<number, SkillMatch[]>,
  matcher: SkillMatcher,
): ScopedYears[] {
  const out: ScopedYears[] = [];
  const seen = new Set<string>();
  const isScope = (id: string) => {
    const skill = matcher.skillsById.get(id);
    return skill !== undefined && skill.credential !== true && skill.category !== "credential" && skill.category !== "professional";
  };
  for (const line of lines) {
    const cls = classOf(line.index);
    if (cls === "about" || cls === "benefits" || cls === "nice" || cls === "title") continue;
    const ms = byLine.get(line.index);
    if (!ms || ms.length === 0) continue;
    const body = stripBullet(line.text);
    const bodyStart = line.end - body.length;
    for (const [a, b] of clauseRanges(body)) {
      const clause = body.slice(a, b);
      if (isExcludedClause(clause) || AUTH_CLAUSE_RE.test(clause)) continue;
      const found = locateYearsRequirement(clause);
      // "complete a BSN within 5 years of hire" sets a deadline, not an experience requirement.
      if (!found || DEADLINE_BEFORE_RE.test(clause.slice(0, found.start))) continue;
      // The years phrase's comma-part, then following parts until a softened one.
      const partStart = Math.max(0, clause.lastIndexOf(",", found.start) + 1);
      const partEnd = clause.indexOf(",", found.end) < 0 ? clause.length : clause.indexOf(",", found.end);
      if (isSoftened(clause.slice(partStart, partEnd))) continue;
      let scopeEnd = clause.length;
      for (let k = clause.indexOf(",", found.end); k >= 0; k = clause.indexOf(",", k + 1)) {
        const next = clause.indexOf(",", k + 1);
        const part = clause.slice(k + 1, next < 0 ? clause.length : next);
        if (isSoftened(part)) {
          scopeEnd = k;
          break;
        }
      }
      const inRange = (from: number, to: number) =>
        ms.filter((m) => m.start >= bodyStart + a + from && m.end <= bodyStart + a + to && isScope(m.id));
      let from = found.end;
      let scoped = inRange(found.end, scopeEnd);
      if (scoped.length === 0) {
        from = partStart;
        scoped = inRange(partStart, found.start);
      }
      if (scoped.length === 0) continue;
      const to = from === partStart ? found.start : scopeEnd;
      // "as a data engineer", "or in a closely related role": years in a role or field, which the
      // relevant-experience curve measures (titles, skills and vocabulary), not years of a skill.
      if (
        from === found.end &&
        (AS_ROLE_RE.test(clause.slice(found.end, (scoped[0]?.start ?? 0) - bodyStart - a)) ||
          RELATED_ALLOWED_RE.test(clause.slice(from, to)))
      )
        continue;
      const raw = groupLineSkills(clause.slice(from, to), bodyStart + a + from, scoped).groups;
      // As for must-haves: a group holding an id that is also required alone adds nothing.
      const singles = new Set(raw.filter((g) => g.length === 1).map((g) => g[0] as string));
      const groupKeys = new Set<string>();
      const groups: string[][] = [];
      for (const g of raw) {
        const k = [...g].sort().join("|");
        if ((g.length > 1 && g.some((id) => singles.has(id))) || groupKeys.has(k)) continue;
        groupKeys.add(k);
        groups.push(g);
      }
      if (groups.length === 0) continue;
      const key = `${found.min}:${groups.map((g) => [...g].sort().join("|")).join("&")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ minYears: found.min, groups, text: clause.trim().slice(0, 240) });
    }
  }
  return out;
}

interface SkillTiers {
  mustHaveGroups: string[][];
  mustHaveSkills: string[];
  niceToHaveSkills: string[];
  softSkills: string[];
  duties: string[];
  titleSkills: string[];
}

/**
 * The skills a title line names: `stack` are named in parentheses as the role's tools ("Senior
 * Backend Engineer (Go)", "Data Engineer (Spark / Airflow)") — the parenthesis holds nothing but
 * skill names, none of them an abbreviation of a skill named before it ("Security Operations Center
 * (SOC)") — and are required like a requirement line; `qualifiers` detail another skill ("Spark
 * (PySpark)") and are context; `title` are the rest, the role's field.
 */
function titleLineSkills(
  text: string,
  lineEnd: number,
  ms: readonly SkillMatch[],
): { title: string[]; stack: string[]; qualifiers: string[] } {
  const body = stripBullet(text);
  const bodyStart = lineEnd - body.length;
  const { groups, qualifiers } = groupLineSkills(body, bodyStart, ms);
  const kept = new Set(groups.flat());
  const stack = new Set<string>();
  for (const paren of body.matchAll(/\(([^()]*)\)/g)) {
    const from = bodyStart + (paren.index ?? 0);
    const to = from + paren[0].length;
    const inside = ms.filter((m) => m.start > from && m.end < to && kept.has(m.id));
    const outside = new Set(ms.filter((m) => m.end <= from || m.start >= to).map((m) => m.id));
    let rest = paren[1] ?? "";
    for (const m of [...inside].sort((x, y) => y.start - x.start)) rest = rest.slice(0, m.start - from - 1) + rest.slice(m.end - from - 1);
    if (inside.length === 0 || inside.some((m) => outside.has(m.id)) || !/^(?:[\s,/&+|]|\b(?:and|or)\b)*$/i.test(rest)) continue;
    for (const m of inside) stack.add(m.id);
  }
  return { title: [...kept].filter((id) => !stack.has(id)), stack: [...stack], qualifiers: qualifiers.filter((id) => !kept.has(id)) };
}

/** Whether a clause requires the skills it names. */
function clauseIsMust(cls: JobSectionClass, clause: string, sawMustSection: boolean): boolean {
  const soft = isSoftened(clause);
  if (cls === "title") return true;
  if (cls === "must") return !soft;
  if (cls === "nice" || cls === "about") return false;
  if (!soft && (MUST_LINE_RE.test(clause) || (cls !== "responsibilities" && isCriterion(clause)))) return true;
  // A posting without a requirements section states them as phrases ("experience with …").
  return !sawMustSection && !soft && REQUIREMENT_PHRASE_RE.test(clause);
}

/** A top-level professional skill (nothing broader): a general kind; "Excel (Power Query)" keeps Excel, which is not one. */
function isGeneralKind(id: string, matcher: SkillMatcher): boolean {
  const skill = matcher.skillsById.get(id);
  return skill?.category === "professional" && skill.broader.length === 0;
}

/**
 * A general professional skill named with narrower skills of its own in one clause is the kind they
 * are examples of, not a requirement beside them: "Bilingual in Spanish or Vietnamese" asks for one of
 * the languages, "Microsoft Office (Excel, Word)" for those programs.
 */
function withoutKinds(ms: readonly SkillMatch[], matcher: SkillMatcher, between: (a: SkillMatch, b: SkillMatch) => string): SkillMatch[] {
  // The kind opens its examples: "Bilingual in Spanish…", "computer skills: Excel"; a field named after a
  // specialty of it ("a litigation paralegal in a law firm") is where the work is done, and stays.
  const opens = (k: SkillMatch) =>
    ms.some((n) => n.start > k.start && matcher.skillsById.get(n.id)?.broader.includes(k.id) && KIND_GAP_RE.test(between(k, n)));
  const kinds = new Set(ms.filter((k) => isGeneralKind(k.id, matcher) && opens(k)).map((k) => k.id));
  return kinds.size === 0 ? [...ms] : ms.filter((m) => !kinds.has(m.id));
}

// "Bilingual in English and Spanish", "bilingual English/Vietnamese": the posting's own language is the base. A
// stated language profile ("Language requirements: bilingual imperative (English and French)") asks for both.
const BILINGUAL_RE = /\bbilingual\b/i;
const LANGUAGE_PROFILE_RE = /\blanguage requirements?\b|\bofficial languages?\b|\bbilingual imperative\b/i;

/** The matches without English where a clause asks for bilingual English and another language: the other one is the ask. */
function withoutBilingualBase(ms: readonly SkillMatch[], clause: string, matcher: SkillMatcher): SkillMatch[] {
  const language = (m: SkillMatch) => matcher.skillsById.get(m.id)?.broader.includes("foreign-languages") === true;
  if (!BILINGUAL_RE.test(clause) || LANGUAGE_PROFILE_RE.test(clause) || !ms.some((m) => m.id !== "english" && language(m))) return [...ms];
  return ms.filter((m) => m.id !== "english");
}

// What may stand between a general kind and the first of its examples: "in", "(", ":", "e.g.", a word or two.
const KIND_GAP_RE = /^[\s(:]*(?:(?:in|of|with|e\.g\.,?|such as|including|like)\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * A banner above the posting that names the employer and where it is ("Acme Payments · Remote",
 * "Prairie Line Freight | Terminal: Des Moines, IA"): parts joined by separators, names only (every
 * word of four or more letters capitalised), no sentence. A skill name in it ("Payments", "Freight")
 * is the company's name or business, not something the job needs or does.
 */
export function isMastheadLine(text: string): boolean {
  const t = text.trim();
  if (t === "" || /[.!?]$/.test(t)) return false;
  const parts = t.split(/\s+[·•|—–-]\s+|\s*\|\s*/).filter((p) => p.trim() !== "");
  const words = t.match(/[\p{L}][\p{L}'’&.-]*/gu) ?? [];
  return parts.length >= 2 && words.length <= 12 && words.every((w) => w.length < 4 || /^[\p{Lu}\p{N}]/u.test(w));
}

// "(our actuarial team uses both)", "our payments platform": the employer's own team or business.
const OURS_BEFORE_RE = /\bour\s+$/i;
// "Advanced Excel or Power BI for reporting on declarations": what the tool before it is used for, not a second ask.
const PURPOSE_BEFORE_RE = /\S\s+for\s+$/i;
const BROAD_SKILLS = new WeakMap<SkillMatcher, Set<string>>();

/** Skills other skills build on ("Reporting", "Cybersecurity"): a field of work rather than one skill. */
function broadSkills(matcher: SkillMatcher): Set<string> {
  let broad = BROAD_SKILLS.get(matcher);
  if (!broad) {
    broad = new Set([...matcher.skillsById.values()].flatMap((s) => s.broader));
    BROAD_SKILLS.set(matcher, broad);
  }
  return broad;
}

/**
 * A skill a preference names only on the side (see isAside), or a broad field named as what the thing
 * before it is for ("Excel for reporting", "recruiting for cybersecurity clients"); a specific one stays
 * ("Westlaw for cite-checking"). A requirement's purpose ("Strong Python for data analysis") is asked for too.
 */
function isSideSkill(body: string, m: SkillMatch, bodyStart: number, isBroad: (id: string) => boolean): boolean {
  const start = m.start - bodyStart;
  return isAside(body, start, m.end - bodyStart) || (isBroad(m.id) && PURPOSE_BEFORE_RE.test(body.slice(Math.max(0, start - 8), start)));
}

/**
 * A skill a requirement names only on the side: a part of one credential ("… (injection training certificate,
 * current CPR and First Aid)"), a verdict on which experience counts, the employer ("at a law firm") or
 * something of the employer's own ("our actuarial team").
 */
function isAside(body: string, start: number, end: number): boolean {
  return (
    inCredentialParts(body, start) ||
    inVerdictAside(body, start) ||
    namesEmployerKind(body, end) ||
    OURS_BEFORE_RE.test(body.slice(Math.max(0, start - 8), start))
  );
}

/**
 * The skills of a requirement clause: must-have groups; credentials that are one way in of several
 * ("Paralegal certificate, or a bachelor's degree plus equivalent experience"), nice; asides and
 * qualifiers, context.
 */
function mustClause(
  body: string,
  bodyStart: number,
  [a, b]: [number, number],
  cms: readonly SkillMatch[],
  { isCredential, isKind }: Record<"isCredential" | "isKind", (id: string) => boolean>,
): { groups: string[][]; nice: string[]; context: string[] } {
  const clause = body.slice(a, b);
  const optional = cms.filter(
    (m) => isCredential(m.id) && (offersOtherPath(clause, m.end - bodyStart - a) || inDegreeAlternatives(body, m.start - bodyStart)),
  );
  const parts = cms.filter((m) => isAside(body, m.start - bodyStart, m.end - bodyStart));
  const firm = cms.filter((m) => !optional.includes(m) && !parts.includes(m));
  const { groups, qualifiers } = groupLineSkills(clause, bodyStart + a, firm, isCredential, isKind);
  return { groups, nice: optional.map((m) => m.id), context: [...parts.map((m) => m.id), ...qualifiers] };
}

// "…; NEC or JCT experience from the UK is also relevant": another way to meet the requirement stated before it.
const ALSO_COUNTS_RE =
  /\b(?:is|are|would be|will be)\s+also\s+(?:relevant|acceptable|accepted|considered|fine|suitable|valid)\b|\balso\s+(?:counts?|qualif(?:y|ies))\b/i;

/**
 * Adds what a requirement clause read to the tiers: its groups as must-haves — joined to the group of the
 * clause before it on the same line (from `lineFrom` on) when the clause offers another way to meet that one —
 * its optional credentials as nice-to-haves, its asides as context.
 */
function addMustClause(
  read: ReturnType<typeof mustClause>,
  clause: string,
  lineFrom: number,
  into: { mustGroups: string[][]; nice: Set<string>; duties: Set<string> },
): void {
  const prev = into.mustGroups.length > lineFrom ? into.mustGroups[into.mustGroups.length - 1] : undefined;
  if (prev && ALSO_COUNTS_RE.test(clause)) prev.push(...read.groups.flat().filter((id) => !prev.includes(id)));
  else into.mustGroups.push(...read.groups);
  for (const id of read.nice) into.nice.add(id);
  for (const id of read.context) into.duties.add(id);
}

/**
 * Sorts the skills a posting names into must-have groups, nice-to-haves, soft skills (asked for
 * anywhere, never knockouts) and duties (named by what the job does, not by what it needs).
 * Company, pay and benefits text names none of them.
 */
function readSkillTiers(
  lines: readonly Line[],
  classOf: (i: number) => JobSectionClass,
  byLine: ReadonlyMap<number, SkillMatch[]>,
  matcher: SkillMatcher,
  sawMustSection: boolean,
): SkillTiers {
  const isSoft = (id: string) => matcher.skillsById.get(id)?.soft === true;
  const isCredential = (id: string) => matcher.skillsById.get(id)?.credential === true;
  const isKind = (id: string) => isGeneralKind(id, matcher);
  const isBroad = (id: string) => broadSkills(matcher).has(id);
  const kinds = { isCredential, isKind };
  const mustGroups: string[][] = [];
  const nice = new Set<string>();
  const soft = new Set<string>();
  const duties = new Set<string>();
  const roleDuties = new Set<string>();
  // Skills the title names define the role; the body decides whether they are also required.
  const fromTitle = new Set<string>();
  const stack = new Set<string>();
  const roleDuty = roleDutySkills(lines, classOf, matcher, sawMustSection);
  for (const [idx, ms] of byLine) {
    const line = lines[idx];
    const cls = classOf(idx);
    if (!line || cls === "benefits" || cls === "about" || (cls === "header" && isMastheadLine(line.text))) continue;
    if (cls === "title") {
      const read = titleLineSkills(
        line.text,
        line.end,
        ms.filter((m) => !isCredential(m.id)),
      );
      for (const id of read.title) fromTitle.add(id);
      for (const id of read.stack) stack.add(id);
      for (const id of read.qualifiers) duties.add(id);
      if (ms.every((m) => !isCredential(m.id))) continue;
    }
    const body = stripBullet(line.text);
    const bodyStart = line.end - body.length;
    // Each sentence/clause is judged on its own: "Python required; Docker a plus."; a clause that turns
    // into a preference half-way ("a finance role – ideally management accounting") is two parts.
    const lineFrom = mustGroups.length;
    for (const [a, b] of clauseParts(body)) {
      const clause = body.slice(a, b);
      if (isExcludedClause(clause) || isBoilerplate(clause)) continue;
      // A work-authorization or pre-hiring check clause names credentials at most.
      const authClause = AUTH_CLAUSE_RE.test(clause) || isScreening(clause);
      // What the employer provides ("– we provide mentorship") names nothing asked for.
      const end = a + offeredFrom(clause);
      const inClause = ms.filter((m) => m.start >= bodyStart + a && m.start < bodyStart + end && (!authClause || isCredential(m.id)));
      // A soft skill is never a requirement of its own, whatever the section says; the title's is a title skill.
      for (const m of inClause) if (isSoft(m.id) && cls !== "title") soft.add(m.id);
      const cms = withoutKinds(
        withoutBilingualBase(
          inClause.filter((m) => (cls === "title" ? isCredential(m.id) : !isSoft(m.id))),
          clause,
          matcher,
        ),
        matcher,
        (x, y) => body.slice(x.end - bodyStart, y.start - bodyStart),
      );
      if (cms.length === 0) continue;
      if (clauseIsMust(cls, clause, sawMustSection)) {
        addMustClause(mustClause(body, bodyStart, [a, b], cms, kinds), clause, lineFrom, { mustGroups, nice, duties });
      } else if (cls === "nice" || isSoftened(clause) || isInvitation(clause)) {
        // "Bilingual applicants are encouraged to apply": welcome, not required.
        for (const m of cms) (isSideSkill(body, m, bodyStart, isBroad) ? duties : nice).add(m.id);
      } else {
        // Named by what the job does or by the role's description, not asked for: context (see roleDutySkills).
        for (const m of cms.filter((x) => !roleDuty(x, line, cls))) duties.add(m.id);
        for (const m of cms.filter((x) => roleDuty(x, line, cls))) roleDuties.add(m.id);
      }
    }
  }
  // A duty the posting also lists as desirable ("cannulation" under Desirable) stays a preference.
  mustGroups.push(...[...roleDuties].filter((id) => !nice.has(id)).map((id) => [id]));
  addTitleRequirements(mustGroups, stack, fromTitle);
  // No requirement wording at all: every hard skill mentioned outside company text is required.
  if (mustGroups.length === 0 && !sawMustSection) mustGroups.push(...everyHardSkill(lines, classOf, byLine, isSoft));
  return finishTiers(mustGroups, fromTitle, nice, soft, duties);
}

/** Adds to the body's must-have groups what the title requires: its parenthesised tools, and the skills it names that the body asks for too. */
function addTitleRequirements(mustGroups: string[][], stack: ReadonlySet<string>, fromTitle: ReadonlySet<string>): void {
  // A title skill the body also requires is a must-have, and meets any group the body offers it in
  // ("2+ years in supply chain or operations analytics" for a Supply Chain Analyst). A posting that
  // requires nothing else asks for the role the title names.
  const bodyMust = new Set(mustGroups.flat());
  // The tools a title names in parentheses are required, as the body offers them: "(Biochemistry and
  // Haematology)" above "experience in biochemistry and/or haematology" asks for either.
  const offered = new Set(mustGroups.filter((g) => g.length > 1).flat());
  mustGroups.unshift(...[...stack].filter((id) => !offered.has(id)).map((id) => [id]));
  const titleRequired = mustGroups.length === 0 ? [...fromTitle] : [...fromTitle].filter((id) => bodyMust.has(id));
  for (const id of titleRequired) mustGroups.push([id]);
}

/** Every hard skill a posting names outside its company, benefits, preference and banner lines, each as its own group. */
function everyHardSkill(
  lines: readonly Line[],
  classOf: (i: number) => JobSectionClass,
  byLine: ReadonlyMap<number, SkillMatch[]>,
  isSoft: (id: string) => boolean,
): string[][] {
  const out: string[][] = [];
  for (const [idx, ms] of byLine) {
    if (classOf(idx) === "about" || classOf(idx) === "benefits" || classOf(idx) === "nice") continue;
    if (classOf(idx) === "header" && isMastheadLine(lines[idx]?.text ?? "")) continue;
    for (const m of ms) if (!isSoft(m.id)) out.push([m.id]);
  }
  return out;
}

/** The tiers as stored: must-have groups deduped, and each skill in one tier only (must, title, nice, soft, duty). */
function finishTiers(
  mustGroups: readonly string[][],
  fromTitle: ReadonlySet<string>,
  nice: ReadonlySet<string>,
  soft: ReadonlySet<string>,
  duties: ReadonlySet<string>,
): SkillTiers {
  // Singletons make any group containing them redundant; dedupe groups.
  const singles = new Set(mustGroups.filter((g) => g.length === 1).map((g) => g[0] as string));
  const seenGroups = new Set<string>();
  const mustHaveGroups: string[][] = [];
  for (const g of mustGroups) {
    if (g.length > 1 && g.some((id) => singles.has(id))) continue;
    const key = [...g].sort().join("|");
    if (seenGroups.has(key)) continue;
    seenGroups.add(key);
    mustHaveGroups.push(g);
  }
  const mustHaveSkills = [...new Set(mustHaveGroups.flat())];
  const titleSkills = [...fromTitle].filter((id) => !mustHaveSkills.includes(id));
  const other = (id: string) => !mustHaveSkills.includes(id) && !fromTitle.has(id);
  return {
    mustHaveGroups,
    mustHaveSkills,
    niceToHaveSkills: [...nice].filter(other),
    softSkills: [...soft].filter(other),
    duties: [...duties].filter((id) => other(id) && !nice.has(id)),
    titleSkills,
  };
}

/**
 * The matches without a one-word kind of work joined to another ("service and maintenance",
 * "installation and commissioning"): the pair is one requirement, read whole as a phrase.
 */
function withoutPairedWork<M extends { start: number; end: number }>(text: string, found: readonly M[]): M[] {
  const pairs = workPairSpans(text);
  return found.filter((m) => !pairs.some(([a, b]) => m.start >= a && m.end <= b) || /\s/.test(text.slice(m.start, m.end)));
}

// Auto-read phrases stay few: the editor's limits on custom requirements and must-have groups hold.
const MAX_READ_PHRASES = 16;
const MAX_MUST_GROUPS = 40;

/**
 * Requirement phrases the taxonomy left unclaimed (job/phrases.ts), in the tier their clause gives a
 * skill: must-have groups from requirement clauses, nice-to-haves from preferred ones. Lists and
 * requirement sections read labels and bare noun phrases too; other lines only cue phrases
 * ("experience with X") of clauses worded as requirements. Company, benefits and duty text reads none.
 */
function readOpenPhrases(
  lines: readonly Line[],
  classOf: (i: number) => JobSectionClass,
  claimedSpans: readonly (readonly [number, number])[],
  sawMustSection: boolean,
): ReadPhrases {
  const must: string[][] = [];
  const nice: string[] = [];
  const alongside: { name: string; at: number }[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    const cls = classOf(line.index);
    if (!["must", "nice", "other", "header", "responsibilities"].includes(cls) || line.text === "" || isMastheadLine(line.text)) continue;
    if ((cls === "header" && sawMustSection) || jobHeadingAt(lines, line.index) !== null) continue;
    // A list item of a requirement section may be the requirement itself ("Stakeholder engagement: …").
    const listed = (cls === "must" || cls === "nice") && isBullet(line.text);
    const body = stripBullet(line.text);
    const bodyStart = line.end - body.length;
    for (const [a, whole] of clauseParts(body)) {
      const b = a + offeredFrom(body.slice(a, whole));
      const clause = body.slice(a, b);
      if (isExcludedClause(clause) || isBoilerplate(clause) || AUTH_CLAUSE_RE.test(clause) || isInvitation(clause)) continue;
      const isMust = clauseIsMust(cls, clause, sawMustSection);
      if (!isMust && cls !== "nice" && !(cls === "must" && isSoftened(clause))) continue;
      const from = bodyStart + a;
      const claimed = claimedSpans
        .filter(([x, y]) => y > from && x < from + clause.length)
        .map(([x, y]): [number, number] => [Math.max(0, x - from), Math.min(clause.length, y - from)]);
      // A word offered beside a required skill joins its group, and is not read again as a requirement of its own.
      if (isMust) {
        for (const alt of claimedAlternatives(clause, claimed)) {
          alongside.push({ name: alt.name, at: from + alt.at });
          seen.add(phraseKey(alt.name));
        }
      }
      for (const g of clausePhrases(clause, claimed, listed && a === 0)) {
        const names = g.names.filter((n) => !seen.has(phraseKey(n)));
        if (names.length === 0 || must.length + nice.length >= MAX_READ_PHRASES) continue;
        for (const n of names) seen.add(phraseKey(n));
        if (isMust) must.push(names);
        else nice.push(...names);
      }
    }
  }
  return { must, nice, alongside };
}

// "3+ years' experience as a quantity surveyor", "proven experience as an SLP": the role's duties are what the experience means.
const ROLE_EXPERIENCE_RE = /\b(?:experience|background)\s+(?:working\s+)?as\s+an?\s+\p{L}/iu;

/**
 * Whether a skill a duty bullet names is required: it is when the posting asks for experience in the role
 * ("3+ years' experience as a QS" and "Prepare interim valuations"), whose duties are then what that experience
 * means, and the skill is specific (nothing narrower in the taxonomy) and no tool; a broad field ("Law",
 * "Project Management") there is the setting, not the experience asked for.
 */
function roleDutySkills(
  lines: readonly Line[],
  classOf: (i: number) => JobSectionClass,
  matcher: SkillMatcher,
  sawMustSection: boolean,
): (m: SkillMatch, line: Line, cls: JobSectionClass) => boolean {
  if (!sawMustSection || !asksForTheRole(lines, classOf)) return () => false;
  const byId = matcher.skillsById;
  const broad = new Set([...byId.values()].flatMap((s) => s.broader));
  // A product or a technology named in a duty ("record time in Aderant", "build pipelines with dbt") is a
  // tool the team may teach.
  const tech = (id: string) => {
    const skill = byId.get(id);
    return skill !== undefined && fieldsOfSkill(skill, byId).includes("tech");
  };
  return (m, line, cls) => {
    if (cls !== "responsibilities" || !isBullet(line.text) || broad.has(m.id) || tech(m.id)) return false;
    // A capital opening the bullet says nothing.
    return m.start === line.end - stripBullet(line.text).length || !/^\p{Lu}\p{Ll}/u.test(m.text);
  };
}

/** Whether a posting asks for experience in the role itself ("3+ years' experience as a QS"). */
function asksForTheRole(lines: readonly Line[], classOf: (i: number) => JobSectionClass): boolean {
  return lines.some((l) => !["about", "benefits", "nice"].includes(classOf(l.index)) && ROLE_EXPERIENCE_RE.test(l.text));
}

interface ReadPhrases {
  must: string[][];
  nice: string[];
  /** Words offered as alternatives to a required skill the taxonomy read, with the offset of that skill. */
  alongside: { name: string; at: number }[];
}

/**
 * The must-have groups with each word offered beside a required skill ("biochemistry and/or haematology")
 * added to that skill's group as a custom alternative; the names added.
 */
function withAlternatives(
  groups: readonly string[][],
  alongside: ReadPhrases["alongside"],
  idAt: (offset: number) => string | undefined,
): { groups: string[][]; names: string[] } {
  const out = groups.map((g) => [...g]);
  const names: string[] = [];
  for (const { name, at } of alongside) {
    const id = idAt(at);
    const group = id ? out.find((g) => g.includes(id)) : undefined;
    if (!group || group.includes(customSkillId(name))) continue;
    group.push(customSkillId(name));
    names.push(name);
  }
  return { groups: out, names };
}

/** The tiers with the read phrases added as custom requirements (`custom:<name>`, listed in customSkillsRead). */
function withOpenPhrases(
  tiers: SkillTiers,
  read: ReadPhrases,
  idAt: (offset: number) => string | undefined,
): SkillTiers & { customSkillsRead: string[] } {
  const room = Math.max(0, MAX_MUST_GROUPS - tiers.mustHaveGroups.length);
  const must = read.must.slice(0, room);
  const alternatives = withAlternatives(tiers.mustHaveGroups, read.alongside, idAt);
  const names = [...new Set([...must.flat(), ...alternatives.names, ...read.nice])];
  const mustHaveGroups = [...alternatives.groups, ...must.map((g) => g.map(customSkillId))];
  return {
    ...tiers,
    mustHaveGroups,
    mustHaveSkills: [...tiers.mustHaveSkills, ...alternatives.names.map(customSkillId), ...must.flat().map(customSkillId)],
    niceToHaveSkills: [...tiers.niceToHaveSkills, ...read.nice.map(customSkillId)],
    customSkillsRead: names,
  };
}

/** The job title: a "Job title:" label, else the first line (skipping a company banner before the role). */
function findTitle(lines: readonly Line[]): { title: string | null; titleLine: number } {
  for (const l of lines.slice(0, 15)) {
    const m = /^(?:job title|title|position(?: title| announcement)?|role|job|vacancy|post title)\s*:\s*(.+)$/i.exec(l.text);
    if (m?.[1]?.trim()) return { title: clipTitle(m[1].trim()), titleLine: l.index };
  }
  // The first line, unless it is a company banner and a role follows within the next two lines: a title
  // word or an occupation the ESCO lexicon knows ("Speech-Language Pathologist" under "… SCHOOL DISTRICT").
  const top = lines.filter((l) => l.text !== "").slice(0, 3);
  const looksLikeTitle = (t: string) => namesRole(t) && t.split(/\s+/).length <= 12 && !/[.!?]$/.test(t);
  const first = top.find((l) => looksLikeTitle(l.text)) ?? top[0];
  if (!first) return { title: null, titleLine: -1 };
  return { title: clipTitle(first.text.replace(/^(?:job title|position)\s*[:-]\s*/i, "").trim()), titleLine: first.index };
}

function clipTitle(title: string): string | null {
  if (title === "") return null;
  return title.length > 120 ? title.slice(0, 120).trim() : title;
}

interface LineClasses {
  classOf: (i: number) => JobSectionClass;
  firstHeading: number;
  sawMustSection: boolean;
}

/** The section class of every line: the heading above it decides (requirements, preferred, duties, about…). */
function classifyLines(lines: readonly Line[], titleLine: number): LineClasses {
  const info: LineInfo[] = lines.map(() => ({ cls: "header" as JobSectionClass }));
  let current: JobSectionClass = "header";
  let firstHeading = -1;
  let sawMustSection = false;
  for (const l of lines) {
    if (l.index === titleLine) {
      (info[l.index] as LineInfo).cls = "title";
      continue;
    }
    const h = l.index > titleLine ? jobHeadingAt(lines, l.index) : null;
    if (h) {
      current = h;
      if (firstHeading < 0) firstHeading = l.index;
      if (h === "must") sawMustSection = true;
      (info[l.index] as LineInfo).cls = h === "must" || h === "nice" || h === "benefits" ? h : "other";
      continue;
    }
    // "Preferred: PCQI training; allergen control." inside a requirements list is a preference.
    (info[l.index] as LineInfo).cls = current !== "about" && current !== "benefits" && isNiceLabelled(l.text) ? "nice" : current;
  }
  return { classOf: (i: number): JobSectionClass => info[i]?.cls ?? "other", firstHeading, sawMustSection };
}

/** Skill matches grouped by the line they start on. */
function matchesByLine(lines: readonly Line[], matches: readonly SkillMatch[]): Map<number, SkillMatch[]> {
  const byLine = new Map<number, SkillMatch[]>();
  let li = 0;
  for (const m of matches) {
    while (li < lines.length - 1 && (lines[li]?.end ?? 0) < m.start) li++;
    const list = byLine.get(li) ?? [];
    list.push(m);
    byLine.set(li, list);
  }
  return byLine;
}

// "a PGY1 residency, OR a minimum of two years of hospital practice": years as one route of several.
const ROUTE_BEFORE_RE = /\bor\s+(?:an?\s+)?$/i;

/**
 * Overall years: requirement lines first, then anywhere but company, benefits and preferred text;
 * a preferred clause ("3+ years … a plus") or one route of several does not set a minimum.
 */
function findOverallYears(lines: readonly Line[], classOf: (i: number) => JobSectionClass): { min: number; max: number | null } | null {
  const ordered = [
    ...lines.filter((l) => classOf(l.index) === "must"),
    ...lines.filter((l) => !["must", "about", "benefits", "nice"].includes(classOf(l.index))),
  ];
  // Judged per clause, so "3-5 years of accounting, Big 4 a plus" still counts.
  for (const l of ordered) {
    for (const [a, b] of clauseRanges(l.text)) {
      const sentence = l.text.slice(a, b);
      for (const part of sentence.split(/[,;]/)) {
        // "two years' experience in a finance role – ideally management accounting": the firm part counts.
        const cut = softFrom(part);
        if (cut === 0) continue;
        const clause = cut === null ? part : part.slice(0, cut);
        const found = locateYearsRequirement(clause);
        if (!found) continue;
        const before = sentence.slice(0, sentence.indexOf(part) + found.start);
        if (ROUTE_BEFORE_RE.test(before.replace(/(?:at least|minimum(?: of)?|a minimum of)\s*$/i, ""))) continue;
        return { min: found.min, max: found.max };
      }
    }
  }
  return null;
}

type Certifications = JobRequirements["certifications"];

/** Whether a line states a requirement (not a preference) by its section or its own words. */
function lineIsRequired(cls: JobSectionClass, text: string): boolean {
  return (cls === "must" || cls === "title" || MUST_LINE_RE.test(text)) && !isSoftened(text) && cls !== "nice";
}

// ", or a bachelor's degree plus equivalent paralegal experience": a path that needs no credential.
const OTHER_PATH_RE = /^[^;]*?,?\s\bor\s+(?:an?\s+|equivalent\s+|relevant\s+|comparable\s+)?[^,;]{0,40}\b(?:degree|experience|diploma)\b/i;

/** Whether the text after a credential offers a way to qualify without any credential. */
function offersOtherPath(clause: string, after: number): boolean {
  const rest = clause.slice(after);
  return OTHER_PATH_RE.test(rest) && !/\b(?:licen[cs]e|certificat\w*|registration|registered)\b/i.test(rest);
}

// "part-qualified or newly qualified ACCA", "working towards CIMA": the field is asked for, the
// credential itself is not a condition of the job.
const IN_PROGRESS_RE =
  /\b(?:part[- ]qualified|studying (?:for|towards)|working (?:towards|toward)|pursuing|in progress|partly qualified|willing(?:ness)? to (?:complete|obtain|gain|undertake|achieve))\b/i;

/** The clause (or the firm or preferred part of one) of a line that holds an offset. */
function clauseAt(text: string, offset: number): string {
  const range = clauseParts(text).find(([, b]) => offset < b);
  return range ? text.slice(range[0], range[1]) : text;
}

function clauseStartAt(text: string, offset: number): number {
  return clauseParts(text).find(([, b]) => offset < b)?.[0] ?? 0;
}

/** Taxonomy credentials line by line, with the alternatives a line offers ("RN licence in WI or a multistate licence"). */
function taxonomyCertifications(
  lines: readonly Line[],
  classOf: (i: number) => JobSectionClass,
  byLine: ReadonlyMap<number, SkillMatch[]>,
  matcher: SkillMatcher,
): Certifications {
  const certifications: Certifications = [];
  const certSeen = new Set<string>();
  // Credentials named only by the job title ("Registered Nurse — ICU"): a later line may say
  // which alternatives meet them ("RN license in Wisconsin or a multistate NLC license").
  const fromTitle = new Set<string>();
  const state = { nextAnyOf: 0 };
  for (const [idx, ms] of byLine) {
    const line = lines[idx];
    if (!line) continue;
    const cls = classOf(idx);
    if (cls === "benefits") continue;
    const lineStart = line.end - line.text.length;
    // Each clause is judged on its own: "licensed pharmacist required; retail experience preferred".
    const requiredAt = (m: SkillMatch) => {
      const at = m.start - lineStart;
      const clause = clauseAt(line.text, at);
      const clauseStart = clauseStartAt(line.text, at);
      return (
        lineIsRequired(cls, clause) &&
        !IN_PROGRESS_RE.test(clause) &&
        !offersOtherPath(clause, m.end - lineStart - clauseStart) &&
        !inCredentialParts(line.text, at) &&
        !inDegreeAlternatives(line.text, at)
      );
    };
    const credMs = ms.filter((m) => matcher.skillsById.get(m.id)?.credential === true);
    const alternatives = credentialAlternatives(line.text, lineStart, credMs);
    for (const group of alternatives) {
      const required = credMs.some((m) => group.includes(m.id) && requiredAt(m));
      addCredentialGroup(group, required, { certifications, certSeen, fromTitle, matcher, state });
    }
    for (const m of credMs) {
      const skill = matcher.skillsById.get(m.id);
      if (!skill) continue;
      if (certSeen.has(skill.id)) {
        // Named first in passing ("precept PharmD students"), then asked for: the requirement counts.
        const entry = certifications.find((c) => c.id === skill.id);
        // One of alternatives here is not required on its own.
        const alone = !alternatives.some((g) => g.includes(skill.id));
        if (entry && !entry.required && alone && cls !== "title" && requiredAt(m)) entry.required = true;
        continue;
      }
      certSeen.add(skill.id);
      if (cls === "title") fromTitle.add(skill.id);
      certifications.push({ id: skill.id, name: skill.name, required: requiredAt(m) });
    }
  }
  return certifications;
}

interface CredentialState {
  certifications: Certifications;
  certSeen: Set<string>;
  fromTitle: Set<string>;
  matcher: SkillMatcher;
  state: { nextAnyOf: number };
}

/** One "any of" group of credentials on a line. */
function addCredentialGroup(group: readonly string[], required: boolean, s: CredentialState): void {
  const { certifications, certSeen, fromTitle, matcher } = s;
  const members = group.flatMap((id) => {
    const entry = certifications.find((c) => c.id === id);
    if (!entry) return [id];
    return fromTitle.has(id) && entry.anyOf === undefined ? [id] : [];
  });
  // A credential already required on its own meets the group: the alternatives next to it are
  // then mentioned, not required ("BLS required" … "BLS or ACLS").
  const standalone = group.some((id) => !members.includes(id) && certifications.find((c) => c.id === id)?.required);
  if (standalone) {
    for (const id of members) {
      const skill = matcher.skillsById.get(id);
      if (!skill || certSeen.has(id)) continue;
      certSeen.add(id);
      certifications.push({ id, name: skill.name, required: false });
    }
    return;
  }
  if (members.length < 2) return;
  const anyOf = s.state.nextAnyOf++;
  for (const id of members) {
    const existing = certifications.find((c) => c.id === id);
    if (existing) {
      existing.anyOf = anyOf;
      existing.required = existing.required || required;
      fromTitle.delete(id);
      continue;
    }
    const skill = matcher.skillsById.get(id);
    if (!skill) continue;
    certSeen.add(id);
    certifications.push({ id, name: skill.name, required, anyOf });
  }
}

const FREE_CREDENTIAL_RES = [
  // "Mine Surveyor's Certificate of Competency", "Blaster's Licence of Competence": a statutory certificate.
  /\b((?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}(?:Certificate|Licen[cs]e) of Compet(?:ency|ence))\b/u,
  // "Texas Pharmacy Technician Registration license", "F-Gas Category 1 certificate".
  /\b((?:(?:active|valid|current|unrestricted|state)\s+)*(?:[\p{Lu}\d][\p{L}\d'’.-]*\s+){1,4}(?:license|licence|licensure|certification|certificate))\b(?!\s+(?:program|programme|course))/u,
  // "Trade Certificate in Engineering – Fabrication (Boilermaker)": a named certificate in a trade or field.
  /\b((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}(?:Certificate|Licen[cs]e|Diploma)\s+in\s+[\p{Lu}][^,(;.]*?)(?=\s*[(,;.]|\s+or\b|$)/u,
  // A bullet that opens with "Current forklift licence (LF)", "Valid DOT medical card": a credential to hold.
  /^(?:valid|current|active|full|unrestricted)\s+((?:[\w'’.&/-]+\s+){0,4}?(?:licen[cs]e|card|ticket|certificate|certification|registration)(?:\s*\([^)]*\))?)/i,
  // "the Vakbekwaamheid Douane diploma", "CIPD Level 5 diploma": a diploma named as a credential, not a degree level.
  /\b((?:(?!(?:National|Higher|Advanced|Graduate|Postgraduate|Post|Postsecondary|College|Polytechnic|TAFE|Technical|University|High|School|Secondary|Leaving|Bachelor|Master|Associate|Diploma)\b)[\p{Lu}\d][\p{L}\d'’.-]*\s+){1,4}diploma)\b/u,
];

/** The sentence of a line that holds an offset. */
function sentenceAt(text: string, at: number): string {
  const before = text.slice(0, at).search(/[.!?]\s+(?=[^.!?]*$)/);
  const start = before < 0 ? 0 : before + 1;
  const end = text.slice(at).search(/[.!?](?:\s|$)/);
  return text.slice(start, end < 0 ? text.length : at + end);
}

/**
 * Registrations a posting names by their national or professional body ("QTS, or QTLS", "CEng
 * MIStructE or MICE", "AHPRA registration"), one credential each; those a sentence offers with "or"
 * are alternatives. A sentence that names one only to turn it away ("CSWAs should look at our
 * associate openings") asks for nothing.
 */
function registrationCertifications(
  lines: readonly Line[],
  classOf: (i: number) => JobSectionClass,
  mentions: readonly RegistrationMention[],
  known: Certifications,
  credentialMatches: readonly SkillMatch[] = [],
): Certifications {
  const out: Certifications = [];
  const seen = new Set(known.map((c) => c.name.toLowerCase()));
  let nextAnyOf = Math.max(-1, ...known.map((c) => c.anyOf ?? -1)) + 1;
  for (const line of lines) {
    const cls = classOf(line.index);
    if (cls === "about" || cls === "benefits") continue;
    const lineStart = line.end - line.text.length;
    const bySentence = new Map<string, { names: string[]; required: boolean }>();
    for (const m of mentions) {
      if (m.name === null || m.start < lineStart || m.start >= line.end) continue;
      const at = m.start - lineStart;
      const sentence = sentenceAt(line.text, at);
      if (turnedAway(sentence)) continue;
      const clause = clauseAt(line.text, at);
      const entry = bySentence.get(sentence) ?? { names: [], required: false };
      if (!entry.names.includes(m.name)) entry.names.push(m.name);
      const asked = lineIsRequired(cls, clause) || (cls !== "nice" && asksInProse(sentence) && !isSoftened(sentence));
      entry.required ||= !m.condition && asked && !IN_PROGRESS_RE.test(ownRoute(clause, at - clauseStartAt(line.text, at)));
      bySentence.set(sentence, entry);
    }
    for (const [sentence, { names, required }] of bySentence) {
      const fresh = names.filter((n) => !seen.has(n.toLowerCase()));
      const anyOf = fresh.length > 1 && /\bor\b/i.test(sentence) ? nextAnyOf++ : undefined;
      // "QTS, GTCNI registration, or a full teaching licence from your home country": a taxonomy credential
      // offered in the same sentence is one more choice of the group.
      const from = lineStart + line.text.indexOf(sentence);
      for (const c of anyOf === undefined ? [] : known) {
        if (c.anyOf !== undefined || !credentialMatches.some((m) => m.id === c.id && m.start >= from && m.start < from + sentence.length))
          continue;
        c.anyOf = anyOf;
        c.required = required;
      }
      for (const name of fresh) {
        seen.add(name.toLowerCase());
        out.push(anyOf === undefined ? { id: null, name, required } : { id: null, name, required, anyOf });
      }
    }
  }
  return out;
}

/** Credentials the taxonomy does not know, named like one ("Texas Pharmacy Technician Registration license"). */
function freeTextCertifications(
  lines: readonly Line[],
  classOf: (i: number) => JobSectionClass,
  byLine: ReadonlyMap<number, SkillMatch[]>,
  matcher: SkillMatcher,
  known: Certifications,
  namedLines: ReadonlySet<number>,
): Certifications {
  const out: Certifications = [];
  const seen = new Set(known.map((c) => c.id ?? c.name.toLowerCase()));
  for (const l of lines) {
    const cls = classOf(l.index);
    if (cls === "about" || cls === "benefits" || namedLines.has(l.index)) continue;
    const lineStart = l.end - l.text.length;
    // A line naming a known credential is read by it, unless that credential is only a part of another.
    const credentials = (byLine.get(l.index) ?? []).filter((m) => matcher.skillsById.get(m.id)?.credential);
    if (credentials.some((m) => !inCredentialParts(l.text, m.start - lineStart))) continue;
    const body = stripBullet(l.text);
    const name = FREE_CREDENTIAL_RES.map((re) => re.exec(body)?.[1]?.trim()).find(Boolean);
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push({ id: null, name, required: (cls === "must" || MUST_LINE_RE.test(l.text)) && !isSoftened(l.text) && cls !== "nice" });
  }
  return out;
}

/**
 * Every credential the posting names: taxonomy credentials with their alternatives, registrations named by their
 * body, credentials named like one; a driving licence named as the posting qualifies it.
 */
function readCertifications(
  text: string,
  lines: readonly Line[],
  classOf: (i: number) => JobSectionClass,
  matches: readonly SkillMatch[],
  byLine: ReadonlyMap<number, SkillMatch[]>,
  matcher: SkillMatcher,
  registrations: readonly RegistrationMention[],
): Certifications {
  // A driving licence in a spelling the taxonomy lacks is a credential to check, not a must-have skill.
  const driving = drivingLicenceMatches(text, matches, matcher);
  const credentialLines =
    driving.length > 0
      ? matchesByLine(
          lines,
          [...matches, ...driving].sort((a, b) => a.start - b.start),
        )
      : byLine;
  const known = taxonomyCertifications(lines, classOf, credentialLines, matcher);
  const credentialMatches = matches.filter((m) => matcher.skillsById.get(m.id)?.credential === true);
  const named = registrationCertifications(lines, classOf, namedByBody(known, credentialMatches, registrations), known, credentialMatches);
  const namedLines = new Set(
    lines.filter((l) => registrations.some((r) => r.name && r.start >= l.end - l.text.length && r.start < l.end)).map((l) => l.index),
  );
  const free = freeTextCertifications(lines, classOf, credentialLines, matcher, [...known, ...named], namedLines);
  const worded = withPostingWording(known, text, [...matches, ...driving], matcher);
  return withDrivingLicenceWording([...worded, ...named, ...free], text, matcher);
}

/**
 * The tiers without a must-have skill named only as the subject of a required credential the posting reads
 * by its own words ("Current forklift licence (LF)" → the licence, not forklift work as well): the
 * credential carries the requirement, the skill is context.
 */
function withoutCredentialSubjects(
  tiers: SkillTiers & { customSkillsRead: string[] },
  certifications: JobRequirements["certifications"],
  matches: readonly SkillMatch[],
  isCredential: (id: string) => boolean,
): SkillTiers & { customSkillsRead: string[] } {
  const held = certifications
    .filter((c) => c.required && c.id === null && /licen[cs]e|ticket|permit/i.test(c.name))
    .map((c) => c.name.toLowerCase());
  const subject = (id: string) => {
    const ms = matches.filter((m) => m.id === id);
    return !isCredential(id) && ms.length > 0 && ms.every((m) => held.some((n) => n.includes(m.text.toLowerCase())));
  };
  const gone = new Set(tiers.mustHaveGroups.filter((g) => g.length === 1 && subject(g[0] as string)).flat());
  if (gone.size === 0) return tiers;
  return {
    ...tiers,
    mustHaveGroups: tiers.mustHaveGroups.filter((g) => !(g.length === 1 && gone.has(g[0] as string))),
    mustHaveSkills: tiers.mustHaveSkills.filter((id) => !gone.has(id) || tiers.mustHaveGroups.some((g) => g.length > 1 && g.includes(id))),
    duties: [...tiers.duties, ...gone],
  };
}

export function parseJobDescription(text: string, options: ParseJobOptions = {}): JobRequirements {
  const matcher = options.matcher ?? getDefaultSkillMatcher();
  const lines = splitLines(text);
  const { title, titleLine } = findTitle(lines);
  const { classOf, firstHeading, sawMustSection } = classifyLines(lines, titleLine);

  // Requirement bullets are prose, so ambiguous aliases need the matcher's own list/cue evidence.
  // Degree fields ("degree in Statistics, Economics or Physics") are fields, not skills.
  const { degree, fieldSpans } = extractDegree(
    lines,
    (l) => classOf(l.index) === "nice",
    (l) => ["responsibilities", "about", "benefits"].includes(classOf(l.index)),
  );
  // A posting names its field's skills densely: an ordinary word of another field needs two of them.
  // A registration named by its own body ("QTS", "CEng") is that registration, not the taxonomy's generic credential.
  const registrations = registrationMentions(text);
  // The employer's own name and dated regulation codes ("CDM 2015") name things, they ask for no skill.
  const found = withoutNameWords(
    text,
    withoutClaimed(
      matcher.match(text, { minFieldEvidence: 2 }).filter((m) => !fieldSpans.some(([a, b]) => m.start >= a && m.end <= b)),
      registrations,
    ),
    matcher,
  );
  // A security clearance is an eligibility credential read with its level, never a skill.
  const clearance = readClearance(text, lines, (l) => lineIsRequired(classOf(l.index), l.text));
  const unclaimed = outsideClearance(withoutPairedWork(text, found), clearance.mentions);
  const licences = withoutClaimed(licenceMatches(text, unclaimed, matcher), registrations);
  const matches = [...unclaimed, ...licences, ...languageMatches(text, unclaimed, matcher)].sort((a, b) => a.start - b.start);
  const byLine = matchesByLine(lines, matches);
  const read = withOpenPhrases(
    readSkillTiers(lines, classOf, byLine, matcher, sawMustSection),
    readOpenPhrases(lines, classOf, [...matches.map((m): [number, number] => [m.start, m.end]), ...fieldSpans], sawMustSection),
    (at) => matches.find((m) => m.start <= at && at < m.end)?.id,
  );
  const years = findOverallYears(lines, classOf);
  const certifications = withClearance(readCertifications(text, lines, classOf, matches, byLine, matcher, registrations), clearance);
  const tiers = withoutCredentialSubjects(read, certifications, matches, (id) => matcher.skillsById.get(id)?.credential === true);

  const headerEnd = firstHeading < 0 ? Math.min(lines.length - 1, 4) : firstHeading - 1;
  const headerText = lines
    .slice(0, Math.max(0, headerEnd) + 1)
    .map((l) => l.text)
    .join("\n");
  const located = extractJobLocation(lines, headerEnd);
  const eligibility = extractEligibility(text, located?.text ?? null, located?.workplace ?? null);
  const workplace = siteWorkplace(text, located?.workplace ?? null, eligibility);
  const location = located || workplace ? { text: located?.text ?? null, workplace } : null;

  return {
    schemaVersion: REQUIREMENTS_SCHEMA_VERSION,
    title,
    seniority: seniorityOf(title, years?.min ?? null),
    mustHaveSkills: tiers.mustHaveSkills,
    mustHaveGroups: tiers.mustHaveGroups,
    niceToHaveSkills: tiers.niceToHaveSkills,
    softSkills: tiers.softSkills,
    duties: tiers.duties,
    titleSkills: tiers.titleSkills,
    ...(tiers.customSkillsRead.length > 0 ? { customSkills: tiers.customSkillsRead, customSkillsRead: tiers.customSkillsRead } : {}),
    minYearsExperience: years?.min ?? null,
    maxYearsExperience: years?.max ?? null,
    scopedYears: extractScopedYears(lines, classOf, byLine, matcher),
    degree,
    certifications,
    location,
    workAuthorization: extractWorkAuthorization(text),
    eligibility,
    employmentType: extractEmploymentType(title ?? "", headerText, text),
  };
}
