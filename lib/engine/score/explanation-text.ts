// Small wording helpers shared by the hiring manager's explanation: lists, years,
// role names and quotes in plain words, never the engine's internal notation.
import type { ExperienceEntry, ResumeProfile } from "../types";

/** "A", "A and B", "A, B and C", "A, B, C and 2 more". */
export function andList(items: readonly string[], max = 4): string {
  const unique = [...new Set(items)];
  const shown = unique.slice(0, max);
  const rest = unique.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} more`;
  if (shown.length <= 1) return shown[0] ?? "";
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}

/** "a bachelor's degree", "an associate degree". */
export function withArticle(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase) ? "an" : "a"} ${phrase}`;
}

/** "A or B", "A, B or C". */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/** "1 year", "4.5 years", "12 years". */
export function years(value: number): string {
  const rounded = value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${rounded} ${rounded === 1 ? "year" : "years"}`;
}

/** A number of years without the unit, as "4.5" or "12". */
export function yearsNumber(value: number): string {
  return String(value >= 10 ? Math.round(value) : Math.round(value * 10) / 10);
}

/** "Senior Data Engineer at Acme", "Senior Data Engineer", "a role at Acme", or null when the entry names neither. */
export function roleName(entry: ExperienceEntry): string | null {
  const title = entry.title?.trim();
  const employer = entry.employer?.trim();
  if (title && employer) return `${title} at ${employer}`;
  if (title) return title;
  if (employer) return `a role at ${employer}`;
  return null;
}

/** "2019–2023, 4 years"; for an undated role its share of the estimated years ("about 4.8 years, estimated"), else "". */
export function roleSpan(entry: ExperienceEntry): string {
  if (!entry.start) return entry.months > 0 ? `about ${years(entry.months / 12)}, estimated` : "";
  const from = entry.start.slice(0, 4);
  const to = entry.current ? "today" : (entry.end?.slice(0, 4) ?? "");
  const length = entry.months > 0 ? `, ${years(entry.months / 12)}` : "";
  return `${from === to ? from : `${from}–${to}`}${length}`;
}

/** The experience entry whose text contains `offset`, or -1. */
export function roleAt(profile: ResumeProfile | null, offset: number): number {
  if (!profile) return -1;
  return profile.experience.findIndex((entry) => offset >= entry.startOffset && offset < entry.endOffset);
}

/** The most recent role: the current one, else the one that ended last, else the first listed. */
export function latestRole(profile: ResumeProfile | null): ExperienceEntry | null {
  const roles = profile?.experience ?? [];
  let best: ExperienceEntry | null = null;
  for (const entry of roles) {
    const end = entry.current ? "9999-12" : (entry.end ?? "");
    const bestEnd = best ? (best.current ? "9999-12" : (best.end ?? "")) : null;
    if (bestEnd === null || end > bestEnd) best = entry;
  }
  return best;
}

/** A resume line quoted for a reader: whitespace collapsed, cut at a word near `max` characters. */
export function quote(snippet: string, max = 140): string {
  const flat = snippet
    .replace(/\s+/g, " ")
    .replace(/^[\s•·\-–—*]+/, "")
    .replace(/[\s.;,]+$/, "")
    .trim();
  if (flat.length <= max) return `“${flat}”`;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `“${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…”`;
}

/**
 * A posting's degree field list as a reader would say it, or null when it is not a clean list of
 * fields (parsers sometimes keep a whole clause: "Computer Science / related field is common…").
 */
export function cleanFields(fields: readonly string[]): string | null {
  if (fields.length === 0 || fields.length > 4) return null;
  if (fields.some((field) => field.length > 40 || /[/|;:()]/.test(field) || field.split(/\s+/).length > 5)) return null;
  const list = orList([...fields]);
  // "technical field" reads as "a technical field"; named fields stay as written ("Computer Science").
  return /^\p{Ll}/u.test(list) ? `a ${list}` : list;
}

/**
 * Roles without dates beside dated ones, whose years are an estimate: "Leading Hand at Acme carries no
 * dates; its about 4.8 years are estimated." Null when every role is dated, or none is (said elsewhere).
 */
export function undatedRolesNote(profile: ResumeProfile | null, basis: string | undefined): string | null {
  const roles = profile?.experience ?? [];
  const undated = roles.filter((e) => !e.start && e.months > 0);
  if (undated.length === 0 || undated.length === roles.length) return null;
  const named = undated.map((e) => `${roleName(e) ?? "a role"} (about ${years(e.months / 12)})`);
  const from = basis ? ` from ${basis} beyond the dated roles` : "";
  return `${andList(named)} ${undated.length > 1 ? "carry" : "carries"} no dates: ${undated.length > 1 ? "their" : "its"} years are estimated${from}.`;
}
