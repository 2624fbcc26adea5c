// Resume section detection. A heading is a short line whose words name a known
// section ("Work Experience", "TECHNICAL SKILLS", "---- Summary ----",
// "Skills:"); text before the first heading is the header (name, contact).
import type { SectionKind } from "../types";
import { findDateRanges } from "./dates";
import { isBullet, isRule, type Line } from "./lines";

export interface Section {
  kind: SectionKind;
  /** Heading as written (without decoration); "" for the header. */
  heading: string;
  /** Heading normalised to lowercase words, e.g. "work experience". */
  key: string;
  /** Line index of the heading (or of the first line for the header). */
  headingLine: number;
  /** First and last (inclusive) content line indices. */
  firstLine: number;
  lastLine: number;
  startOffset: number;
  endOffset: number;
  /** Content written on the heading line itself ("Skills: Python, SQL"). */
  inlineContentStart: number | null;
}

// Headings by kind. Keys are lowercase with punctuation removed and "&" → "and".
const CONTACT_HEADINGS = [
  "contact",
  "contact information",
  "contact info",
  "contact details",
  "personal details",
  "personal information",
  "details",
  "links",
];

const HEADINGS: Record<Exclude<SectionKind, "header">, string[]> = {
  summary: [
    "summary",
    "professional summary",
    "career summary",
    "executive summary",
    "research summary",
    "profile",
    "professional profile",
    "personal profile",
    "career profile",
    "about",
    "about me",
    "objective",
    "career objective",
    "professional objective",
    "overview",
    "introduction",
    "summary of qualifications",
    "qualifications summary",
    "personal statement",
    "bio",
  ],
  experience: [
    "experience",
    "work experience",
    "professional experience",
    "relevant experience",
    "other experience",
    "additional experience",
    "related experience",
    "industry experience",
    "employment",
    "employment history",
    "employment experience",
    "work history",
    "career history",
    "professional history",
    "career",
    "work",
    "professional background",
    "clinical experience",
    "nursing experience",
    "teaching experience",
    "research experience",
    "leadership experience",
    "military experience",
    "military service",
    "internships",
    "internship experience",
    "internship",
    "positions held",
    "experience highlights",
    "selected experience",
    "recent experience",
    "previous experience",
    "freelance experience",
    "consulting experience",
    "sales experience",
    "management experience",
    "engineering experience",
    "technical experience",
    "accounting experience",
    "finance experience",
    "healthcare experience",
    // Undated and informal layouts: a list of employers, the work described under a plain heading.
    "employers",
    "employer",
    "previous employers",
    "past employers",
    "employment record",
    "employment records",
    "work record",
    "service record",
    // Work in contracts, voyages and rotations: seafarers' sea service, FIFO rotations, locum and agency contracts.
    "sea service",
    "sea service record",
    "sea time",
    "seagoing service",
    "sea going service",
    "seagoing experience",
    "sea going experience",
    "contracts",
    "contract history",
    "contracts held",
    "assignments",
    "assignment history",
    "rotations",
    "rotation history",
    "locum history",
    "locum experience",
    "locum posts",
    "locum positions",
    "locums",
    "posts held",
    "appointments",
    "appointments held",
    "deployments",
    "roles",
    "roles held",
    "where i ve worked",
    "where i have worked",
    "places i ve worked",
    "what i do",
    "what i ve done",
    "what i have done",
    "day to day",
    "day to day work",
    "duties",
    "main duties",
    "key duties",
    "responsibilities",
    "key responsibilities",
    "duties and responsibilities",
  ],
  education: [
    "education",
    "education and training",
    "education and certifications",
    "education and certification",
    "education and credentials",
    "education and registration",
    "education and professional registration",
    "educational background",
    "academic background",
    "academic history",
    "academics",
    "academic qualifications",
    "educational qualifications",
    "degrees",
    "schooling",
  ],
  skills: [
    "skills",
    "technical skills",
    "key skills",
    "core skills",
    "core competencies",
    "competencies",
    "key competencies",
    "professional skills",
    "relevant skills",
    "skills and tools",
    "skills and technologies",
    "skills and expertise",
    "skills and abilities",
    "skills summary",
    "skill set",
    "skillset",
    "tools",
    "toolkit",
    "tool kit",
    "tools and technologies",
    "technologies",
    "technology",
    "tech stack",
    "stack",
    "technical",
    "technical proficiencies",
    "proficiencies",
    "expertise",
    "areas of expertise",
    "areas of strength",
    "strengths",
    "clinical skills",
    "computer skills",
    "software",
    "software skills",
    "systems",
    "software and systems",
    "systems and software",
    "systems and tools",
    "programming languages",
    "languages and tools",
    "languages and frameworks",
    "frameworks",
    "qualifications",
    "capabilities",
    "specialties",
  ],
  projects: [
    "projects",
    "project",
    "side projects",
    "selected projects",
    "personal projects",
    "academic projects",
    "key projects",
    "notable projects",
    "relevant projects",
    "open source",
    "open source contributions",
    "portfolio",
    "project experience",
  ],
  certifications: [
    "certifications",
    "certification",
    "certificates",
    "certificate",
    "licenses",
    "license",
    "licences",
    "licence",
    "licensure",
    // UK/Commonwealth trades: "Licences, tickets and cards" (driving licence, CSCS card, forklift ticket).
    "tickets",
    "licences and tickets",
    "tickets and licences",
    "licences tickets and cards",
    "licences and certificates",
    "licenses and certificates",
    "certificates and licences",
    "registration and certification",
    "registrations and certificates",
    "licenses and certifications",
    "licences and certifications",
    "licences and training",
    "licenses and training",
    "certifications and training",
    "certificates and training",
    "licensure and certifications",
    "certifications and licenses",
    "certifications and licensure",
    "credentials",
    "professional credentials",
    // UK/Commonwealth nursing and engineering resumes: "Registration and certificates" (NMC, Engineering Council).
    "registration",
    "registrations",
    "professional registration",
    "registration and certificates",
    "registration and certifications",
    "registrations and certifications",
    "training",
    "trainings",
    "training and certifications",
    "certifications and training",
    "professional development",
    "courses",
    "coursework",
    "relevant coursework",
    "continuing education",
    "learning",
    "professional certifications",
  ],
  languages: ["languages", "language", "spoken languages", "language skills", "foreign languages"],
  awards: [
    "awards",
    "award",
    "honors",
    "honours",
    "awards and honors",
    "honors and awards",
    "achievements",
    "accomplishments",
    "key achievements",
    "recognition",
    "awards and recognition",
    "highlights",
    "career highlights",
  ],
  publications: [
    "publications",
    "selected publications",
    "papers",
    "talks",
    "presentations",
    "publications and presentations",
    "talks and publications",
    "research",
    "patents",
  ],
  volunteering: [
    "volunteering",
    "volunteer",
    "volunteer experience",
    "volunteer work",
    "community",
    "community involvement",
    "community service",
    "leadership and activities",
    "activities",
    "extracurricular activities",
    "leadership",
  ],
  interests: ["interests", "hobbies", "hobbies and interests", "personal interests", "outside work"],
  references: ["references", "referees"],
  other: [
    ...CONTACT_HEADINGS,
    "notes",
    "other",
    "additional information",
    "additional",
    "miscellaneous",
    "memberships",
    "professional memberships",
    "affiliations",
    "professional affiliations",
  ],
};

