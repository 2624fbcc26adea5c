// Requirements a recruiter adds that the taxonomy does not know ("Epic Willow", "Kroll"). They sit
// among the must-have groups and nice-to-haves under the id `custom:<name>` (listed by name in
// `customSkills`), so grouping, weighting and the matched/missing lists treat them like any other
// skill. With no aliases or related skills to lean on, the resume is searched for the name itself:
// word-bounded, case-insensitive, any run of spaces between its words.
//
// A requirement the job reader read from the posting's wording (`customSkillsRead`: "ministerial
// briefing", "fault finding") is matched more forgivingly, since the resume words it its own way: the
// stems of its content words all in one sentence or bullet, in any order ("briefings for ministers",
// "fault-finding", "Eurocode 2"). A recruiter-typed name stays literal.
import type { Evidence, ResumeProfile, SectionKind } from "../types";
import { customSkillName, isCustomSkillId } from "./custom-skill-id";
import type { PreparedResume, ResumeSkill } from "./prepare";

export { CUSTOM_SKILL_PREFIX, customSkillId, customSkillName, isCustomSkillId } from "./custom-skill-id";

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The name as a pattern: letters and digits may not continue it on either side ("Kroll" is not in
 * "Krollman"), so a name ending in a symbol ("C++") still ends where the symbol does.
 */
