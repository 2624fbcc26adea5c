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
