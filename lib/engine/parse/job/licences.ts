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

// A driving licence as postings write it, with what says which one: "Full clean driving licence", "Full UK
// driving licence", "Valid Code B (EB) driver's licence", "Class 5 driver's licence". Group 1 is the qualifiers.
const QUALIFIER = String.raw`(?:[Ff]ull|[Cc]lean|[Mm]anual|[Aa]utomatic|UK|Irish|EU|Australian|Canadian|South African|(?:[Cc]lass|[Cc]ode|[Cc]ategory|[Cc]at\.?)\s+[A-Z0-9]{1,2}\+?(?:\s*\([A-Z0-9+]{1,4}\))?|[A-Z0-9]{1,2}\s+class)`;
const DRIVING_LICENCE_RE = new RegExp(String.raw`\b((?:${QUALIFIER}[\s,]+)*)(driv(?:er['’]?s?|ing)\s+licen[cs]e)\b`, "giu");

/** The taxonomy's plain driving licence, if it has one. */
function drivingLicenceId(matcher: SkillMatcher): string | undefined {
  for (const s of matcher.skillsById.values()) if (s.credential && /^driver['’]?s? licen[cs]e$/i.test(s.name)) return s.id;
  return undefined;
}

/**
 * Driving licences in the spellings the taxonomy may not list ("driver's licence"), as matches of its driving
 * licence, where no match of it already covers the words.
 */
export function drivingLicenceMatches(text: string, matches: readonly SkillMatch[], matcher: SkillMatcher): SkillMatch[] {
  const id = drivingLicenceId(matcher);
  if (!id) return [];
  const out: SkillMatch[] = [];
  for (const m of text.matchAll(DRIVING_LICENCE_RE)) {
    const start = (m.index ?? 0) + (m[1] ?? "").length;
    const end = start + (m[2] ?? "").length;
    if (matches.some((x) => x.start < end && x.end > start)) continue;
    out.push({ id, start, end, text: m[2] ?? "", ambiguous: false });
  }
  return out;
}

/**
 * The driving licence named as the posting qualifies it ("Full UK driving licence", "Code B (EB) driver's
 * licence") instead of the taxonomy's plain name, so a recruiter sees which licence is asked for; the id stays.
 */
export function withDrivingLicenceWording<C extends { id: string | null; name: string }>(
  certifications: C[],
  text: string,
  matcher: SkillMatcher,
): C[] {
  const id = drivingLicenceId(matcher);
  const qualified = [...text.matchAll(DRIVING_LICENCE_RE)].find((m) => (m[1] ?? "").trim() !== "");
  if (!id || !qualified) return certifications;
  const name = qualified[0].replace(/\s+/g, " ").trim();
  return certifications.map((c) => (c.id === id ? { ...c, name: name.charAt(0).toUpperCase() + name.slice(1) } : c));
}

// Words that open a requirement, not a credential's name: "Current BLS certification", "Must hold …".
const NOT_NAME_RE =
  /^(?:(?:current|valid|active|full|unrestricted|a|an|the|must|hold|holds|have|has|required|requires|preferred|desired|possession|proof|plus|and|or|with|of|in|your|our|any|state|national|recognised|recognized)\s+)+/i;
const LEFT_RUN_RE = /((?:(?:[\p{Lu}\d][\p{L}\d'’.-]*)[ \t]+){1,5})$/u;
const RIGHT_NOUN_RE =
  /^((?:[ \t]+[\p{Lu}][\p{L}'’.-]*){0,4}[ \t]+(?:[Cc]ertification|[Cc]ertificate|[Ll]icen[cs]e|[Cc]ard|[Rr]egistration))\b/u;
// " in Carpentry – Joinery": capitalised field words after a credential noun, up to "or equivalent" and the like.
const FIELD_RE = /^([ \t]+in[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:[–—-][ \t]+|and[ \t]+|&[ \t]+)?\p{Lu}[\p{L}'’.-]*){0,4})/u;
const CERTIFICATE_RE = /\bcertificat(?:e|ion)$/i;
const ENDS_IN_NOUN_RE = /\b(?:certification|certificate|licen[cs]e|card|registration)$/i;

/**
 * A credential as the posting writes it around a taxonomy match: the capitalised words before it and a
 * credential word after it ("Texas Level II Non-Commissioned" + "Security Officer" + "license", "Idaho" +
 * "teaching certificate"); null when the posting adds nothing to the match or the words name no credential.
 */
export function postingWording(text: string, start: number, end: number): string | null {
  const left = (LEFT_RUN_RE.exec(text.slice(Math.max(0, start - 80), start))?.[1] ?? "").replace(NOT_NAME_RE, "");
  const matched = text.slice(start, end);
  const right = ENDS_IN_NOUN_RE.test(matched) ? "" : (RIGHT_NOUN_RE.exec(text.slice(end, end + 80))?.[1] ?? "");
  const name = `${left}${matched}${right}`.replace(/\s+/g, " ").trim();
  // "Precept PharmD students": a name in passing, not the credential asked for.
  if (!ENDS_IN_NOUN_RE.test(name)) return null;
  // "Trade Certificate" + "in Carpentry – Joinery": the field the posting names the credential in.
  // A licence "in Wisconsin" names a place, so only a certificate takes one.
  const field = CERTIFICATE_RE.test(name)
    ? (FIELD_RE.exec(text.slice(end + right.length, end + right.length + 80))?.[1] ?? "").replace(/\s+/g, " ")
    : "";
  // "BLS" + "certification" adds nothing a recruiter needs: the posting must add a qualifier, a name or a field.
  if (left.trim() === "" && !/\p{Lu}/u.test(right) && field === "") return null;
  return `${name}${field}`;
}

/**
 * Taxonomy credentials named as the posting writes them (see postingWording), from the first match of each
 * that the posting qualifies; names a registration's body gave, and the id, stay.
 */
export function withPostingWording<C extends { id: string | null; name: string }>(
  certifications: C[],
  text: string,
  matches: readonly SkillMatch[],
  matcher: SkillMatcher,
): C[] {
  return certifications.map((c) => {
    const skill = c.id ? matcher.skillsById.get(c.id) : undefined;
    if (!skill || c.name !== skill.name) return c;
    for (const m of matches) {
      if (m.id !== c.id) continue;
      const name = postingWording(text, m.start, m.end);
      if (name) return { ...c, name: name.charAt(0).toUpperCase() + name.slice(1) };
    }
    return c;
  });
}
