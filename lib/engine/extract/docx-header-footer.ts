// Text of a DOCX's page headers and footers. mammoth ignores them, but Word
// resume templates often put the name and contact details in the page header,
// so we read those parts ourselves (after checkDocxLimits has bounded them).
import { unzipSync } from "fflate";
import type { ZipDirectory } from "./zip-directory";

const HEADER_PART = /^word\/header\d*\.xml$/;
const FOOTER_PART = /^word\/footer\d*\.xml$/;
const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return XML_ENTITIES[body.toLowerCase()] ?? match;
  });
}

/** Paragraph texts of one WordprocessingML part: w:t runs, tabs and breaks; everything else ignored. */
export function wordXmlParagraphs(xml: string): string[] {
  const paragraphs: string[] = [];
  for (const paragraph of xml.split(/<\/w:p>/)) {
    let text = "";
    const token = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:(?:br|cr)(?:\s[^>]*)?\/>/g;
    for (let m = token.exec(paragraph); m !== null; m = token.exec(paragraph)) {
      if (m[1] !== undefined) text += decodeXmlText(m[1]);
      else text += m[0].startsWith("<w:tab") ? "\t" : "\n";
    }
    if (text.trim() !== "") paragraphs.push(text.trim());
  }
  return paragraphs;
}

export interface HeaderFooterText {
  header: string[];
  footer: string[];
}

// A header/footer paragraph made of page numbering alone is noise.
// Page-number fields leave "Page" or "Page of" behind once the field codes are dropped.
const NOISE = /^(?:page\s*)?\d*(?:\s*(?:of|\/)\s*\d*)?$/i;

/** Distinct header and footer paragraphs not already present in the body text. */
export function extractHeaderFooterText(bytes: Uint8Array, zip: ZipDirectory, bodyText: string): HeaderFooterText {
  const wanted = new Set(zip.entries.map((e) => e.name).filter((n) => HEADER_PART.test(n) || FOOTER_PART.test(n)));
  if (wanted.size === 0) return { header: [], footer: [] };
  const files = unzipSync(bytes, { filter: (file) => wanted.has(file.name) });
  const decoder = new TextDecoder("utf-8");
  const body = bodyText.replace(/\s+/g, " ");
  const seen = new Set<string>();
  const collect = (pattern: RegExp): string[] => {
    const out: string[] = [];
    for (const name of Object.keys(files)
      .filter((n) => pattern.test(n))
      .sort()) {
      const data = files[name];
      if (!data) continue;
      for (const paragraph of wordXmlParagraphs(decoder.decode(data))) {
        const key = paragraph.replace(/\s+/g, " ");
        if (seen.has(key) || NOISE.test(key) || body.includes(key)) continue;
        seen.add(key);
        out.push(paragraph);
      }
    }
    return out;
  };
  return { header: collect(HEADER_PART), footer: collect(FOOTER_PART) };
}
