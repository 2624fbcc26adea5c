// Certifications/licenses and spoken languages.
import type { SkillMatch, SkillMatcher } from "../skills/matcher";
import type { Certification, SectionKind } from "../types";
import { type Line, stripBullet } from "./lines";
import type { Section } from "./sections";
import { snippetAt } from "./skills";

const CERT_WORD_RE = /\b(?:certifi(?:ed|cation|cate)|licen[cs](?:e|ed|ure)|credential|registered|board[- ]certified)\b/i;

/**
 * Credentials from taxonomy credential entries (anywhere in the text) plus the
 * items of certification/license sections that the taxonomy does not know.
 */
export function extractCertifications(
  text: string,
  lines: readonly Line[],
  sections: readonly Section[],
  matches: readonly SkillMatch[],
  matcher: SkillMatcher,
  sectionOf: (offset: number) => SectionKind,
): Certification[] {
  const out: Certification[] = [];
  const seenIds = new Set<string>();
  const coveredLines = new Set<number>();
  for (const m of matches) {
    const skill = matcher.skillsById.get(m.id);
    if (!skill?.credential || seenIds.has(skill.id)) continue;
    seenIds.add(skill.id);
    out.push({
      id: skill.id,
      name: skill.name,
      evidence: { snippet: snippetAt(text, m.start, m.end), offset: m.start, length: m.end - m.start, section: sectionOf(m.start) },
    });
  }
  for (const m of matches) {
    if (matcher.skillsById.get(m.id)?.credential) {
      const line = lines.find((l) => m.start >= l.start && m.start <= l.end);
      if (line) coveredLines.add(line.index);
    }
  }
  const seenNames = new Set<string>();
  for (const s of sections) {
    if (s.kind !== "certifications") continue;
    // Course lists ("Training", "Learning") only contribute items that say they are credentials.
    const strict = !/certif|licen|credential/.test(s.key);
    for (let i = s.firstLine; i <= s.lastLine; i++) {
      const line = lines[i];
      if (!line || line.text === "" || coveredLines.has(i)) continue;
      const body = i === s.headingLine && s.inlineContentStart !== null ? line.text.slice(s.inlineContentStart - line.start) : line.text;
      for (const item of stripBullet(body).split(/\s*[·•;|]\s*/)) {
        const name = item.replace(/\s+/g, " ").trim();
        if (name.length < 2 || name.length > 120) continue;
        if (strict && !CERT_WORD_RE.test(name)) continue;
        const key = name.toLowerCase();
        if (seenNames.has(key)) continue;
        seenNames.add(key);
        const written = item.trim();
        const at = line.text.indexOf(written);
        const offset = line.start + Math.max(0, at);
        const length = at >= 0 ? { length: written.length } : {};
        out.push({ id: null, name, evidence: { snippet: name, offset, ...length, section: "certifications" } });
      }
    }
  }
  return out;
}

