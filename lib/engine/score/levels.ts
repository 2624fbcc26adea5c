// Seniority levels on one numeric scale, from job seniority labels, role titles
// and years of experience, so "senior JD vs intern resume" becomes a distance.
import type { Seniority } from "../types";

/** 0 intern · 1 junior · 2 mid · 3 senior · 4 lead/staff · 5 principal/director · 6 executive. */
export const SENIORITY_LEVEL: Record<Seniority, number> = {
  intern: 0,
  junior: 1,
  mid: 2,
  senior: 3,
  lead: 4,
  principal: 5,
  manager: 4,
  director: 5,
  executive: 6,
};

const TITLE_LEVEL_PATTERNS: ReadonlyArray<[RegExp, number]> = [
  [/\b(chief|vp|vice[- ]president|cto|ceo|cfo|coo|cio|founder|co-founder|partner)\b/i, 6],
  [/\b(principal|director|distinguished|fellow)\b/i, 5],
  // "Staff" is a level only in engineering ladders ("Staff Engineer"); a Staff Accountant or Staff Nurse is not a lead.
  [/\bstaff\s+(?:[\w/+-]+\s+){0,2}(engineer|developer|scientist|designer|architect)\b/i, 4],
  [/\b(lead|head of|team lead|tech lead)\b/i, 4],
  [/\b(senior|sr\.?|snr)\b/i, 3],
  // "Manager" alone is ambiguous (account manager, product manager are ICs), so mid-senior.
  [/\bmanager\b/i, 3],
  [/\b(mid[- ]level|intermediate|ii)\b/i, 2],
  [/\b(junior|jr\.?|entry[- ]level|graduate|associate|assistant|apprentice|i)\b/i, 1],
  [/\b(intern|internship|trainee|student|co-op|working student)\b/i, 0],
];

/** Level implied by a title's wording, or null when it says nothing (a plain "Data Engineer"). */
export function levelFromTitle(title: string | null | undefined): number | null {
  if (!title) return null;
  // Ordered most specific first: "Senior Manager" is senior+, "Intern" wins over "Engineer".
  if (/\b(intern|internship|trainee|co-op|practicum|capstone)\b/i.test(title)) return 0;
  for (const [re, level] of TITLE_LEVEL_PATTERNS) if (re.test(title)) return level;
  return null;
}

/** Level that a number of relevant years typically corresponds to. */
export function levelFromYears(years: number): number {
  if (years < 1) return 0;
  if (years < 2.5) return 1;
  if (years < 5) return 2;
  if (years < 8) return 3;
  return 4;
}

/** Typical minimum years for a job level, used when the JD states no minimum. */
export function expectedYearsForLevel(level: number): number {
  return [0, 1, 3, 5, 7, 8, 10][Math.max(0, Math.min(6, Math.round(level)))] ?? 2;
}