export function customSkillPattern(name: string): RegExp {
  const words = name.trim().split(/\s+/).filter(Boolean).map(escapeRe);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join("\\s+")}(?![\\p{L}\\p{N}])`, "giu");
}

export interface CustomMention {
  offset: number;
  length: number;
}

/** Every place the name occurs in the text, in order. */
export function findCustomSkill(name: string, text: string): CustomMention[] {
  if (name.trim() === "") return [];
  return [...text.matchAll(customSkillPattern(name))].map((m) => ({ offset: m.index, length: m[0].length }));
}

// Words that link a phrase's content words ("machinery of government"): not needed in the resume.
const LINK_WORDS = new Set(["of", "and", "or", "the", "a", "an", "in", "for", "to", "on", "with", "&"]);
const STEM_SUFFIXES = ["ations", "ation", "ments", "ment", "ings", "ing", "ial", "al", "ed", "ly"];

/** A crude stem: "briefings"/"briefs" → brief, "ministerial"/"ministers" → minister, "Eurocodes" → eurocode. */
export function wordStem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3) return w;
  if (/ies$/.test(w)) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (/[^su]s$/.test(w) && !/is$/.test(w)) w = w.slice(0, -1);
  for (const suffix of STEM_SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) return w.slice(0, -suffix.length);
  }
  return w;
}

const STEM_WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}+#]*/gu;

/**
 * Where a phrase read from a posting occurs: every sentence or bullet (a line, cut at sentence ends)
 * holding the stems of all its content words, in any order; the mention spans the first to the last.
 */
export function findPhraseStems(name: string, text: string): CustomMention[] {
  const wanted = [...new Set((name.match(STEM_WORD_RE) ?? []).filter((w) => !LINK_WORDS.has(w.toLowerCase())).map(wordStem))];
  if (wanted.length === 0) return [];
  const out: CustomMention[] = [];
  for (const seg of text.matchAll(/[^\n.;!?•|]+/g)) {
    const found = new Map<string, [number, number]>();
    for (const w of seg[0].matchAll(STEM_WORD_RE)) {
      const stem = wordStem(w[0]);
      if (wanted.includes(stem) && !found.has(stem)) found.set(stem, [w.index, w.index + w[0].length]);
    }
    if (found.size < wanted.length) continue;
    const spans = [...found.values()];
    const from = Math.min(...spans.map(([a]) => a));
    const to = Math.max(...spans.map(([, b]) => b));
    out.push({ offset: seg.index + from, length: to - from });
  }
  return out;
}

function sectionAt(profile: ResumeProfile, offset: number): SectionKind {
  let kind: SectionKind = "header";
  for (const s of profile.sections) if (s.startOffset <= offset && offset < s.endOffset) kind = s.kind;
  if (profile.experience.some((e) => offset >= e.startOffset && offset < e.endOffset)) kind = "experience";
  return kind;
}

function snippetAt(text: string, offset: number, length: number): string {
  const start = Math.max(text.lastIndexOf("\n", offset - 1) + 1, offset - 120);
  const lineEnd = text.indexOf("\n", offset + length);
  const end = Math.min(lineEnd === -1 ? text.length : lineEnd, offset + length + 120);
  return text.slice(start, end).trim();
}

// The strengths `prepareResume` gives a taxonomy skill with the same evidence, so a custom
// requirement earns what a known skill would: used in a dated role (by recency and duration),
// shown in a project, or only listed.
const PROJECT_ONLY_STRENGTH = 0.6;
const LISTED_ONLY_STRENGTH = 0.45;
const PROJECT_SECTIONS: ReadonlySet<SectionKind> = new Set(["projects", "publications", "volunteering"]);

function strengthOf(resume: PreparedResume, roles: number[], sections: SectionKind[]): number {
  if (roles.length > 0) {
    let lastYear: number | null = null;
    let months = 0;
    for (const i of roles) {
      const role = resume.roles[i];
      if (!role) continue;
      months += role.months;
      if (role.lastYear !== null && (lastYear === null || role.lastYear > lastYear)) lastYear = role.lastYear;
    }
    const gap = resume.refYear !== null && lastYear !== null ? Math.max(0, resume.refYear - lastYear) : 0;
    const recency = gap <= 2 ? 1 : Math.max(0.6, 1 - (0.4 * (gap - 2)) / 8);
    const depth = Math.min(1, 0.85 + (0.1 * months) / 12);
    return recency * depth;
  }
  return sections.some((k) => PROJECT_SECTIONS.has(k)) ? PROJECT_ONLY_STRENGTH : LISTED_ONLY_STRENGTH;
}

/**
 * The resume's evidence for one custom requirement, shaped like a taxonomy skill's; undefined when
 * absent. `readFromPosting`: a phrase the job reader read, matched by stems (findPhraseStems).
 */
export function matchCustomSkill(id: string, resume: PreparedResume, readFromPosting = false): ResumeSkill | undefined {
  const name = customSkillName(id);
  if (name === null) return undefined;
  const mentions = readFromPosting ? findPhraseStems(name, resume.text) : findCustomSkill(name, resume.text);
  if (mentions.length === 0) return undefined;
  const { profile, text } = resume;
  const evidence: Evidence[] = mentions.map(({ offset, length }) => ({
    snippet: snippetAt(text, offset, length),
    offset,
    length,
    section: sectionAt(profile, offset),
  }));
  // A mention on a keyword line (a bullet of names, a repeated line) lists the requirement, it shows no use in the role.
  const used = mentions.filter((m) => !resume.keywordLines.some(([a, b]) => m.offset >= a && m.offset < b));
  const roles = profile.experience.flatMap((e, i) => (used.some((m) => m.offset >= e.startOffset && m.offset < e.endOffset) ? [i] : []));
  const sections = [...new Set(evidence.map((e) => e.section))];
  const inProjects = sections.some((k) => PROJECT_SECTIONS.has(k));
  return {
    id,
    name,
    strength: strengthOf(resume, roles, sections),
    inExperience: roles.length > 0,
    listedOnly: roles.length === 0 && !inProjects,
    evidence,
    roles,
  };
}

const matched = new WeakMap<PreparedResume, Map<string, ResumeSkill | undefined>>();

/**
 * A resume skill for a required id: the prepared one, else (for a custom id) the literal match, or
 * the stem match for a phrase read from the posting, searched once per resume and id.
 */
export function resumeSkillFor(id: string, resume: PreparedResume, readFromPosting = false): ResumeSkill | undefined {
  const known = resume.skills.get(id);
  if (known || !isCustomSkillId(id)) return known;
  let cache = matched.get(resume);
  if (!cache) {
    cache = new Map();
    matched.set(resume, cache);
  }
  const key = readFromPosting ? `read:${id}` : id;
  if (!cache.has(key)) cache.set(key, matchCustomSkill(id, resume, readFromPosting));
  return cache.get(key);
}
