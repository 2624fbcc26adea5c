// Splits document text into lines that remember where they sit in the original
// text, so every later stage can report offsets into the extracted document.

export interface Line {
  /** Index of the line in the document. */
  index: number;
  /** Line text with surrounding whitespace trimmed. */
  text: string;
  /** Offset of the first non-space character of the line in the document text. */
  start: number;
  /** Offset just past the last non-space character. */
  end: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  const raw = text.split(/\r\n|\r|\n/);
  for (const [i, r] of raw.entries()) {
    const lead = r.length - r.trimStart().length;
    const trimmed = r.trim();
    const start = pos + lead;
    lines.push({ index: i, text: trimmed, start, end: start + trimmed.length });
    pos += r.length + (text.startsWith("\r\n", pos + r.length) ? 2 : 1);
  }
  return lines;
}

/** Bullet markers used by word processors, PDF exports and plain-text resumes. */
export const BULLET_RE = /^(?:[-*•·▪◦●○■□►▸»>–—✓✔➢➤→]|\d{1,2}[.)])\s*/u;

export function isBullet(text: string): boolean {
  return BULLET_RE.test(text) && !/^\d{4}/.test(text);
}

export function stripBullet(text: string): string {
  return isBullet(text) ? text.replace(BULLET_RE, "") : text;
}

/** Lines made only of rule characters ("-----", "=====", "___"). */
export function isRule(text: string): boolean {
  return /^[-=_~*#.·•\s]{3,}$/.test(text);
}

/** Splits a header/contact line into its parts ("Denver, CO | (720) 555-0178 | a@b.com"). */
export function splitSegments(text: string): string[] {
  return text
    .split(/\s*(?:\||·|•|●|▪|◦|\t|\s{3,}|\s[–—]\s|\s-\s|\s\/\s)\s*/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
