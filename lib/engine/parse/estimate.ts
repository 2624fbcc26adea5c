// Years of experience for resumes whose roles carry no dates: a total the
// resume states ("over eleven years of experience", "10+ years in ICU
// nursing"), else the years since graduation, else a count of the roles
// listed. Only an estimate; the profile says which basis it came from.
import type { EducationEntry, ExperienceEntry } from "../types";
import { namesRole } from "./experience";
import { isBullet, type Line } from "./lines";
import { NUMBER_PATTERN, numberValue } from "./number-words";

export type EstimateBasis = "stated" | "graduation" | "role-count";

export interface YearsEstimate {
  years: number;
  basis: EstimateBasis;
  /** The words the estimate rests on ("over eleven years of experience"), when stated. */
  text: string | null;
}

// "10+ years of experience", "over eleven years in skilled nursing", "twelve years of industrial electrical work".
const STATED_RE = new RegExp(
  `\\b(?:(?:over|more than|nearly|almost|about|approximately|some|close to)\\s+)?${NUMBER_PATTERN}\\s*(?:\\+|plus)?\\s*(?:\\(\\d{1,2}\\)\\s*)?years?['’]?\\s+(?:of\\s+)?(?:[\\p{L}/&-]+\\s+){0,4}?(?:experience|expertise|career|practice|work\\b|in\\b|as\\b|working\\b|leading\\b|building\\b)`,
  "giu",
);
// A roles count over too few years is rare; a typical tenure turns a count into years.
const YEARS_PER_ROLE = 2;

/** The largest total of years the lines state about the person's own career. */
export function statedYears(lines: readonly Line[]): { years: number; text: string } | null {
  let best: { years: number; text: string } | null = null;
  for (const l of lines) {
    STATED_RE.lastIndex = 0;
    for (let m = STATED_RE.exec(l.text); m; m = STATED_RE.exec(l.text)) {
      const years = numberValue(m[1] ?? "");
      // "a 2-year programme", "ages 3 years and up" are not careers; 50+ is not a total of work.
      if (!Number.isFinite(years) || years < 1 || years > 50) continue;
      if (/\b(?:ago|old|warranty|contract|program|programme|degree)\b/i.test(m[0])) continue;
      if (!best || years > best.years) best = { years, text: m[0].trim() };
    }
  }
  return best;
}

/** Roles listed without dates: short heading lines in the experience sections that name a job. */
export function countUndatedRoles(blocks: readonly (readonly Line[])[]): number {
  let count = 0;
  for (const block of blocks) {
    const content = block.filter((l) => l.text !== "");
    for (const [i, l] of content.entries()) {
      const t = l.text;
      // "Acme Co." and "Widgets Inc." end with a full stop and are still headings.
      if (isBullet(t) || t.length > 90 || (/[.!?;:]$/.test(t) && !/\b(?:Co|Inc|Ltd|Corp|LLC|Jr|Sr)\.$/.test(t))) continue;
      if (!namesRole(t)) continue;
      // A heading is followed by its duties (bullets or a sentence), maybe after an employer line.
      const duties = (n: Line | undefined) => n !== undefined && (isBullet(n.text) || n.text.length > 60);
      const next = content[i + 1];
      if (duties(next) || (next && !namesRole(next.text) && duties(content[i + 2]))) count++;
    }
  }
  return count;
}

const GENERAL_TOTAL_RE = /\b(?:experience|career)\b/i;

// A duration written as a table cell or a labelled value, the way undated contract, sea-service and rotation
// records give each contract's length: "| 7 months |", "Sea time: 1 year 3 months", "	8 mos 12 days".
const DURATION_CELL_RE =
  /(?:^|[|\t]|\s{2,}|:)\s*(?:(\d{1,2})\s*(?:years?|yrs?)\b[\s,]*)?(?:(\d{1,2})\s*(?:months?|mos?)\b)?(?:[\s,]*\d{1,3}\s*days?\b)?\s*(?=$|[|\t]|\s{2,})/gi;

