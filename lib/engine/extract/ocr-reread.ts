// A second reading of a page's first lines (where the name is) with models of
// other alphabets, merged word by word into the first reading. The full page is
// read with English (OCR_LANGUAGES); a name such as "Inès Moreau",
// "Łukasz Wiśniewski", "Stanislav Novák", "Saoirse Ní Bhriain" or "김지우" needs
// letters or a script those models do not know or do not trust, and reading the
// whole page with every model would cost several times as long.

export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrWord {
  text: string;
  /** 0–100 */
  confidence: number;
  bbox: OcrBox;
}

export interface OcrLine {
  text: string;
  words: OcrWord[];
  bbox: OcrBox;
}

/** How many of the first page's lines with letters are looked at: the name comes first, after it a headline or contact line. */
export const REREAD_LINES = 3;
/** Only lines of at most this many words are read again: a name line is short (a contact line or a sentence is not). */
const MAX_REREAD_WORDS = 5;
/** Confidence a second reading needs before it may add marks to a word the first reading saw without them. */
const ACCENT_CONFIDENCE = 90;
/** Confidence a reading in another script needs to replace the first reading's words… */
const SCRIPT_CONFIDENCE = 80;
/** …and by how much it must beat each of them: Latin models read Hangul as "AX?" with confidence 0–55. */
const SCRIPT_MARGIN = 30;

/** The letters without their marks: "Łukasz" and "Lukasz", "Novák" and "Novak" fold alike. */
export function foldMarks(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[łŁ]/g, (c) => (c === "ł" ? "l" : "L"))
    .replace(/[øØ]/g, (c) => (c === "ø" ? "o" : "O"))
    .replace(/[đĐ]/g, (c) => (c === "đ" ? "d" : "D"))
    .toLowerCase();
}

/** Letters that carry a mark (diacritic) or are a marked letter of their own (ł, ø, đ). */
function markedLetters(text: string): number {
  let n = 0;
  for (const ch of text) if (/\p{L}/u.test(ch) && foldMarks(ch) !== ch.toLowerCase()) n++;
  return n;
}

/** Letters with a stroke: Latin models read "Ł" as "t" or "L", so the letter itself may differ, not only its mark. */
const STROKED = new Set(["ł", "Ł", "ø", "Ø", "đ", "Đ"]);

/** Whether `marked` is `plain` with marks added: the same letters once folded, a stroked letter standing for any one letter. */
function sameWithMarks(marked: string, plain: string): boolean {
  const a = [...marked.normalize("NFC")];
  const b = [...plain.normalize("NFC")];
  if (a.length !== b.length) return false;
  return a.every((ch, i) => foldMarks(ch) === foldMarks(b[i] ?? "") || STROKED.has(ch));
}

function isLatinOrCommon(text: string): boolean {
  return /^[\p{Script=Latin}\p{Script=Common}\p{M}]*$/u.test(text);
}

/** Share of the smaller box that the two boxes have in common. */
function overlap(a: OcrBox, b: OcrBox): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  if (w <= 0 || h <= 0) return 0;
  const area = (box: OcrBox) => Math.max(1, (box.x1 - box.x0) * (box.y1 - box.y0));
  return (w * h) / Math.min(area(a), area(b));
}

/**
 * The second reading's word replaces the first reading's word(s) at the same place when it
 * (a) has the same letters with marks the first reading missed (Novak → Novák, tukasz → Łukasz),
 * read with high confidence; (b) is in Latin letters, read with high confidence, where the first
 * reading could not read the word ("Ji-woo0)" at 49 → "Ji-woo)"); or (c) is in a script other
 * than Latin and replaces words no reading in Latin letters could read (a Korean name read as
 * "HX 2" with confidence 0), `latinRead` telling whether one could.
 * A reading with as many marks as the first's but other ones (Zoé against Zoë) wins only when
 * at least as confident: the first reading's English model knows marks from borrowed words
 * only (café), and each model of the second reading writes the marks of its own language.
 */
