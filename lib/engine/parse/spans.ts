// Parts of a resume that name a person, an organisation or a place: "Taylor
// Swift", "Phoenix, AZ", "Salesforce" as an employer. They are never evidence
// of a skill, so their offsets are recorded and skill matches inside them dropped.
import type { EducationEntry, ExperienceEntry } from "../types";
import type { Contact } from "./contact";
import type { Line } from "./lines";

export type NonEvidenceKind = "contact" | "employer" | "location" | "institution" | "person" | "references";

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

const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’-]+";
const PERSON_NAME = `${NAME_WORD}(?:\\s+(?:\\p{Lu}\\.\\s*)?${NAME_WORD}){1,2}`;
/**
 * Words that introduce a person by name: an honorific ("Dr. Paul Nurse", "Sir Paul Nurse"), an
 * award ("Nobel laureate Paul Nurse") or a working relation ("trained under", "in the lab of",
 * "mentored by"). The name after them is that person's, never the candidate's skill.
 */
const PERSON_CUE_RE = new RegExp(
  `(?:\\b(?:Dr|Prof|Mr|Mrs|Ms|Mx)\\.?\\s+|\\b(?:Professor|Sir|Dame|laureate|Nobel Prize winner|Nobelist)\\s+|\\b(?:supervised|mentored|advised|coached|managed|hired|recommended|trained|taught) by\\s+(?:(?:Dr|Prof)\\.?\\s+)?|\\b(?:trained|studied|worked|interned|apprenticed) under\\s+(?:(?:Dr|Prof)\\.?\\s+)?|\\b(?:lab|laboratory) of\\s+(?:(?:Dr|Prof)\\.?\\s+)?|\\bsupervision of\\s+(?:(?:Dr|Prof)\\.?\\s+)?)(${PERSON_NAME})`,
  "gu",
);
/**
 * A US city cited in running text with its state code ("contracts in Phoenix AZ, Boise ID"). Codes
 * that are also words or degrees after a capitalised phrase ("Python OR Go", "Data Science MS",
 * "Acme CO") are left out.
 */
const US_STATE_CODES =
  "AL|AK|AZ|AR|CA|CT|FL|GA|ID|IL|IA|KS|KY|MD|MI|MN|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY";
const CITY_STATE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${NAME_WORD}(?:\\s${NAME_WORD})?),?\\s(?:${US_STATE_CODES})(?![\\p{L}\\p{N}])`, "gu");

/** People named in the text (see PERSON_CUE_RE) and US cities cited with their state. */
function citedNamesAndPlaces(text: string, add: (kind: NonEvidenceKind, at: number, length: number) => void): void {
  for (const m of text.matchAll(PERSON_CUE_RE)) {
    const name = m[1] ?? "";
    add("person", (m.index ?? 0) + m[0].length - name.length, name.length);
  }
  for (const m of text.matchAll(CITY_STATE_RE)) add("location", m.index ?? 0, (m[1] ?? "").length);
}

/**
 * Spans of the contact details (the name wherever it is written, and each of its
 * words in the header), of employers and role locations inside their entries,
 * of schools, of people the text names ("Nobel laureate Paul Nurse", "trained under Dr. Ana
 * Swift"), of US cities cited with their state, and of the references section. Offsets refer to
 * the document text.
 */
export function nonEvidenceSpans(
  text: string,
  contact: Contact,
  headerLines: readonly Line[],
  experience: readonly ExperienceEntry[],
  education: readonly EducationEntry[],
  references: ReadonlyArray<{ start: number; end: number }> = [],
): NonEvidenceSpan[] {
  const spans: NonEvidenceSpan[] = [];
  const add = (kind: NonEvidenceKind, at: number, length: number) => spans.push({ kind, start: at, end: at + length });
  // References describe other people (their titles and employers), not the candidate's work.
  for (const r of references) add("references", r.start, r.end - r.start);
  citedNamesAndPlaces(text, add);
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