/** The months a line's duration cells add up to (one per line: a row is one contract). */
function durationMonths(text: string): number {
  for (const m of text.matchAll(DURATION_CELL_RE)) {
    const months = Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0);
    if (months > 0 && months <= 600) return months;
  }
  return 0;
}

/** Undated roles whose lengths are listed ("7 months", "1 year 2 months" per contract): their sum in years. */
function listedDurationYears(blocks: readonly (readonly Line[])[]): number {
  let months = 0;
  for (const block of blocks) for (const l of block) if (!isBullet(l.text)) months += durationMonths(l.text);
  return Math.round((months / 12) * 10) / 10;
}

function yearsSinceGraduation(education: readonly EducationEntry[], nowYear: number): number | null {
  const finished = education.filter((e) => e.completed && e.year !== null && e.year <= nowYear);
  // Work usually starts after the first post-school qualification; a school leaving year only when there is nothing else.
  const postSchool = finished.filter((e) => e.level !== "high_school");
  const graduated = (postSchool.length > 0 ? postSchool : finished).map((e) => e.year as number).sort((a, b) => a - b)[0];
  return graduated !== undefined && nowYear - graduated >= 1 ? nowYear - graduated : null;
}

/**
 * An estimate of total years when the dated roles give none (or the resume
 * states a total). Never 0 when roles are listed.
 */
export function estimateYears(options: {
  datedYears: number;
  summaryLines: readonly Line[];
  experienceBlocks: readonly (readonly Line[])[];
  education: readonly EducationEntry[];
  datedRoles: number;
  nowYear: number;
}): YearsEstimate | null {
  const stated = statedYears(options.summaryLines);
  // "over ten years of experience" is a total; "three years building pipelines" only a lower bound of one.
  if (stated && GENERAL_TOTAL_RE.test(stated.text)) return { years: stated.years, basis: "stated", text: stated.text };
  if (options.datedYears > 0) return stated ? { years: stated.years, basis: "stated", text: stated.text } : null;
  const roles = Math.max(options.datedRoles, countUndatedRoles(options.experienceBlocks));
  const sinceGraduation = yearsSinceGraduation(options.education, options.nowYear);
  const listed = listedDurationYears(options.experienceBlocks);
  if (stated && (sinceGraduation === null || stated.years >= sinceGraduation || (roles === 0 && listed === 0)))
    return { years: stated.years, basis: "stated", text: stated.text };
  if (roles === 0 && listed === 0) return null;
  // Contracts listed with their lengths and no dates: the lengths add up (the time between contracts is not work).
  if (listed > 0) return { years: listed, basis: "stated", text: null };
  if (sinceGraduation !== null) return { years: sinceGraduation, basis: "graduation", text: null };
  return { years: roles * YEARS_PER_ROLE, basis: "role-count", text: null };
}

/**
 * The longest share a learner's role (apprenticeship, traineeship, internship) takes: a typical
 * apprenticeship's four years. It starts a career; it is not the whole of it.
 */
const LEARNER_MAX_MONTHS = 48;

/**
 * Undated roles share the career length the resume states (or its years since graduation) beyond
 * what its dated roles cover: equal parts, but a learner's role at most LEARNER_MAX_MONTHS, the
 * rest going to the full roles beside it. Each stands for its part of the years, an estimate.
 */
export function shareEstimate(experience: ExperienceEntry[], career: YearsEstimate | null, datedYears: number): void {
  const undated = experience.filter((e) => e.start === null && e.end === null);
  if (undated.length === 0 || !career) return;
  // Beside dated roles a count of roles says nothing about how long the undated ones lasted.
  if (datedYears > 0 && career.basis === "role-count") return;
  const months = Math.max(0, (career.years - datedYears) * 12);
  const even = months / undated.length;
  const full = undated.filter((e) => e.kind !== "internship");
  const learners = undated.length - full.length;
  // With no full role beside them, the learners' roles are all the resume shows of the career.
  const learnerShare = full.length > 0 ? Math.min(even, LEARNER_MAX_MONTHS) : even;
  const fullShare = full.length > 0 ? (months - learners * learnerShare) / full.length : 0;
  for (const e of undated) e.months = Math.round(e.kind === "internship" ? learnerShare : fullShare);
}