function replacementFor(second: OcrWord, covered: OcrWord[], latinRead: boolean): boolean {
  const [only] = covered;
  if (covered.length === 1 && only && isLatinOrCommon(second.text)) {
    if (second.confidence < ACCENT_CONFIDENCE) return false;
    if (only.confidence <= second.confidence - SCRIPT_MARGIN) return true;
    if (second.text === only.text || !sameWithMarks(second.text, only.text)) return false;
    // Other marks on as many letters (Zoé → Zoë) only from a reading at least as sure as the first.
    const marks = markedLetters(second.text) - markedLetters(only.text);
    return marks > 0 || (marks === 0 && second.confidence >= only.confidence);
  }
  if (latinRead || isLatinOrCommon(second.text) || !/\p{L}/u.test(second.text)) return false;
  return second.confidence >= SCRIPT_CONFIDENCE && covered.every((w) => w.confidence <= second.confidence - SCRIPT_MARGIN);
}

/**
 * The line's words with the second reading's better words in their place, in reading order.
 * Where several readings qualify for the same words, the most confident wins; on a tie, the
 * one that comes first in `second` (the order of REREAD_LANGUAGES).
 */
export function mergeLine(first: OcrLine, second: OcrWord[]): string {
  const words = first.words;
  const placed = second.map((candidate) => ({
    candidate,
    covered: words.flatMap((w, i) => (overlap(w.bbox, candidate.bbox) > 0.5 ? [i] : [])),
  }));
  // The first reading's words that a model of Latin letters read with confidence: Latin text, whatever the first reading made of it.
  const latinRead = new Set(
    placed
      .filter(({ candidate }) => isLatinOrCommon(candidate.text) && candidate.confidence >= SCRIPT_CONFIDENCE)
      .flatMap(({ covered }) => covered),
  );
  const candidates = placed
    .filter(
      ({ candidate, covered }) =>
        covered.length > 0 &&
        replacementFor(
          candidate,
          covered.map((i) => words[i] as OcrWord),
          covered.some((i) => latinRead.has(i)),
        ),
    )
    .sort((a, b) => b.candidate.confidence - a.candidate.confidence);
  const replaced = new Set<number>();
  const inserted = new Map<number, string>();
  for (const { candidate, covered } of candidates) {
    if (covered.some((i) => replaced.has(i))) continue;
    for (const i of covered) replaced.add(i);
    inserted.set(covered[0] ?? 0, candidate.text);
  }
  if (replaced.size === 0) return first.text.trimEnd();
  return words
    .map((w, i) => inserted.get(i) ?? (replaced.has(i) ? null : w.text))
    .filter((t): t is string => t !== null)
    .join(" ");
}

/**
 * Whether a model of another script could replace any of the line's words: only a word read
 * with low confidence can be replaced that way (a reading scores at most 100, so a word must
 * be under 100 − SCRIPT_MARGIN). The Korean model is not run on a line read well.
 */
export function hasMisreadWord(line: OcrLine): boolean {
  return line.words.some((w) => w.confidence < 100 - SCRIPT_MARGIN);
}

/** The lines where a name may be: short lines among the first lines of a page that hold letters. */
export function linesToReread(lines: OcrLine[]): OcrLine[] {
  return lines
    .filter((l) => /\p{L}/u.test(l.text))
    .slice(0, REREAD_LINES)
    .filter((l) => l.words.length <= MAX_REREAD_WORDS);
}

/** The page text with each re-read line replaced by its merged version. */
export function applyRereading(pageText: string, lines: OcrLine[], second: OcrWord[]): string {
  let text = pageText;
  for (const line of lines) {
    const original = line.text.trimEnd();
    const merged = mergeLine(line, second);
    if (merged !== original && original !== "") text = text.replace(original, merged);
  }
  return text;
}
