// Words of a posting that name things rather than ask for skills: the employer's own name
// ("Tinder & Salt is a 110-cover restaurant" → not SaltStack) and dated regulation or standard codes
// ("CDM 2015" → the Construction (Design and Management) Regulations, not Clinical Data Management).
import type { SkillMatch, SkillMatcher } from "../../skills/matcher";

// What an employer describes itself as: "<Name> is a 110-cover restaurant", "<Name> is an independent group".
const ORG_NOUN =
  "company|firm|restaurant|hospital|clinic|agency|practice|school|academy|consultancy|provider|organi[sz]ation|business|group|partnership|employer|start-?up|charity|non-?profit|bakery|hotel|pharmacy|pharmacies|store|chain|platform|studio|network|trust|council|university|college|bank|insurer|manufacturer|distributor|retailer|brand|caf[eé]|bistro|pub|kitchen|carrier|fleet|lab|laboratory|centre|center|home|office";
const NAME = String.raw`(?:[\p{Lu}][\p{L}\p{N}'’.-]*|&)(?:[ \t]+(?:[\p{Lu}][\p{L}\p{N}'’.-]*|&|of|and|the|de|la)){0,5}`;
const SELF_DESCRIPTION_RE = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n)(${NAME})[ \t]+(?:is|are)[ \t]+(?:a|an|the|one of)\b[^.\n]{0,80}?\b(?:${ORG_NOUN})\b`,
  "gu",
);
// "<Name> is hiring", "<Name> is looking for", "<Name> seeks".
const HIRING_RE = new RegExp(String.raw`(?:^|[.!?]\s+|\n)(${NAME})[ \t]+(?:is|are)[ \t]+(?:hiring|looking for|recruiting|seeking)\b`, "gu");
// An "About <Name>" heading, not "About the role" / "About you" / "About us".
const ABOUT_RE = new RegExp(String.raw`^[ \t]*About[ \t]+(${NAME})[ \t]*:?[ \t]*$`, "gmu");
const NOT_A_NAME_RE = /^(?:the|this|it|we|our|you|your|us|they|there|that|these|those|role|position|job|team|company|a|an)$/i;

/** The employer's names the posting itself states. */
export function employerNames(text: string): string[] {
  const out = new Set<string>();
  for (const re of [SELF_DESCRIPTION_RE, HIRING_RE, ABOUT_RE]) {
    for (const m of text.matchAll(re)) {
      const name = (m[1] ?? "").replace(/^(?:the|at)\s+/i, "").trim();
      const words = name.split(/\s+/);
      if (name.length < 3 || words.every((w) => NOT_A_NAME_RE.test(w) || w === "&")) continue;
      if (NOT_A_NAME_RE.test(words[0] ?? "")) continue;
      out.add(name);
    }
  }
  return [...out];
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Spans of every occurrence of the employer's names. */
function employerSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const name of employerNames(text)) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(name)}(?![\\p{L}\\p{N}])`, "gu"))) {
      spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    }
  }
  return spans;
}

// "CDM 2015", "DPA 2018": an acronym dated by a year is a regulation or standard of that year.
const DATED_CODE_RE = /^\s*(?:\(|,)?\s*(?:19|20)\d{2}\b/;
const ACRONYM_RE = /^[A-Z][A-Z0-9&]{1,6}$/;
// A skill that is itself a code, act or standard may be written with its edition ("NEC 2023").
const CODE_SKILL_RE = /\b(?:code|act|regulations?|standards?|directive|rules|iso|iec|nec|nfpa|ibc)\b/i;

/**
 * Matches that are the employer's own name, or an acronym read from a dated regulation code when
 * the skill is no code itself.
 */
export function withoutNameWords(text: string, matches: readonly SkillMatch[], matcher: SkillMatcher): SkillMatch[] {
  const employer = employerSpans(text);
  return matches.filter((m) => {
    if (employer.some(([a, b]) => m.start >= a && m.end <= b)) return false;
    if (!ACRONYM_RE.test(m.text) || !DATED_CODE_RE.test(text.slice(m.end, m.end + 8))) return true;
    return CODE_SKILL_RE.test(matcher.skillsById.get(m.id)?.name ?? "");
  });
}
