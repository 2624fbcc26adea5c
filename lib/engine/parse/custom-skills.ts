// Open-vocabulary resume skills: the items a resume lists in a skills-type section or on a labelled
// list line ("Tools: Kroll, FillWare", "Core competencies: …") that the taxonomy does not know. They
// are kept under the id a posting's custom requirement gets (`custom:<name>`), so the same phrase meets
// the same id, and on their own list (`customSkills`): the scorer does not count them as skills; a
// custom requirement still looks for its words in the resume text.
import { customSkillId } from "../score/custom-skill-id";
import type { SkillMatch } from "../skills/matcher";
import type { ProfileSkill, SectionKind } from "../types";
import type { Line } from "./lines";
import type { Section } from "./sections";
import { snippetAt } from "./skills";
import { insideSpans, type NonEvidenceSpan } from "./spans";

const MAX_WORDS = 5;
const MAX_CHARS = 48;
const MAX_CUSTOM = 40;

// A line that announces a list of skills by its label ("Software: …", "Key skills – …").
const LIST_LABEL_RE =
  /^(?:[-*•·▪◦●»]\s*)?((?:(?:key|core|technical|clinical|professional|relevant|specialist|other|additional|transferable)\s+)?(?:skills?|competenc(?:y|ies)|tools?|software|systems|technologies|technology|platforms?|applications|programs|equipment|machinery|methods|techniques|methodologies|instruments|expertise|areas of expertise|specialties|specialisms|proficiencies|languages|frameworks|environments?)(?:\s*(?:&|and|\/)\s*\w+)?)\s*[:：]\s*/i;

// Words that describe a level or a count of years, not a skill ("Advanced", "5 yrs").
const LEVEL_RE =
  /^(?:basic|beginner|intermediate|advanced|expert|proficient|fluent|native|working knowledge|familiar|conversational|strong|excellent|good|\d+\+?\s*(?:years?|yrs?))$/i;
// Words that never begin a skill item: a sentence, a conjunction or a reference to the reader.
const SENTENCE_START_RE = /^(?:i|we|my|our|and|or|with|including|such as|e\.g\.|etc|the|a|an|to|for|in|of|available|references)\b/i;
// An institution or a company named in a list (a qualifications table in a skills section), or a table's column heading.
const ORG_RE =
  /\b(?:college|university|school|institute|academy|ltd|limited|inc|llc|plc|gmbh)\b\.?$|^(?:year|date|provider|qualification|level|name|grade|awarded)$/i;
const CONTACT_RE = /@|https?:|www\.|\d{3}[\s.-]?\d{3,}|\b(?:street|st\.|road|rd\.|avenue|ave\.)\s/i;

/** Split a list on commas, semicolons, bullets and pipes outside parentheses; " / " with spaces too. */
export function splitListItems(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? "";
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    const spacedSlash = c === "/" && text[i - 1] === " " && text[i + 1] === " ";
    if (depth === 0 && (/[,;|•·▪◦●\t]/.test(c) || spacedSlash)) {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter(Boolean);
}

/** The item as a skill name: trimmed of bullets, trailing stops and a level in parentheses; null when not a skill phrase. */
export function cleanItem(raw: string): string | null {
  let s = raw
    .replace(/\s+/g, " ")
    .replace(/^[-*•·▪◦●»–—\s]+/u, "")
    .replace(/[.:–—-]+$/u, "")
    .trim();
  s = s.replace(/\s*\(([^)]*)\)$/, (m, inner: string) => (LEVEL_RE.test(inner.trim()) ? "" : m)).trim();
  s = s.replace(/\s+[-–—]\s+(?:basic|intermediate|advanced|expert|proficient|fluent|native)$/i, "").trim();
  if (s.length < 2 || s.length > MAX_CHARS) return null;
  if (!/^[\p{L}\p{N}]/u.test(s) || !/\p{L}{2}/u.test(s)) return null;
  if (s.split(/\s+/).length > MAX_WORDS) return null;
  if (/[.!?:]\s/.test(s) || /[()]/.test(s.replace(/\([^()]*\)/g, ""))) return null;
  if (LEVEL_RE.test(s) || SENTENCE_START_RE.test(s) || CONTACT_RE.test(s) || ORG_RE.test(s)) return null;
  // A lowercase word alone ("clean", "safety") or a lowercase phrase of several words reads as prose, not as a named item.
  const words = s.split(/\s+/).length;
  if (!/\p{Lu}|\d/u.test(s) && (words === 1 || words > 3)) return null;
  return s;
}

