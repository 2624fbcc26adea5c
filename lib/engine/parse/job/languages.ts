// Spoken languages a posting asks for by the bare name of the language: "Welsh speaker essential", "must
// speak Punjabi", "spoken and written Welsh", "fluent Hindi or Tamil", "Cantonese would be an advantage". The
// matcher accepts a language name that is also a nationality or a cuisine ("Welsh", "Punjabi") only with
// its own cue words ("Welsh language"), so these are read here: a language name next to a cue of speaking
// or of a requirement, and the languages joined to it ("Punjabi or Urdu"), become matches of that language.
// Their tier is then their clause's, like any skill's.
import type { SkillMatch, SkillMatcher } from "../../skills/matcher";

interface Language {
  id: string;
  re: RegExp;
}

const LANGUAGE_KIND = "foreign-languages";

// Cues before a language name: "speak", "fluent (in)", "spoken and written", "bilingual in", "native".
const CUE_BEFORE_RE =
  /(?:\bspeak(?:s|ing)?|\bfluen(?:t|cy)(?:\s+in)?|\bspoken(?:\s+and\s+written)?|\bwritten\s+and\s+(?:spoken|oral)|\bbilingual(?:\s+in)?|\bproficien(?:t|cy)\s+in|\bnative|\bconversational|\bcommunicate\s+(?:\w+\s+)?in|\blanguages?\s*:)\s*$/i;
// Cues after it: "speaker", "speaking", "fluency", "is essential", "would be an advantage", "(spoken)".
const CUE_AFTER_RE =
  /^\s*(?:speakers?\b|speaking\b|fluency\b|proficiency\b|\((?:spoken|written|oral)[^)]*\)|(?:is|are|would be|will be)\s+(?:essential|required|mandatory|an asset|desirable|a plus|an advantage|advantageous|beneficial|preferred|helpful|a bonus)\b|(?:essential|required|desirable|preferred)\b)/i;
// What joins two languages of one ask: "Punjabi or Urdu", "English/Spanish", "Hindi, Tamil and Telugu".
const JOIN_RE = /^\s*(?:,\s*(?:and\s+|or\s+)?|\/\s*|(?:and\/or|and|or|&)\s+)$/i;

const languagesOf = new WeakMap<SkillMatcher, Language[]>();

function languages(matcher: SkillMatcher): Language[] {
  let out = languagesOf.get(matcher);
  if (out) return out;
  out = [];
  for (const skill of matcher.skillsById.values()) {
    if (!skill.broader.includes(LANGUAGE_KIND) || !/^[\p{Lu}][\p{L}]+$/u.test(skill.name)) continue;
    out.push({ id: skill.id, re: new RegExp(`(?<![\\p{L}-])${skill.name}(?![\\p{L}-])`, "gu") });
  }
  languagesOf.set(matcher, out);
  return out;
}

/**
 * Language matches, one per language name in a line that is cued as spoken or asked for (or joined to one
 * that is), where the matcher did not already match that name.
 */
export function languageMatches(text: string, matches: readonly SkillMatch[], matcher: SkillMatcher): SkillMatch[] {
  const out: SkillMatch[] = [];
  const taken = (start: number, end: number) => matches.some((m) => m.start < end && m.end > start);
  let offset = 0;
  for (const line of text.split("\n")) {
    const named = languages(matcher)
      .flatMap((l) => [...line.matchAll(l.re)].map((m) => ({ id: l.id, at: m.index ?? 0, end: (m.index ?? 0) + m[0].length })))
      .sort((x, y) => x.at - y.at);
    const cued = named.map((n) => CUE_BEFORE_RE.test(line.slice(Math.max(0, n.at - 40), n.at)) || CUE_AFTER_RE.test(line.slice(n.end)));
    // A cue spreads along a run of joined names: "fluent in Hindi or Tamil", "Punjabi or Urdu speakers".
    for (let pass = 0; pass < 2; pass++)
      for (let i = 0; i < named.length; i++) {
        const prev = named[i - 1];
        const next = named[i + 1];
        const cur = named[i];
        if (!cur) continue;
        if (prev && cued[i - 1] && JOIN_RE.test(line.slice(prev.end, cur.at))) cued[i] = true;
        if (next && cued[i + 1] && JOIN_RE.test(line.slice(cur.end, next.at))) cued[i] = true;
      }
    named.forEach((n, i) => {
      if (!cued[i] || taken(offset + n.at, offset + n.end)) return;
      out.push({ id: n.id, start: offset + n.at, end: offset + n.end, text: line.slice(n.at, n.end), ambiguous: true });
    });
    offset += line.length + 1;
  }
  return out;
}
