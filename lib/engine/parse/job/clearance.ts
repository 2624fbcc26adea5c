// Security clearances and vetting levels a posting names: a field line ("Security clearance: Baseline",
// "Clearance: NV1", "Vetting: SC") or a sentence ("must be able to obtain and maintain a Baseline security
// clearance", "active TS/SCI clearance required"). A clearance is an eligibility credential, never a skill: it
// is read with its level, and one the posting lets the candidate obtain after the offer is not required of
// the resume (like a vetting check run at hire).
import type { JobRequirements } from "../../types";
import type { Line } from "../lines";

export interface ClearanceMention {
  /** Offsets of the words that name the clearance. */
  start: number;
  end: number;
}

export interface ClearanceReading {
  /**
   * Words of a clearance the candidate may obtain after the offer: a taxonomy match inside them is no
   * must-have skill. A clearance to hold already stays one (empty then).
   */
  mentions: ClearanceMention[];
  certifications: JobRequirements["certifications"];
}

// Levels, most specific first, with the name a recruiter writes.
const LEVELS: [RegExp, string][] = [
  [/\bTS\s?\/\s?SCI\b/i, "TS/SCI Security Clearance"],
  [/\btop secret\b/i, "Top Secret Security Clearance"],
  [/\bNV\s?-?\s?1\b|\bnegative vetting (?:level )?1\b/i, "Negative Vetting Level 1 (NV1) Security Clearance"],
  [/\bNV\s?-?\s?2\b|\bnegative vetting (?:level )?2\b/i, "Negative Vetting Level 2 (NV2) Security Clearance"],
  [/\bPV\b|\bpositive vetting\b/, "Positive Vetting (PV) Security Clearance"],
  [/\bDV\b|\bdeveloped vetting\b/i, "Developed Vetting (DV) Security Clearance"],
  [/\bSC\b|\bsecurity check\b/, "Security Check (SC) Clearance"],
  [/\bCTC\b|\bcounter[- ]terrorist check\b/i, "Counter Terrorist Check (CTC) Clearance"],
  [/\bBPSS\b/, "Baseline Personnel Security Standard (BPSS)"],
  [/\bbaseline\b/i, "Baseline Security Clearance"],
  [/\benhanced reliability\b/i, "Enhanced Reliability Status Security Clearance"],
  [/\breliability (?:status|screening)\b/i, "Reliability Status Security Clearance"],
  [/\bsecret\b/i, "Secret Security Clearance"],
];

// A field line ("Security clearance: Baseline", "Vetting level: SC") or the words of a clearance in prose.
const FIELD_RE =
  /^[ \t]*(?:(?:security|government)[ \t]+)?(?:clearance|vetting)(?:[ \t]+(?:level|required|requirement))?[ \t]*[:–-][ \t]*\S/gim;
const PROSE_RE =
  /\b(?:(?:security|baseline|NV\s?-?\s?[12]|SC|DV|PV|BPSS|CTC|secret|TS\s?\/\s?SCI|(?:enhanced\s+)?reliability(?:\s+status)?|government|federal|active|current|DoD|interim)\s+)+(?:security\s+)?(?:clearance|vetting)\b|\bsecurity\s+(?:clearance|vetting)\b|\b(?:security check|developed vetting|negative vetting|positive vetting)\b(?:\s*\([A-Z\d]{2,4}\))?(?:\s+(?:clearance|vetting))?/gi;
// The posting lets a candidate get the clearance after the offer: "able to obtain and maintain", "eligible to
// obtain", "willing to undergo", "clearable", "the successful candidate will be required to obtain".
const OBTAINABLE_RE =
  /\b(?:(?:able|eligible|willing|prepared)\s+to\s+(?:obtain|gain|get|undergo|apply for|acquire)|obtain\s+and\s+maintain|clearable|obtainable|(?:required|need|needs)\s+to\s+(?:obtain|undergo|gain)|will\s+(?:obtain|undergo)|subject\s+to\s+(?:obtaining|gaining|passing))\b/i;

/** The sentence of a text that holds an offset. */
function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("\n", at)) + 1;
  const ends = [text.indexOf(". ", at), text.indexOf("\n", at)].filter((i) => i >= 0);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
}

function levelName(sentence: string): string {
  return LEVELS.find(([re]) => re.test(sentence))?.[1] ?? "Security Clearance";
}

/**
 * The clearance a posting asks for, once, named with its level. `requiredLine` says whether a line states a
 * requirement by its section or its own words; a header field line ("Security clearance: Baseline") states one
 * too. Not required when any sentence lets the candidate obtain it after the offer.
 */
export function readClearance(text: string, lines: readonly Line[], requiredLine: (line: Line) => boolean): ClearanceReading {
  const found: { at: number; end: number; sentence: string; field: boolean }[] = [];
  for (const m of text.matchAll(FIELD_RE)) {
    const at = m.index ?? 0;
    const lineEnd = text.indexOf("\n", at);
    found.push({ at, end: lineEnd < 0 ? text.length : lineEnd, sentence: sentenceAround(text, at), field: true });
  }
  for (const m of text.matchAll(PROSE_RE)) {
    const at = m.index ?? 0;
    found.push({ at, end: at + m[0].length, sentence: sentenceAround(text, at), field: false });
  }
  if (found.length === 0) return { mentions: [], certifications: [] };
  const lineOf = (at: number) => lines.find((l) => at >= l.end - l.text.length && at <= l.end);
  const obtainable = found.some((f) => OBTAINABLE_RE.test(f.sentence));
  const required = !obtainable && found.some((f) => f.field || requiredLineAt(lineOf(f.at), requiredLine));
  const named = found.map((f) => levelName(f.sentence)).find((n) => n !== "Security Clearance") ?? "Security Clearance";
  return {
    mentions: required ? [] : found.map((f) => ({ start: f.at, end: f.end })),
    certifications: [{ id: "security-clearance", name: named, required }],
  };
}

function requiredLineAt(line: Line | undefined, requiredLine: (line: Line) => boolean): boolean {
  return line !== undefined && requiredLine(line);
}

/** Skill matches outside the clearance's words: "security clearance" there is the clearance, not a skill. */
export function outsideClearance<M extends { start: number; end: number }>(
  matches: readonly M[],
  mentions: readonly ClearanceMention[],
): M[] {
  return matches.filter((m) => !mentions.some((c) => m.start < c.end && m.end > c.start));
}

/** The credentials with the generic taxonomy clearance replaced by the clearance as read, level named. */
export function withClearance(
  certifications: JobRequirements["certifications"],
  reading: ClearanceReading,
): JobRequirements["certifications"] {
  if (reading.certifications.length === 0) return certifications;
  return [...certifications.filter((c) => c.id !== "security-clearance"), ...reading.certifications];
}
