// parseResume: extracted resume text → ResumeProfile (pure, no I/O).
import { getDefaultSkillMatcher, type SkillMatcher } from "../skills/matcher";
import { PROFILE_SCHEMA_VERSION } from "../constants";
import type { HiddenTextReport } from "../extract/types";
import type { ExperienceEntry, ResumeProfile, SectionKind } from "../types";
import { extractContact } from "./contact";
import { extractCertifications, extractLanguages } from "./credentials";
import { findDateRanges, type YearMonth, yearMonthOf } from "./dates";
import { extractEducation, matchDegree } from "./education";
import { extractExperience, extractUndatedExperience, namesRole, TITLE_WORDS_RE, totalYears } from "./experience";
import { isBullet, type Line, splitLines, splitSegments } from "./lines";
import { estimateYears, shareEstimate } from "./estimate";
import { CONTACT_HEADING_KEYS, detectSections, type Section } from "./sections";
import { nonEvidenceSpans } from "./spans";
import { extractCustomSkills } from "./custom-skills";
import { extractProfileSkills, sectionFinder } from "./skills";

export interface ParseResumeOptions {
  /** Month that "Present" resolves to; defaults to the current month. */
  now?: Date;
  /** Skill matcher to use; defaults to the bundled taxonomy. */
  matcher?: SkillMatcher;
  /** What extraction left out as invisible to a reader, recorded on the profile so reviewers see it. */
  hiddenText?: HiddenTextReport;
}

// Sections that never hold paid roles, for the fallback when no experience heading exists.
const NON_EXPERIENCE: ReadonlySet<SectionKind> = new Set([
  "education",
  "projects",
  "certifications",
  "volunteering",
  "awards",
  "publications",
  "languages",
  "references",
  "interests",
  "skills",
]);

function sectionLines(lines: readonly Line[], s: Section): Line[] {
  const from = s.inlineContentStart !== null ? s.headingLine : s.firstLine;
  const slice = lines.slice(from, s.lastLine + 1);
  if (s.inlineContentStart !== null && slice[0]) {
    const l = slice[0];
    const cut = s.inlineContentStart - l.start;
    slice[0] = { index: l.index, text: l.text.slice(cut), start: s.inlineContentStart, end: l.end };
  }
  return slice;
}

function headlineOf(lines: readonly Line[], header: Section | undefined, name: string | null, firstTitle: string | null): string | null {
  if (header && header.kind === "header") {
    for (let i = header.firstLine; i <= header.lastLine && i < header.firstLine + 5; i++) {
      const t = lines[i]?.text ?? "";
      if (t === "" || (name && (t.includes(name) || name.includes(t)))) continue;
      // Contact lines carry digits or @; a headline is a short phrase.
      if (/[@\d]|https?:|www\./.test(t) || isBullet(t)) continue;
      const segs = splitSegments(t);
      if (t.length <= 90 && segs.length <= 4 && !/,\s*[A-Z]{2}\b/.test(t)) return t;
    }
  }
  return firstTitle;
}

/**
 * Roles that ended up under an education heading because the resume has no
 * experience heading at all: a two-column layout whose job column starts straight
 * with "Supervisor — Acme / Oct 2021 – Present" below the sidebar's EDUCATION.
 * Only dated entries whose title names a role and no degree or school count.
 */
function rolesUnderEducation(lines: readonly Line[], sections: readonly Section[], now: YearMonth) {
  // Degree lines are blanked so a role below "B.S. Business, Franklin University, 2016" is read on its own.
  const blocks = sections
    .filter((s) => s.kind === "education")
    .map((s) => sectionLines(lines, s).map((l) => (matchDegree(l.text) ? { ...l, text: "", end: l.start } : l)));
  return extractExperience(blocks, now).filter((e) => {
    const title = e.title ?? "";
    const head = `${title} ${e.employer ?? ""}`;
    return TITLE_WORDS_RE.test(title) && !matchDegree(head) && !/\b(?:student|graduate|undergraduate|thesis|coursework)\b/i.test(head);
  });
}

/**
 * Roles of a resume with no dated role: those under its experience headings, else headings followed
 * by duties in the header (below the name and contact lines) and in sections of no known kind.
 */
function undatedRoles(lines: readonly Line[], sections: readonly Section[], now: YearMonth): ExperienceEntry[] {
  const experience = sections.filter((s) => s.kind === "experience");
  if (experience.length > 0)
    return extractUndatedExperience(
      experience.map((s) => sectionLines(lines, s)),
      now,
    );
  const blocks = sections
    .filter((s) => s.kind === "header" || s.kind === "other")
    .map((s) => {
      const block = sectionLines(lines, s);
      if (s.kind !== "header") return block;
      const gap = block.findIndex((l) => l.text === "");
      return gap < 0 ? [] : block.slice(gap);
    });
  return extractUndatedExperience(blocks, now, { needBody: true });
}

/**
 * Role headings left without dates beside dated roles ("Senior Engineer — Acme" whose dates were left
 * off): those outside every dated entry, each ending before the next dated one.
 */
function undatedBesideDated(lines: readonly Line[], sections: readonly Section[], dated: readonly ExperienceEntry[], now: YearMonth) {
  const blocks = sections.filter((s) => s.kind === "experience").map((s) => sectionLines(lines, s));
  const starts = dated.map((e) => e.startOffset).sort((a, b) => a - b);
  return extractUndatedExperience(blocks, now)
    .filter((e) => !dated.some((d) => e.startOffset >= d.startOffset && e.startOffset <= d.endOffset))
    .map((e) => {
      const next = starts.find((at) => at > e.startOffset);
      if (next === undefined || next > e.endOffset) return e;
      const last = lines.filter((l) => l.text !== "" && l.start >= e.startOffset && l.end < next).pop();
      return { ...e, endOffset: last?.end ?? e.endOffset };
    });
}

