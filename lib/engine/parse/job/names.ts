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

// The name of a professional, regulatory or public body: "Nursing and Midwifery Council", "Oregon State Board
// of Examiners for Speech-Language Pathology and Audiology", "Council on Academic Accreditation". The fields in
// it are what the body governs, not skills the job asks for.
const BODY = "Council|Board|Commission|Association|Society|Institute|Authority|Agency|Ministry|Federation|Registry|Tribunal|Inspectorate";
const CAP = String.raw`[\p{Lu}][\p{L}\p{N}'’-]*`;
const NAME_RUN = String.raw`${CAP}(?:[ \t]+(?:${CAP}|and|&|of|for|the))*?`;
// A word of a body's name after its first: capitalised, not an acronym ("… of Health and SQL" ends at Health).
const NAME_WORD = String.raw`[\p{Lu}][\p{Ll}][\p{L}'’-]*`;
const BODY_NAME_RES = [
  new RegExp(String.raw`(?<![\p{L}])${NAME_RUN}[ \t]+(?:${BODY})\b`, "gu"),
  new RegExp(
    String.raw`\b(?:${BODY}|College|Department)[ \t]+(?:of|for|on)[ \t]+${CAP}(?:[ \t]+(?:(?:and|&|of|for|the)[ \t]+)?${NAME_WORD})*`,
    "gu",
  ),
];

/** Spans of the names of bodies a posting mentions ("the Nursing and Midwifery Council"). */
function bodyNameSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const re of BODY_NAME_RES) for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

const INITIAL_WORDS_RE = /[\p{L}\p{N}]+/gu;

/**
 * An acronym the posting itself spells out ("computer-based test (CBT)") as something other than the
 * skill it would otherwise name (CBT, cognitive behavioural therapy): the posting's own meaning wins.
 */
function definedOtherwise(text: string, m: SkillMatch, matcher: SkillMatcher): boolean {
  if (!ACRONYM_RE.test(m.text) || text[m.start - 1] !== "(" || text[m.end] !== ")") return false;
  const before = text.slice(Math.max(0, m.start - 100), m.start - 1).trimEnd();
  const words = [...before.matchAll(INITIAL_WORDS_RE)].map((w) => w[0]);
  const letters = m.text.replace(/[^A-Z]/g, "");
  const spelled = words.slice(-letters.length);
  if (spelled.length < letters.length || spelled.map((w) => (w[0] ?? "").toUpperCase()).join("") !== letters) return false;
  const expansion = spelled.join(" ").toLowerCase();
  const skill = matcher.skillsById.get(m.id);
  const names = [skill?.name ?? "", ...(skill?.aliases ?? [])].map((n) =>
    n
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim(),
  );
  return !names.some((n) => n.includes(expansion) || expansion.includes(n));
}

/**
 * Matches that are the employer's own name, a field inside the name of a body ("Nursing and Midwifery
 * Council"), an acronym the posting spells out as something else, or an acronym read from a dated
 * regulation code when the skill is no code itself. Credentials stay: the credential readers judge them.
 */
export function withoutNameWords(text: string, matches: readonly SkillMatch[], matcher: SkillMatcher): SkillMatch[] {
  const employer = employerSpans(text);
  const bodies = bodyNameSpans(text);
  return matches.filter((m) => {
    if (employer.some(([a, b]) => m.start >= a && m.end <= b)) return false;
    const credential = matcher.skillsById.get(m.id)?.credential === true;
    if (!credential && bodies.some(([a, b]) => m.start >= a && m.end <= b)) return false;
    if (definedOtherwise(text, m, matcher)) return false;
    if (!ACRONYM_RE.test(m.text) || !DATED_CODE_RE.test(text.slice(m.end, m.end + 8))) return true;
    return CODE_SKILL_RE.test(matcher.skillsById.get(m.id)?.name ?? "");
  });
}