const HEADING_KIND = new Map<string, Exclude<SectionKind, "header">>();
for (const [kind, keys] of Object.entries(HEADINGS) as [Exclude<SectionKind, "header">, string[]][]) {
  for (const key of keys) HEADING_KIND.set(key, kind);
}

/** Keys of headings that introduce contact details (sidebars put them anywhere). */
export const CONTACT_HEADING_KEYS: ReadonlySet<string> = new Set(CONTACT_HEADINGS);

export function headingKey(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Removes heading decoration: "---- Summary ----", "## Skills", "SKILLS:", "[Education]". */
function undecorate(text: string): string {
  return text
    .replace(/^[-=_~*#\s[(|:]+/, "")
    .replace(/[-=_~*#\s\])|:]+$/, "")
    .trim();
}

export interface HeadingMatch {
  kind: Exclude<SectionKind, "header">;
  heading: string;
  key: string;
  /** Offset within the line text where inline content begins ("Skills: Python"), or null. */
  inlineAt: number | null;
}

// Column captions of a table's header row and the section they make: a Word table
// "Qualification | Institution | Year" opens an education section even with no heading above it.
const TABLE_COLUMNS: [Exclude<SectionKind, "header"> | null, RegExp][] = [
  [
    "education",
    /^(?:qualifications?|degrees?|(?:degree|qualification|diploma|award) (?:title|name|type)|institutions?|institution name|school|university|college|awarding (?:body|institution)|field of study|major|subject|course|programme|program|grade|classification|result|gpa)$/,
  ],
  [
    "experience",
    /^(?:employer|company|organi[sz]ation|role|position|job title|title|responsibilities|vessel(?: name| type)?|ship(?: name)?|flag|rank|capacity|site|client|contract|assignment|hospital|practice|agency|dwt|grt|gt|kw|engine)$/,
  ],
  ["certifications", /^(?:certifications?|licen[cs]es?|issuer|issuing body|issued by|expiry|expires|licen[cs]e number|number)$/],
  ["skills", /^(?:skills?|proficiency|tools?)$/],
  [
    null,
    /^(?:years?|dates?|from|to|start|end|sign on|signed on|sign off|signed off|duration|period|type|location|city|country|level|details|notes|graduated|graduation|completed|year completed|year awarded)$/,
  ],
];

/** A table's header row ("Education & training | Institution | Year"): the section its captions name. */
function tableHeaderKind(text: string): Exclude<SectionKind, "header"> | null {
  if (!/\s\|\s|\t/.test(text) || text.length > 120 || /\d/.test(text)) return null;
  const cells = text
    .split(/\s*(?:\||\t)\s*/)
    .map((c) => c.trim())
    .filter(Boolean);
  if (cells.length < 2 || cells.length > 6) return null;
  const kinds: Exclude<SectionKind, "header">[] = [];
  for (const [i, cell] of cells.entries()) {
    const key = headingKey(cell);
    const column = TABLE_COLUMNS.find(([, re]) => re.test(key));
    // The first caption may be a section heading of its own ("Education / Certification").
    const heading = i === 0 && !column ? matchHeading(cell) : null;
    if (!column && !heading) return null;
    const kind = column ? column[0] : (heading?.kind ?? null);
    if (kind) kinds.push(kind);
  }
  // An education column ("Institution") decides: certificates and degrees share such tables.
  if (kinds.includes("education")) return "education";
  return kinds[0] ?? null;
}

/** "EXPERIENCE    Senior Engineer — Acme": a known heading in a left column, its first content line beside it. */
function columnHeading(text: string): HeadingMatch | null {
  const m = /^([\p{L}][\p{L}'’& ]{1,38}?)(?: {2,}|\t)\s*(\S.*)$/u.exec(text);
  // Two columns side by side ("CONTACT  EXPERIENCE", "CORE SKILLS  technicians: AKS…", "CERTIFICATIONS  2019 – 2021"):
  // the text beside a sidebar's heading is the main column's, so only a capitalised content line counts.
  if (!m?.[1] || !m[2] || !/^\p{Lu}/u.test(m[2]) || /\s{2,}|\t/.test(m[2]) || matchHeading(m[2])) return null;
  const key = headingKey(m[1]);
  const kind = HEADING_KIND.get(key);
  return kind ? { kind, heading: m[1].trim(), key, inlineAt: text.indexOf(m[2], m[1].length) } : null;
}

/** Recognises a heading line; returns null for ordinary content lines. */
export function matchHeading(text: string): HeadingMatch | null {
  const tableKind = tableHeaderKind(text);
  if (tableKind) return { kind: tableKind, heading: text, key: headingKey(text), inlineAt: null };
  const column = columnHeading(text);
  if (column) return column;
  // "---- Summary ----" is decoration, "- Skills" a bullet.
  if (text.length === 0 || text.length > 60 || (isBullet(text) && !/^[-=_~*#]{2,}/.test(text))) return null;
  // "Heading: content" form — only for known headings, so "Note: …" prose is not split.
  const colon = /^([^:]{2,40}):\s*(\S.*)?$/.exec(text);
  if (colon?.[1]) {
    const key = headingKey(colon[1]);
    const kind = HEADING_KIND.get(key);
    if (kind) {
      const inlineAt = colon[2] ? text.indexOf(colon[2], colon[1].length) : null;
      return { kind, heading: undecorate(colon[1]), key, inlineAt };
    }
  }
  const bare = undecorate(text);
  if (bare.length === 0 || bare.length > 45) return null;
  // A heading never ends a sentence or carries digits (dates, phone numbers).
  if (/[.,;]$/.test(bare) || /\d/.test(bare)) return null;
  const key = headingKey(bare);
  const kind = HEADING_KIND.get(key);
  if (kind) return { kind, heading: bare, key, inlineAt: null };
  const fuzzy = fuzzyHeadingKind(bare, key, /:\s*$/.test(text));
  if (fuzzy) return { kind: fuzzy, heading: bare, key, inlineAt: null };
  return null;
}

// Combined or unusual headings ("Work Experience & Internships", "Skills and Certifications"):
// a short capitalised phrase naming a section, never a job title.
const FUZZY_KINDS: [Exclude<SectionKind, "header">, RegExp][] = [
  ["experience", /\b(?:experience|employment|work history|career history|positions|sea (?:service|time)|seagoing|locums?|rotations)\b/],
  ["education", /\b(?:education|academic|academics|degrees?)\b/],
  ["skills", /\b(?:skills|competenc(?:y|ies)|expertise|proficienc(?:y|ies)|technologies|toolkit|tools)\b/],
  ["certifications", /\b(?:certifications?|certificates?|licen[cs]es?|licensure|credentials|trainings?|courses)\b/],
  ["projects", /\bprojects?\b/],
  ["summary", /\b(?:summary|profile|objective)\b/],
  ["awards", /\b(?:awards?|honou?rs|achievements|accomplishments)\b/],
  ["publications", /\b(?:publications|presentations|talks)\b/],
  ["volunteering", /\b(?:volunteer(?:ing)?|community)\b/],
  ["languages", /\blanguages?\b/],
  ["interests", /\b(?:interests|hobbies)\b/],
  ["references", /\breferences\b/],
];
const JOB_TITLE_RE =
  /\b(?:director|manager|engineer|developer|analyst|nurse|teacher|coordinator|specialist|officer|consultant|assistant|associate|intern|lead|head|instructor|professor|scientist|designer|representative|administrator|technician)\b/;

function fuzzyHeadingKind(bare: string, key: string, colon: boolean): Exclude<SectionKind, "header"> | null {
  const words = key.split(" ");
  if (words.length < 2 || words.length > 5 || JOB_TITLE_RE.test(key)) return null;
  // Every significant word capitalised ("Work Experience & Internships", "TECHNICAL SKILLS & TOOLS").
  const capitalised = bare
    .split(/\s+/)
    .filter((w) => /^\p{L}/u.test(w) && !/^(?:and|of|the|in|for|with|to|&)$/i.test(w))
    .every((w) => /^\p{Lu}/u.test(w));
  if (!capitalised && !colon) return null;
  for (const [kind, re] of FUZZY_KINDS) if (re.test(key)) return kind;
  return null;
}

/** Unknown ALL-CAPS short lines ("TRAINING & MENTORING") still delimit sections in many layouts. */
function isUnknownCapsHeading(lines: readonly Line[], index: number): boolean {
  const text = lines[index]?.text ?? "";
  const bare = undecorate(text);
  if (bare.length < 4 || bare.length > 35) return false;
  if (!/^[\p{Lu}\s&/+-]+$/u.test(bare)) return false;
  const words = bare.split(/\s+/);
  if (words.length > 4) return false;
  // A lone capitalised word is usually an acronym in a list ("SSIS", "AWS"); only a longer word
  // after a blank line reads as a heading.
  if (words.length === 1 && (bare.length < 6 || (lines[index - 1]?.text ?? "") !== "")) return false;
  // An employer written in capitals is followed by its title and dates; a heading is not.
  let seen = 0;
  for (let k = index + 1; k < lines.length && seen < 2; k++) {
    const t = lines[k]?.text ?? "";
    if (t === "") continue;
    seen++;
    if (findDateRanges(t, { year: 2100, month: 1 }).length > 0) return false;
  }
  return true;
}

/** Splits a resume into sections; the first section is always the header. */
export function detectSections(lines: readonly Line[]): Section[] {
  const sections: Section[] = [];
  let current: Section = {
    kind: "header",
    heading: "",
    key: "",
    headingLine: 0,
    firstLine: 0,
    lastLine: -1,
    startOffset: 0,
    endOffset: 0,
    inlineContentStart: null,
  };
  for (const line of lines) {
    if (line.text === "" || isRule(line.text)) {
      continue;
    }
    const match = matchHeading(line.text);
    const unknownCaps = !match && current.kind !== "header" && isUnknownCapsHeading(lines, line.index);
    if (match || unknownCaps) {
      sections.push(current);
      const heading = match ? match.heading : undecorate(line.text);
      current = {
        kind: match ? match.kind : "other",
        heading,
        key: match ? match.key : headingKey(heading),
        headingLine: line.index,
        firstLine: match?.inlineAt != null ? line.index : line.index + 1,
        lastLine: line.index,
        startOffset: line.start,
        endOffset: line.end,
        inlineContentStart: match?.inlineAt != null ? line.start + match.inlineAt : null,
      };
      continue;
    }
    if (current.kind === "header" && current.lastLine < 0) {
      current.firstLine = line.index;
      current.startOffset = line.start;
    }
    current.lastLine = line.index;
    current.endOffset = line.end;
  }
  sections.push(current);
  // Keep the header even when empty (the contact parser looks there first).
  return sections.filter((s, i) => i === 0 || s.lastLine >= s.headingLine);
}

/** Section containing a line index (the header when none). */
export function sectionAtLine(sections: readonly Section[], lineIndex: number): Section {
  let found = sections[0];
  for (const s of sections) {
    if (s.headingLine <= lineIndex) found = s;
    else break;
  }
  // The header section is always first, so `found` is defined for non-empty input.
  return found as Section;
}
