// Licences and registrations written around the holder's occupation rather than by their name:
// "Licensed as a pharmacist in the State of Rhode Island", "Texas Level II Security Officer
// license", "registered with the College of Physiotherapists as a physiotherapist". The taxonomy
// names the holder in its "licensed X" aliases (Pharmacist License: "licensed pharmacist"), so a
// clause that pairs a licensing word with that occupation names the licence.
import type { SkillMatch, SkillMatcher } from "../../skills/matcher";
import { clauseRanges } from "./clauses";

const LICENCE_CUE_RE = /\b(?:licen[cs]e[ds]?|licensure|registered|registration|registry)\b/gi;
/** How far apart (characters) the licensing word and the occupation may be in a clause. */
const MAX_GAP = 60;

interface Holder {
  id: string;
  re: RegExp;
}

const holdersOf = new WeakMap<SkillMatcher, Holder[]>();

/** "licensed pharmacist" → the holder "pharmacist" of Pharmacist License, for every credential. */
function licenceHolders(matcher: SkillMatcher): Holder[] {
  let out = holdersOf.get(matcher);
  if (out) return out;
  out = [];
  for (const skill of matcher.skillsById.values()) {
    if (!skill.credential) continue;
    for (const alias of skill.aliases) {
      const holder = /^licensed\s+([a-z][a-z -]{3,})$/i.exec(alias.trim())?.[1];
      if (!holder) continue;
      const words = holder.trim().replace(/[-\s]+/g, "[-\\s]+");
      out.push({ id: skill.id, re: new RegExp(`\\b${words}s?\\b`, "gi") });
    }
  }
  holdersOf.set(matcher, out);
  return out;
}

/**
 * Credential matches for licences named by their holder's occupation, one per credential and
 * clause, where the text does not already name that credential. Offsets span the occupation word.
 */
export function licenceMatches(text: string, matches: readonly SkillMatch[], matcher: SkillMatcher): SkillMatch[] {
  const holders = licenceHolders(matcher);
  const out: SkillMatch[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    for (const [a, b] of clauseRanges(line)) {
      const clause = line.slice(a, b);
      const cues = [...clause.matchAll(LICENCE_CUE_RE)].map((m) => m.index ?? 0);
      if (cues.length === 0) continue;
      // A clause that already names the credential needs no second match; one elsewhere (a duty line,
      // "precept PharmD students") does not say whether this clause requires it.
      const from = offset + a;
      const named = new Set(matches.filter((m) => m.start >= from && m.start < offset + b).map((m) => m.id));
      for (const h of holders) {
        if (named.has(h.id)) continue;
        for (const m of clause.matchAll(h.re)) {
          const at = m.index ?? 0;
          if (!cues.some((c) => Math.abs(c - at) <= MAX_GAP)) continue;
          const start = offset + a + at;
          out.push({ id: h.id, start, end: start + m[0].length, text: m[0], ambiguous: false });
          named.add(h.id);
          break;
        }
      }
    }
    offset += line.length + 1;
  }
  return out;
}
