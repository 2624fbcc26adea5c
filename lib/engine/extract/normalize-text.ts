// One normalisation for the text of every format, so the profile and JD
// parsers see the same conventions whether the source was PDF, DOCX or TXT.

const LIGATURES: Record<string, string> = {
  "\uFB00": "ff",
  "\uFB01": "fi",
  "\uFB02": "fl",
  "\uFB03": "ffi",
  "\uFB04": "ffl",
  "\uFB05": "st",
  "\uFB06": "st",
};

// Bullet glyphs seen in resumes, including the Private Use Area code points
// that Symbol/Wingdings bullets become when a PDF has no usable ToUnicode map.
const BULLET_CHARS = "•◦‣⁃∙●○▪▫■□◆◇❖➢➤►▶▸»›→✦★☆◉⦿✓✔✗✘☐☑\uF0B7\uF0A7\uF0D8\uF076\uF0FC\uF06E\uF075\uF0A8";
const LEADING_BULLET = new RegExp(`^([ \\t]*)(?:[${BULLET_CHARS}]|\\*(?= ))[ \\t]*(?=\\S)`, "gmu");
// Dashes are list markers only when they start a line and are followed by a space.
const LEADING_DASH_BULLET = /^([ \t]*)[‒–—] +/gm;

export function normalizeExtractedText(input: string): string {
  let text = input.normalize("NFC");
  text = text.replace(/[\uFB00-\uFB06]/g, (ch) => LIGATURES[ch] ?? ch);
  // Line separators of every flavour become LF.
  text = text.replace(/\r\n?|[\u2028\u2029\u0085\f\v]/g, "\n");
  // Non-breaking and typographic spaces become plain spaces.
  text = text.replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, " ");
  // Invisible characters that break word matching (zero-width space, soft hyphen, stray BOMs, word joiner).
  text = text.replace(/[\u200B\u00AD\uFEFF\u2060]/g, "");
  // Remaining C0/C1 control characters other than tab and newline carry no text.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  text = text.replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g, "");
  text = text.replace(LEADING_DASH_BULLET, "$1- ");
  text = text.replace(LEADING_BULLET, (_match, indent: string) => `${indent}• `);
  text = text.replace(/[ \t]+$/gm, "");
  text = text.replace(/\n{3,}/g, "\n\n");
  return text.replace(/^\n+/, "").trimEnd();
}