/** The roles: dated ones under the experience headings (or anywhere without one), then undated ones beside them. */
function readExperience(lines: readonly Line[], sections: readonly Section[], now: YearMonth) {
  const experienceSections = sections.filter((s) => s.kind === "experience");
  const blocks =
    experienceSections.length > 0
      ? experienceSections.map((s) => sectionLines(lines, s))
      : sections.filter((s) => !NON_EXPERIENCE.has(s.kind)).map((s) => sectionLines(lines, s));
  const experience = extractExperience(blocks, now);
  if (experienceSections.length === 0) experience.push(...rolesUnderEducation(lines, sections, now));
  // No role is dated: the roles under the experience headings are still the candidate's work.
  if (experience.length === 0) experience.push(...undatedRoles(lines, sections, now));
  else if (experienceSections.length > 0) {
    experience.push(...undatedBesideDated(lines, sections, experience, now));
    experience.sort((a, b) => a.startOffset - b.startOffset);
  }
  return { experience, blocks };
}

const SCHOOL_NAME_RE =
  /\b(?:University|Universit[éàä]t?|Universidad|Universidade|College|Institute|Polytechnic|Politeknik|Academy|School\s+of)\b/u;

/** Degrees under the education headings, else written anywhere outside experience ("Notes: … B.S. Marketing, 2016"). */
function readEducation(lines: readonly Line[], sections: readonly Section[], now: YearMonth, name: string | null) {
  const under = sections.filter((s) => s.kind === "education");
  const education = extractEducation(
    under.flatMap((s) => sectionLines(lines, s)),
    now,
  );
  if (education.entries.length > 0) return education;
  const outside = sections.filter((s) => s.kind !== "experience" && s.kind !== "education");
  // The name's line is no degree ("MA Lin", a family name written first in capitals).
  const elsewhere = extractEducation(
    outside.flatMap((s) => sectionLines(lines, s)).filter((l) => !name || !l.text.includes(name)),
    now,
  );
  if (elsewhere.entries.length > 0) return elsewhere;
  // An education table row left under the roles (a DOCX table with no heading of its own): a degree line that names
  // its school and is neither dated as a role nor a job ("Karlstad University | BS in Nursing | 2014").
  const rows = sections
    .filter((s) => s.kind === "experience")
    .flatMap((s) => sectionLines(lines, s))
    .filter((l) => SCHOOL_NAME_RE.test(l.text) && findDateRanges(l.text, now).length === 0 && !namesRole(l.text));
  return extractEducation(rows, now);
}

export function parseResume(text: string, options: ParseResumeOptions = {}): ResumeProfile {
  const now: YearMonth = yearMonthOf(options.now ?? new Date());
  const matcher = options.matcher ?? getDefaultSkillMatcher();
  const lines = splitLines(text);
  const sections = detectSections(lines);
  const contact = extractContact(lines, sections);

  const { experience, blocks } = readExperience(lines, sections, now);
  const education = readEducation(lines, sections, now, contact.name);

  const findSection = sectionFinder(sections);
  const sectionOf = (offset: number): SectionKind => findSection(offset)?.kind ?? "other";
  const contactLines = sections
    .filter((s) => s.kind === "header" || (s.kind === "other" && CONTACT_HEADING_KEYS.has(s.key)))
    .flatMap((s) => lines.slice(s.firstLine, s.lastLine + 1));
  const references = sections.filter((s) => s.kind === "references").map((s) => ({ start: s.startOffset, end: s.endOffset }));
  const nonEvidence = nonEvidenceSpans(text, contact, contactLines, experience, education.entries, references);
  const { skills, matches, entrySkills } = extractProfileSkills(text, sections, experience, matcher, nonEvidence);
  const customSkills = extractCustomSkills(text, lines, sections, matches, nonEvidence, sectionOf);
  const certifications = extractCertifications(text, lines, sections, matches, matcher, sectionOf);
  const languages = extractLanguages(lines, sections);

  const totalYearsExperience = totalYears(experience);
  const estimateOf = (datedYears: number) =>
    estimateYears({
      datedYears,
      summaryLines: [...contactLines, ...sections.filter((s) => s.kind === "summary").flatMap((s) => sectionLines(lines, s))],
      experienceBlocks: blocks,
      education: education.entries,
      datedRoles: experience.length,
      nowYear: now.year,
    });
  const estimatedYears = estimateOf(totalYearsExperience);
  shareEstimate(experience, totalYearsExperience > 0 ? estimateOf(0) : estimatedYears, totalYearsExperience);
  const latest = [...experience].sort((a, b) => (b.end ?? "").localeCompare(a.end ?? ""))[0];
  return {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    contact,
    headline: headlineOf(lines, sections[0], contact.name, latest?.title ?? null),
    sections: sections
      .filter((s) => s.kind !== "header" || s.lastLine >= s.firstLine)
      .map((s) => ({ kind: s.kind, heading: s.heading, startOffset: s.startOffset, endOffset: Math.max(s.startOffset, s.endOffset) })),
    experience: experience.map((e, i) => ({ ...e, ...entrySkills[i] })),
    totalYearsExperience,
    education: education.entries,
    highestDegree: education.highestDegree,
    certifications,
    skills,
    ...(customSkills.length > 0 ? { customSkills } : {}),
    languages,
    ...(options.hiddenText ? { hiddenText: options.hiddenText } : {}),
    ...(estimatedYears
      ? { estimatedYears: estimatedYears.years, estimatedYearsBasis: { basis: estimatedYears.basis, text: estimatedYears.text } }
      : {}),
    nonEvidence,
  };
}
