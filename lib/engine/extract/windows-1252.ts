// Windows-1252 decoding done by hand: Node's TextDecoder("windows-1252") takes
// a Latin-1 fast path and turns 0x80–0x9F (curly quotes, dashes, €, …) into
// C1 control characters instead of the punctuation Windows editors meant.

// Code points for bytes 0x80–0x9F; 0 marks bytes Windows-1252 leaves undefined.
const HIGH_CONTROL_RANGE = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Decodes Windows-1252; undefined bytes become U+FFFD. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const byte = bytes[i] ?? 0;
      codes[i - start] = byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROL_RANGE[byte - 0x80] || 0xfffd : byte;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}
