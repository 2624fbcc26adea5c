// Parts of a resume that name a person, an organisation or a place: "Taylor
// Swift", "Phoenix, AZ", "Salesforce" as an employer. They are never evidence
// of a skill, so their offsets are recorded and skill matches inside them dropped.
import type { EducationEntry, ExperienceEntry } from "../types";
import type { Contact } from "./contact";
import type { Line } from "./lines";

export type NonEvidenceKind = "contact" | "employer" | "location" | "institution";

export interface NonEvidenceSpan {
  kind: NonEvidenceKind;
  start: number;
  end: number;
}

function occurrences(text: string, needle: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  if (needle.length < 2) return out;
  for (let at = text.indexOf(needle, from); at >= 0 && at + needle.length <= to; at = text.indexOf(needle, at + 1)) out.push(at);
  return out;
}

function wordOccurrences(text: string, word: string, from: number, to: number): number[] {
  return occurrences(text, word, from, to).filter((at) => {
    const before = text[at - 1] ?? " ";
    const after = text[at + word.length] ?? " ";
    return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
  });
}

/**
 * Spans of the contact details (the name wherever it is written, and each of its
 * words in the header), of employers and role locations inside their entries,
 * and of schools. Offsets refer to the document text.
 */
export function nonEvidenceSpans(
  text: string,
  contact: Contact,
  headerLines: readonly Line[],
  experience: readonly ExperienceEntry[],
  education: readonly EducationEntry[],
): NonEvidenceSpan[] {
  const spans: NonEvidenceSpan[] = [];
  const add = (kind: NonEvidenceKind, at: number, length: number) => spans.push({ kind, start: at, end: at + length });
  for (const value of [contact.name, contact.email, contact.phone, contact.location, ...contact.links.map((l) => l.url)]) {
    if (value) for (const at of occurrences(text, value)) add("contact", at, value.length);
  }
  if (contact.name) {
    // "Taylor Swift" may be written in capitals, over two lines or with a nickname in the header.
    const words = contact.name.split(/[\s"“”()]+/).filter((w) => /\p{L}{2,}/u.test(w));
    for (const l of headerLines) {
      for (const w of words) {
        for (const variant of new Set([w, w.toUpperCase()])) {
          for (const at of wordOccurrences(text, variant, l.start, l.end)) add("contact", at, variant.length);
        }
      }
    }
  }
  for (const e of experience) {
    for (const [kind, value] of [
      ["employer", e.employer],
      ["location", e.location],
    ] as const) {
      if (!value) continue;
      const at = occurrences(text, value, e.startOffset, e.endOffset)[0];
      // "Mountain View Care Center (skilled nursing facility)": the description in brackets is about the work.
      const name = value.split(/\s*[([]/)[0] ?? value;
      if (at !== undefined && name.length > 0) add(kind, at, name.length);
    }
  }
  for (const ed of education) {
    if (ed.institution) for (const at of occurrences(text, ed.institution)) add("institution", at, ed.institution.length);
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Whether [start, end) overlaps any span (spans sorted by start). */
export function insideSpans(spans: readonly NonEvidenceSpan[], start: number, end: number): boolean {
  for (const s of spans) {
    if (s.start >= end) return false;
    if (s.end > start) return true;
  }
  return false;
}
