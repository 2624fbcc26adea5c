// Resume skills: every taxonomy skill found anywhere in the document, with
// evidence snippets, the sections it appears in, and years of use derived
// from the dated roles whose text mentions it.
import type { SkillMatch, SkillMatcher } from "../skills/matcher";
import type { TaxonomySkill } from "../skills/taxonomy-schema";
import type { Evidence, ExperienceEntry, ProfileSkill, SectionKind } from "../types";
import { toMonthIndex, unionMonths } from "./dates";
import type { Section } from "./sections";
import { insideSpans, type NonEvidenceSpan } from "./spans";

const MAX_EVIDENCE = 5;
/** Mentions of one skill considered for its evidence. */
const MAX_CANDIDATES = 60;
const MAX_SNIPPET = 240;

/** Section lookup by document offset (sections are in document order). */
export function sectionFinder(sections: readonly Section[]): (offset: number) => Section | undefined {
  const starts = sections.map((s, i) => (i === 0 ? 0 : s.startOffset));
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? 0) <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 ? sections[found] : undefined;
  };
}

/** The sentence (or line) around a match, at most ~240 characters. */
export function snippetAt(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  let lineEnd = text.indexOf("\n", end);
  if (lineEnd < 0) lineEnd = text.length;
  let a = lineStart;
  let b = lineEnd;
  if (b - a > MAX_SNIPPET) {
    // Narrow to the sentence holding the match.
    const before = text.slice(lineStart, start);
    const sentStart = Math.max(before.lastIndexOf(". "), before.lastIndexOf("; "));
    if (sentStart >= 0) a = lineStart + sentStart + 2;
    const after = text.slice(end, lineEnd);
    const sentEnd = after.search(/[.;](?:\s|$)/);
    if (sentEnd >= 0) b = end + sentEnd + 1;
    if (b - a > MAX_SNIPPET) {
      a = Math.max(a, start - 100);
      b = Math.min(b, a + MAX_SNIPPET);
    }
  }
  return text
    .slice(a, b)
    .replace(/\s+/g, " ")
    .replace(/^[-*•·▪◦●»\s]+/u, "")
    .trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function entryInterval(e: ExperienceEntry): { start: number; end: number } | null {
  if (!e.start || !e.end) return null;
  const [sy, sm] = e.start.split("-").map(Number);
  const [ey, em] = e.end.split("-").map(Number);
  if (!sy || !sm || !ey || !em) return null;
  return { start: toMonthIndex({ year: sy, month: sm }), end: toMonthIndex({ year: ey, month: em }) };
}

export interface SkillExtraction {
  skills: ProfileSkill[];
  matches: SkillMatch[];
  /** Per experience entry (same order): ids mentioned in its text, and ids its title names. */
  entrySkills: { skills: string[]; titleSkills: string[] }[];
}

interface SkillAcc {
  id: string;
  evidence: Evidence[];
  sections: Set<SectionKind>;
  entries: Set<ExperienceEntry>;
  /** Mentioned under an experience heading of a resume whose roles carry no dates. */
  undatedWork: boolean;
  mentions: number;
  first: number;
}

/** Every match grouped by skill: its evidence (varied across sections), sections, dated roles and undated work. */
function accumulate(
  text: string,
  matches: readonly SkillMatch[],
  entries: readonly ExperienceEntry[],
  findSection: (offset: number) => Section | undefined,
): Map<string, SkillAcc> {
  const byId = new Map<string, SkillAcc>();
  const undated = entries.every((e) => !e.start);
  for (const m of matches) {
    const kind = findSection(m.start)?.kind ?? "other";
    let acc = byId.get(m.id);
    if (!acc) {
      acc = { id: m.id, evidence: [], sections: new Set(), entries: new Set(), undatedWork: false, mentions: 0, first: m.start };
      byId.set(m.id, acc);
    }
    acc.mentions++;
    acc.sections.add(kind);
    if (kind === "experience") {
      // With no role dated, the work described under an experience heading is still work shown.
      if (undated) acc.undatedWork = true;
      for (const e of entries) {
        if (e.start && m.start >= e.startOffset && m.start <= e.endOffset) acc.entries.add(e);
      }
    }
    if (acc.evidence.length < MAX_CANDIDATES) acc.evidence.push({ snippet: "", offset: m.start, length: m.end - m.start, section: kind });
  }
  for (const acc of byId.values()) acc.evidence = pickEvidence(text, acc.evidence);
  return byId;
}

// Sections in the order their mentions show a skill best: work first, a bare list last.
const EVIDENCE_PRIORITY: readonly SectionKind[] = [
  "experience",
  "projects",
  "volunteering",
  "publications",
  "summary",
  "certifications",
  "education",
];
const priorityOf = (k: SectionKind) => {
  const i = EVIDENCE_PRIORITY.indexOf(k);
  return i < 0 ? EVIDENCE_PRIORITY.length : i;
};

/**
 * At most MAX_EVIDENCE mentions, varied across sections: the first mention of each section (work first),
 * then the second of each, and so on; in document order. Where a section sits in the resume does not
 * change which mentions are kept, so a skills list moved to the top does not push out the work it names.
 */
function pickEvidence(text: string, candidates: readonly Evidence[]): Evidence[] {
  const bySection = new Map<SectionKind, Evidence[]>();
  for (const c of candidates) bySection.set(c.section, [...(bySection.get(c.section) ?? []), c]);
  const order = [...bySection.keys()].sort((a, b) => priorityOf(a) - priorityOf(b) || a.localeCompare(b));
  const picked: Evidence[] = [];
  for (let round = 0; picked.length < MAX_EVIDENCE && picked.length < candidates.length; round++) {
    for (const k of order) {
      const c = bySection.get(k)?.[round];
      if (c && picked.length < MAX_EVIDENCE) picked.push(c);
    }
  }
  return picked.sort((a, b) => a.offset - b.offset).map((c) => ({ ...c, snippet: snippetAt(text, c.offset, c.offset + (c.length ?? 0)) }));
}

/** What each role (dated or not) mentions and what its title (as written inside the entry) names. */
function skillsPerEntry(text: string, matches: readonly SkillMatch[], entries: readonly ExperienceEntry[]): SkillExtraction["entrySkills"] {
  return entries.map((e) => {
    const mentioned = new Set<string>();
    const titled = new Set<string>();
    // A title wrapped over two lines is joined with a space; match it across the line break.
    const written = e.title
      ? new RegExp(e.title.split(/\s+/).map(escapeRegExp).join("\\s+")).exec(text.slice(e.startOffset, e.endOffset))
      : null;
    const titleFrom = written ? e.startOffset + written.index : -1;
    const titleTo = written ? titleFrom + written[0].length : -1;
    for (const m of matches) {
      // By offset alone: a resume without an experience heading still has roles with bullets.
      if (m.start >= e.startOffset && m.start <= e.endOffset) mentioned.add(m.id);
      if (titleFrom >= 0 && m.start >= titleFrom && m.end <= titleTo) titled.add(m.id);
    }
    return { skills: [...mentioned], titleSkills: [...titled] };
  });
}

/** The profile skill of one accumulated match group: years of use and last year from its dated roles. */
function profileSkillOf(acc: SkillAcc, skill: TaxonomySkill): ProfileSkill {
  const intervals = [...acc.entries].map(entryInterval).filter((x): x is { start: number; end: number } => x !== null);
  const inExperience = acc.entries.size > 0 || acc.undatedWork;
  let lastUsedYear: number | null = null;
  for (const e of acc.entries) {
    const y = e.end ? Number(e.end.slice(0, 4)) : null;
    if (y !== null && (lastUsedYear === null || y > lastUsedYear)) lastUsedYear = y;
  }
  return {
    id: skill.id,
    name: skill.name,
    category: skill.category,
    evidence: acc.evidence,
    sections: [...acc.sections],
    inExperience,
    years: acc.entries.size > 0 ? Math.round((unionMonths(intervals) / 12) * 10) / 10 : null,
    lastUsedYear,
  };
}

export function extractProfileSkills(
  text: string,
  sections: readonly Section[],
  entries: readonly ExperienceEntry[],
  matcher: SkillMatcher,
  nonEvidence: readonly NonEvidenceSpan[] = [],
): SkillExtraction {
  const findSection = sectionFinder(sections);
  // A name, an employer or a place that spells a skill ("Taylor Swift", "Phoenix, AZ") is not evidence of it.
  const matches = matcher
    .match(text, {
      includeImplied: true,
      listContext: (offset) => findSection(offset)?.kind === "skills",
    })
    .filter((m) => !insideSpans(nonEvidence, m.start, m.end));
  const ranked: Array<{ skill: ProfileSkill; rank: [number, number, number] }> = [];
  for (const acc of accumulate(text, matches, entries, findSection).values()) {
    const skill = matcher.skillsById.get(acc.id);
    if (!skill) continue;
    const p = profileSkillOf(acc, skill);
    ranked.push({ skill: p, rank: [p.inExperience ? 1 : 0, acc.mentions, -acc.first] });
  }
  ranked.sort((a, b) => b.rank[0] - a.rank[0] || b.rank[1] - a.rank[1] || b.rank[2] - a.rank[2]);
  return { skills: ranked.map((r) => r.skill), matches, entrySkills: skillsPerEntry(text, matches, entries) };
}