/** A driving licence: "Driver's License", "full UK driving licence", "Class 5 driver's licence", "driver licence". */
const DRIVING_LICENCE_RE = /\bdriv(?:er['’]?s?|ing)\s+licen[cs]e\b/i;
/** A commercial or heavy-vehicle class, which is the job itself for a driver: CDL, HGV/LGV/PCV, C+E, Class 1–4 (Canada), Class A/B (US), category C/D (UK). */
const COMMERCIAL_LICENCE_RE =
  /\b(?:CDL|HGV|LGV|PCV|commercial|heavy|chauffeur|bus|truck|tanker|hazmat|C\s*\+\s*E|C1E?|D1E?|class\s*(?:[1-4]|A|B)\b|(?:category|cat\.?)\s*(?:C1?|CE|D1?)\b)/i;

/** Any wording of a driving licence on a resume, shaped as a credential pattern `(^|edge)name($|edge)`. */
export const DRIVING_LICENCE_PATTERN = /(^|[^\p{L}\p{N}])driv(?:er['’]?s?|ing)\s+licen[cs]e(?:s|d)?($|[^\p{L}\p{N}])/iu;

/**
 * Kind of credential a recruiter checks at the offer, not from the resume: a plain driving licence
 * (a car licence for visits or travel between sites). Many candidates who hold one never write it,
 * so a resume that does not mention it gets a note to verify, not a knockout; a resume that says it
 * is not held ("no driving licence") still is one. A commercial class (CDL-A, HGV, LGV, Class 1) is
 * the job itself for a driver and stays a licence to find on the resume.
 */
export function verifiedAtOffer(name: string): boolean {
  return DRIVING_LICENCE_RE.test(name) && !COMMERCIAL_LICENCE_RE.test(name.replace(/\([^)]*\)/g, " "));
}

/** Whether the resume shows a credential as held, not yet held, or lapsed. */
/** `unstated`: named, but nowhere stated as held (a course, a role's title, a skills keyword). */
/** `disclaimed`: the resume says it is not held ("No QTS", "not licensed", "unlicensed"). */
export type CredentialStatus = "held" | "pending" | "expired" | "sought" | "unstated" | "disclaimed";

/** A credential not held yet: "license pending", "exam candidate, 2 of 4 sections passed", "PE — expected 2027", "working towards the CPA". */
const PENDING_RE = new RegExp(
  [
    "\\bpending\\b",
    "\\bin[ -](?:progress|process)\\b",
    // "application under labour mobility has been submitted": a few words may qualify the application.
    "\\bapplication (?:[\\w’'-]+ ){0,6}?(?:(?:has been|have been|was|is) )?(?:submitted|filed|lodged|sent|under review|in review)\\b",
    "\\bpre-?licensure\\b",
    "\\b(?:applied|applying|registered|scheduled|studying|preparing|sitting|eligible) (?:for|to (?:sit|take))\\b",
    "\\bscheduled(?: for| on)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|autumn|winter|early|mid|late|q[1-4]|\\d)",
    "\\((?:scheduled|booked|planned)\\b",
    "\\bexpected\\b(?!\\s+(?!(?:in|by|on|before|around|within|early|mid|late|spring|summer|fall|autumn|winter)\\b)[a-z]{2,})",
    "\\banticipated\\b",
    "\\bawaiting\\b",
    "\\beligible\\b(?!\\s+(?:to work|for (?:rehire|employment|work)))",
    "\\bworking (?:toward|towards|on)\\b",
    "\\bpursuing\\b",
    "\\benrolled\\b",
    "\\bcandidate\\b",
    "\\b\\d\\s+of\\s+\\d\\s+(?:sections|parts|exams|papers)\\b",
    "\\bnot yet\\b",
    "\\bwill (?:sit|take|be)\\b",
    "\\bto be (?:completed|obtained|issued)\\b",
  ].join("|"),
  "i",
);
/** A credential that lapsed: "BLS, expired 2023", "license inactive", "no longer current". */
const EXPIRED_RE = /\b(?:expired|lapsed|inactive|not (?:current|active|renewed|valid)|no longer (?:current|active|valid|held))\b/i;
/**
 * A credential named as a goal, not a fact: "seeking a Registered Nurse position", "objective: become
 * a licensed electrician", "nursing student" opening the sentence (not "precepted nursing students"). Never evidence that it is held.
 */
const SOUGHT_RE =
  /\b(?:seek(?:ing|s)?|looking for|aspir(?:e|es|ing)|interested in|hop(?:e|ing) to|goal|objective|to become|becoming|desire[sd]?)\b|^\W*(?:[\p{L}-]+\s+){0,2}(?:student|trainee|apprentice)\b/iu;
/** A credential the resume says is not held: "No QTS", "without a licence", "no RN". Read just before the mention. */
const NEGATED_BEFORE_RE = /\b(?:no|without|non|never)\s*-?\s*(?:(?:a|an|any|current|valid|active|state|uk|us)\s+)?$/i;
/** …or anywhere in its clause: "not licensed as an RN", "unlicensed", "does not hold". "Not yet" is pending, not denied. */
const NEGATED_RE =
  /\bun(?:licen[cs]ed|registered|certified|qualified)\b|\bnot (?!yet\b)(?:\w+\s+)?(?:licen[cs]ed|registered|certified|chartered|qualified|held)\b|\b(?:do|does|did|have|has) not (?:hold|have)\b/i;
/** Words that state a credential is in force; they win over the others ("expired 2023, renewed 2025"). */
const HELD_RE =
  /(?<!\b(?:not|no longer) )\b(?:active|current|valid(?: through| until| thru)?|renewed|reinstated|in good standing|unrestricted|unencumbered|clean)\b/i;
/**
 * Words just before the name that say it is held: a licence's grade ("Full UK driving licence", "clean
 * full licence") or the protected title ("Registered occupational therapist", as "licensed" does).
 */
const HELD_GRADE_BEFORE_RE = /\b(?:(?:full|clean)\s+(?:[\p{L}]+\s+){0,2}|registered\s+)$/iu;
/** Ends a credential's clause: line and list separators, a sentence end. */
const CLAUSE_END = /[\n;|·•]|\.(?=\s)/g;
/** How far a clause reaches on either side of the mention. */
const CLAUSE_REACH = 160;

/**
 * Status of the credential mentioned at [start, end) from its own clause: the text from the
 * previous separator (or another credential's mention) to the next one (or another credential's
 * mention), so "BLS, ACLS (scheduled May 2026)" leaves BLS held.
 */
export function credentialStatus(
  text: string,
  start: number,
  end: number,
  others: readonly { start: number; end: number }[] = [],
): CredentialStatus {
  const clause = credentialClause(text, start, end, others);
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (NEGATED_BEFORE_RE.test(text.slice(Math.max(lineStart, start - 40), start)) || NEGATED_RE.test(clause)) return "disclaimed";
  if (HELD_RE.test(clause)) return "held";
  // The goal words come before the credential and may come before another one ("seeking a Registered
  // Nurse (RN) position"), so the sentence up to the mention is read whole.
  if (SOUGHT_RE.test(sentenceBefore(text, start))) return "sought";
  if (EXPIRED_RE.test(clause)) return "expired";
  if (PENDING_RE.test(clause)) return "pending";
  return "held";
}

/** The text from the start of the mention's sentence (or line) up to the mention. */
function sentenceBefore(text: string, start: number): string {
  const base = Math.max(0, start - CLAUSE_REACH);
  let from = base;
  for (const m of text.slice(base, start).matchAll(CLAUSE_END)) from = base + (m.index ?? 0) + m[0].length;
  return text.slice(from, start);
}

/** The words around a credential's mention that qualify it (its clause, without the mention). */
export function credentialClause(text: string, start: number, end: number, others: readonly { start: number; end: number }[] = []): string {
  const base = Math.max(0, start - CLAUSE_REACH);
  let from = base;
  for (const m of text.slice(base, start).matchAll(CLAUSE_END)) from = base + (m.index ?? 0) + m[0].length;
  const after = text.slice(end, end + CLAUSE_REACH);
  const stop = after.search(new RegExp(CLAUSE_END.source));
  let to = end + (stop >= 0 ? stop : after.length);
  // Between two credentials, what precedes the first comma qualifies the earlier one and what
  // follows the last comma the later one ("CPA, working towards the CFA").
  for (const o of others) {
    if (o.end <= start && o.end > from) {
      const comma = text.slice(o.end, start).lastIndexOf(",");
      from = comma >= 0 ? o.end + comma + 1 : o.end;
    }
    if (o.start >= end && o.start < to) {
      const comma = text.slice(end, o.start).indexOf(",");
      to = comma >= 0 ? end + comma : o.start;
    }
  }
  return `${text.slice(from, start)} ${text.slice(end, to)}`;
}

/** Where a credential's mention stands in the resume. */
export interface MentionPlace {
  /** Section the mention falls in ("header": the lines under the name). */
  section: SectionKind | null;
  /** Text of the mention's line before it ("Jane Doe, " for "Jane Doe, RN"). */
  lineBefore: string;
  /** The candidate's name as parsed from the header. */
  name: string | null;
  /** The mention's whole line; `lineBefore` and the clause stand in for it when absent. */
  line?: string;
  /**
   * The heading of the mention's section lists credentials whatever kind the section was read as
   * ("Qualifications", "Education & Registration", "Licences, tickets and cards"): see listsCredentials.
   */
  heading?: string;
  /**
   * For a mention in the lines under the name: whether the rest of the resume backs it, with a
   * role titled with the credential or a licence number (rolesTitledWith, statesLicenceNumber).
   */
  corroborated?: boolean;
}

/** A licence or certificate number: "#123456", "License No. RN-12345", "Reg. 4471203". */
const NUMBER_RE =
  /#\s*[A-Z]{0,4}-?\d{3,}|\b(?:no|num(?:ber)?|id|reg(?:istration)?|lic(?:en[cs]e)?|cert(?:ificate)?)\b\.?\s*[:#]?\s*(?:no\.?\s*)?[A-Z]{0,4}-?\d{4,}\b/i;
/** An issuing body: "Wisconsin Board of Nursing", "American Heart Association", "issued by …". */
const ISSUER_RE = /\b(?:board|council|commission|association|registry|college of|department of|issued by|state of)\b/i;
/** A role's dates ("Jan 2020 – Present", "2019–2023", "– current"): not a credential's status or award year. */
const DATE_RANGE_RE =
  /(?:\b(?:[a-z]{3,9}\.?\s+)?(?:19|20)\d{2}\s*)?[–—-]\s*(?:(?:[a-z]{3,9}\.?\s+)?(?:19|20)\d{2}|current|present|now)\b/gi;
/** A single year, not a range's end: when it was awarded ("QTS (2016)", "PGCE with QTS — Leeds, 2018"). */
const AWARDED_YEAR_RE = /(?<![–—-]\s*)\b(?:19|20)\d{2}\b(?!\s*[–—-])/;
/** Words that state possession: "licensed", "certified", "registered with", "holds". */
const POSSESSION_RE =
  /\b(?:licen[cs]ed|certified|chartered|accredited|registered (?:with|in|as)|hold(?:s|ing)?|earned|obtained|awarded|passed)\b/i;
/** A course about a credential is not the credential ("NCLEX review course", "CPA exam prep"). */
const COURSE_RE = /\b(?:course(?:work)?|review|prep(?:aration)?|class(?:es)?|bootcamp|module|curriculum|tutoring)\b/i;

/**
 * Whether the resume states the credential as held, not merely names it: in a licences/certifications
 * section, with a number, an issuing state or board, a possession word ("licensed", "active"), or as a
 * post-nominal after the candidate's name ("Jane Doe, RN"). A course, a role's title or a skills
 * keyword names it without saying it is held.
 */
export function statedAsHeld(text: string, place: MentionPlace): boolean {
  // A role's date range ("2019 – Current") is not a credential's status.
  const clause = text.replace(DATE_RANGE_RE, " ");
  if (NUMBER_RE.test(clause) || HELD_RE.test(clause) || POSSESSION_RE.test(clause)) return true;
  if (COURSE_RE.test(clause)) return false;
  if (HELD_GRADE_BEFORE_RE.test(place.lineBefore)) return true;
  // An item of a list of credentials is the statement that it is held (goals and courses are ruled out above and in credentialStatus).
  if (place.section === "certifications" || (place.section !== "experience" && listsCredentials(place.heading ?? ""))) return true;
  if (usStatesIn(clause).length > 0 || MULTISTATE_RE.test(clause) || ISSUER_RE.test(clause)) return true;
  // A single year in a role's lines is when the role was, not when a credential was awarded.
  if (place.section !== "experience" && AWARDED_YEAR_RE.test(clause)) return true;
  if (place.section === "header") return headlineHolds(text, place);
  return isPostNominal(place);
}

/** A heading for a list of credentials held: "Qualifications", "Education & Registration", "Licences, tickets and cards". */
const CREDENTIAL_HEADING_RE =
  /\b(?:qualifications?|licen[cs]es?|licensure|certifications?|certificates?|registrations?|credentials?|tickets?|accreditations?|memberships?)\b/i;
/** Headings about a goal or about learning, never a list of what is held: "Career objective", "Courses". */
const NOT_HELD_HEADING_RE = /\b(?:objective|goals?|courses?|coursework|summary|profile)\b/i;

/** Whether a section heading announces a list of credentials the candidate holds. */
export function listsCredentials(heading: string): boolean {
  return CREDENTIAL_HEADING_RE.test(heading) && !NOT_HELD_HEADING_RE.test(heading);
}

/**
 * A headline that makes the credential a goal or a stage of training: "Aspiring Registered Nurse",
 * "RN student", "Future RN", "RN in training", "Registered Nurse candidate", "NCLEX eligible".
 */
const ASPIRATIONAL_RE =
  /\b(?:aspir(?:e|es|ing|ant)|seek(?:ing|s)?|looking for|candidate|student|trainee|future|prospective|hopeful|in[- ]training|pending|awaiting|eligible(?!\s+(?:to work|for (?:rehire|employment|work)))|pre-?licensure|track|to[- ]be)\b/i;
/** A line of post-nominal letters only: "RN, BSN, CCRN", "RN | BLS". */
const POST_NOMINALS_LINE_RE = /^[\s,|·•/]*(?:[A-Z][A-Z.()-]{1,10}(?:[\s,|·•/]+|$))+$/;
/** What separates the parts of a headline ("Registered Nurse | ICU · BLS"). */
const HEADLINE_SEPARATOR = /[|·•—–]/;
/** Most words a headline title may have: "ICU Registered Nurse", not a sentence about the candidate. */
const HEADLINE_WORDS = 10;

/**
 * The lines under the name state a credential as held only as a credential suffix ("Jane Doe, RN",
 * "RN, BSN", "Multistate RN | BLS") or as a plain title ("Registered Nurse | ICU") that a role
 * titled with it or a licence number backs; never as a goal or a stage of training.
 */
function headlineHolds(clause: string, place: MentionPlace): boolean {
  const line = place.line ?? `${place.lineBefore}${clause}`;
  const at = place.lineBefore.length;
  // The mention's own part of the line, between separators ("Jane Doe, RN, BSN" of "Jane Doe, RN, BSN — seeking a charge role").
  const own = `${line.slice(0, at).split(HEADLINE_SEPARATOR).pop() ?? ""}${line.slice(at).split(HEADLINE_SEPARATOR)[0] ?? ""}`;
  // Letters after the name state the credential; a goal later on the line is about the next job, not this one.
  if (isPostNominal(place) && !ASPIRATIONAL_RE.test(own)) return true;
  if (ASPIRATIONAL_RE.test(line)) return false;
  if (MULTISTATE_RE.test(line) || POST_NOMINALS_LINE_RE.test(own.trim())) return true;
  const words = own.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return words <= HEADLINE_WORDS && place.corroborated === true;
}

/** A line stating a licence or registration number: "Wisconsin RN License #448812", "NMC PIN 12A3456E". */
const LICENCE_LINE_RE = /\b(?:licen[cs]e|licensure|registration|registered|board|PIN|lic|reg)\b/i;

/** Whether the resume states a licence or registration number anywhere. */
export function statesLicenceNumber(text: string): boolean {
  return text.split("\n").some((line) => LICENCE_LINE_RE.test(line) && NUMBER_RE.test(line));
}

/** Whether a role (not an internship or volunteering) is titled with the credential: its taxonomy id, or its name as written. */
export function rolesTitledWith(
  roles: readonly { title: string | null; titleSkills?: readonly string[]; kind: string }[],
  id: string | null,
  mention: string,
): boolean {
  const named = new RegExp(`(?:^|[^\\p{L}])${mention.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:$|[^\\p{L}])`, "iu");
  return roles.some(
    (r) =>
      r.kind !== "internship" &&
      r.kind !== "volunteer" &&
      ((id !== null && r.titleSkills?.includes(id)) || (r.title !== null && named.test(r.title))),
  );
}

/** "Jane Doe, RN, BSN": the mention follows the name on its line, separated only by commas and other letters. */
function isPostNominal(place: MentionPlace): boolean {
  const name = place.name?.trim();
  if (!name) return false;
  const at = place.lineBefore.toLowerCase().indexOf(name.toLowerCase());
  if (at < 0) return false;
  const between = place.lineBefore.slice(at + name.length);
  // Only other post-nominals may stand between: capitalised abbreviations ("MSN, ", "RN ").
  return /^(?:[\s,]+[A-Z][A-Za-z.()-]{0,10})*[\s,]+$/.test(between) && between.length <= 40;
}

const US_STATE_RE =
  /\b(Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)\b/g;
/** A license valid in several states ("multistate", "compact", NLC). */
export const MULTISTATE_RE = /\b(?:compact|multi-?state|NLC)\b/i;

/** US states named in a text ("Wisconsin RN license" → ["wisconsin"]), lower-case. */
export function usStatesIn(text: string): string[] {
  return [...new Set([...text.matchAll(US_STATE_RE)].map((m) => (m[1] ?? "").toLowerCase()))];
}

const HUMAN_LANGUAGES = new Set(
  (
    "english spanish french german italian portuguese dutch swedish norwegian danish finnish icelandic polish czech " +
    "slovak hungarian romanian bulgarian serbian croatian bosnian slovenian greek turkish russian ukrainian belarusian " +
    "lithuanian latvian estonian irish gaelic welsh catalan basque galician arabic hebrew persian farsi dari pashto urdu " +
    "hindi bengali bangla punjabi gujarati marathi tamil telugu kannada malayalam sinhala nepali mandarin cantonese " +
    "chinese japanese korean vietnamese thai lao khmer burmese indonesian malay tagalog filipino swahili amharic " +
    "somali yoruba igbo hausa zulu xhosa afrikaans haitian creole asl american sign language albanian armenian georgian " +
    "azerbaijani kazakh uzbek mongolian maltese luxembourgish"
  ).split(" "),
);

/** Spoken languages listed in a Languages section ("English (native), Spanish – fluent"). */
export function extractLanguages(lines: readonly Line[], sections: readonly Section[]): string[] {
  const out: string[] = [];
  for (const s of sections) {
    if (s.kind !== "languages") continue;
    for (let i = s.firstLine; i <= s.lastLine; i++) {
      const line = lines[i];
      if (!line || line.text === "") continue;
      const body = i === s.headingLine && s.inlineContentStart !== null ? line.text.slice(s.inlineContentStart - line.start) : line.text;
      for (const item of stripBullet(body).split(/\s*[,;·•|/]\s*|\s+and\s+/)) {
        const name = item
          .replace(/\([^()]*\)/g, "")
          .replace(/\s*[:–—-].*$/, "")
          .replace(
            /\b(?:native|fluent|professional|conversational|basic|intermediate|advanced|proficient|working|proficiency|bilingual|mother tongue)\b/gi,
            "",
          )
          .trim();
        const first = name.split(/\s+/)[0]?.toLowerCase() ?? "";
        if (HUMAN_LANGUAGES.has(name.toLowerCase()) || (HUMAN_LANGUAGES.has(first) && name.split(/\s+/).length <= 2)) {
          if (!out.includes(name)) out.push(name);
        }
      }
    }
  }
  return out;
}