interface ListSpan {
  text: string;
  start: number;
}

/** A list line wrapped onto the next ("…, income tax, source" / "deductions, …") continues there. */
function wrapsOnto(line: Line, next: Line | undefined): boolean {
  return next !== undefined && /[,;|]/.test(line.text) && !/[,;|]$/.test(line.text) && /^[\p{Ll}(]/u.test(next.text);
}

/** The list text of every line that holds skill items: each line of a skills section, and labelled list lines anywhere. */
function listSpans(text: string, lines: readonly Line[], sections: readonly Section[]): ListSpan[] {
  const out: ListSpan[] = [];
  for (const s of sections) {
    const inSkills = s.kind === "skills";
    const from = s.inlineContentStart !== null ? s.headingLine : s.firstLine;
    for (let i = from; i <= s.lastLine; i++) {
      const l = lines[i];
      if (!l || l.text === "" || (i === s.headingLine && s.inlineContentStart === null)) continue;
      const begin = i === s.headingLine && s.inlineContentStart !== null ? s.inlineContentStart : l.start;
      let last = l;
      while (inSkills && i < s.lastLine && wrapsOnto(last, lines[i + 1])) last = lines[++i] ?? last;
      // Same length as the document text, so offsets stay valid across a joined line break.
      const written = text.slice(begin, last.end).replace(/\s/g, " ");
      const label = LIST_LABEL_RE.exec(written);
      // "Category: a, b" inside a skills section: the category is a heading of the list, not an item.
      const sub = label ?? (inSkills ? /^[^:,;|]{2,40}:\s+/.exec(written) : null);
      if (!label && !inSkills) continue;
      const skip = sub ? sub[0].length : 0;
      out.push({ text: written.slice(skip), start: begin + skip });
    }
  }
  return out;
}

/** Whether the taxonomy matches already cover the item's letters (then it is a known skill). */
function coveredByMatches(item: string, at: number, matches: readonly SkillMatch[]): boolean {
  const end = at + item.length;
  const mask = new Array<boolean>(item.length).fill(false);
  for (const m of matches) {
    if (m.end <= at || m.start >= end) continue;
    for (let k = Math.max(m.start, at); k < Math.min(m.end, end); k++) mask[k - at] = true;
  }
  let uncovered = "";
  for (let k = 0; k < item.length; k++) if (!mask[k]) uncovered += item[k];
  return uncovered.replace(/\([^)]*\)?|[^\p{L}]/gu, "").length < 3;
}

/** Custom skills of the resume: listed items the taxonomy does not know, once each, in document order. */
export function extractCustomSkills(
  text: string,
  lines: readonly Line[],
  sections: readonly Section[],
  matches: readonly SkillMatch[],
  nonEvidence: readonly NonEvidenceSpan[],
  sectionOf: (offset: number) => SectionKind,
): ProfileSkill[] {
  const seen = new Set<string>();
  const out: ProfileSkill[] = [];
  for (const span of listSpans(text, lines, sections)) {
    let from = 0;
    for (const raw of splitListItems(span.text)) {
      const rel = span.text.indexOf(raw, from);
      from = rel + raw.length;
      const name = cleanItem(raw);
      if (name === null) continue;
      const at = span.start + rel + Math.max(0, raw.search(/[\p{L}\p{N}]/u));
      const key = name.toLowerCase();
      if (seen.has(key) || insideSpans(nonEvidence, at, at + name.length) || coveredByMatches(name, at, matches)) continue;
      seen.add(key);
      const section = sectionOf(at);
      out.push({
        id: customSkillId(name),
        name,
        category: "custom",
        evidence: [{ snippet: snippetAt(text, at, at + name.length), offset: at, length: name.length, section }],
        sections: [section],
        inExperience: false,
        years: null,
        lastUsedYear: null,
      });
      if (out.length >= MAX_CUSTOM) return out;
    }
  }
  return out;
}
