import mammoth from "mammoth";
import { EngineError } from "../errors";
import type { ExtractLimits } from "./limits";
import type { HiddenTextReport } from "./types";
import { readBodyRuns, removeHiddenRuns, summarizeRemovedRuns, type XmlRun } from "./docx-hidden";
import { extractHeaderFooterText, type HeaderFooterText } from "./docx-header-footer";
import { mammothHtmlToText } from "./html-to-text";
import { measureInflatedSize, type ZipDirectory, ZipFormatError, ZipSizeExceededError } from "./zip-directory";

// Parts mammoth inflates while converting text. Images and embedded objects are
// never read (our image converter ignores them), so only these need checking.
const TEXT_PART = /\.(xml|rels)$/i;

/**
 * Enforces entry-count and uncompressed-size limits from the central
 * directory, then confirms by bounded inflation that the XML parts really are
 * no larger than declared (the directory is attacker-controlled).
 */
export function checkDocxLimits(bytes: Uint8Array, zip: ZipDirectory, limits: ExtractLimits): void {
  if (zip.declaredEntryCount > limits.maxDocxEntries || zip.entries.length > limits.maxDocxEntries) {
    throw new EngineError(
      "DOCX_TOO_MANY_ENTRIES",
      `DOCX has ${Math.max(zip.declaredEntryCount, zip.entries.length)} entries (limit ${limits.maxDocxEntries})`,
    );
  }
  if (zip.totalUncompressedSize > limits.maxDocxUncompressedBytes) {
    throw new EngineError(
      "DOCX_TOO_LARGE_UNCOMPRESSED",
      `DOCX declares ${zip.totalUncompressedSize} uncompressed bytes (limit ${limits.maxDocxUncompressedBytes})`,
    );
  }
  let budget = limits.maxDocxUncompressedBytes;
  for (const entry of zip.entries) {
    if (!TEXT_PART.test(entry.name)) continue;
    if (entry.flags & 0x1) throw new EngineError("CORRUPT_FILE", `DOCX entry ${entry.name} is encrypted`);
    try {
      // Allow a little slack over the declared size; anything more is a lie worth refusing.
      const allowed = Math.min(budget, entry.uncompressedSize + 1024);
      budget -= measureInflatedSize(bytes, entry, allowed);
    } catch (error) {
      if (error instanceof ZipSizeExceededError) {
        throw new EngineError("DOCX_TOO_LARGE_UNCOMPRESSED", error.message, { cause: error });
      }
      if (error instanceof ZipFormatError) throw new EngineError("CORRUPT_FILE", error.message, { cause: error });
      throw error;
    }
  }
}

// Images are replaced by nothing without reading their bytes: no base64 work,
// and a linked (external) image is never resolved. External file access stays
// at mammoth's default (disabled) on purpose.
const ignoreImages = mammoth.images.imgElement(async () => ({ src: "" }));

interface DocxNode {
  type?: unknown;
  children?: unknown;
  fontSize?: unknown;
  styleName?: unknown;
}

function childNodes(node: DocxNode): DocxNode[] {
  return Array.isArray(node.children) ? (node.children.filter((c) => typeof c === "object" && c !== null) as DocxNode[]) : [];
}

const TITLE_STYLE = /^(title|heading 1|name)$/i;

/** How visually prominent a cell is: its largest directly formatted font size, title styles counting as huge. */
function prominence(node: DocxNode): number {
  let best = typeof node.fontSize === "number" ? node.fontSize : 0;
  if (node.type === "paragraph" && typeof node.styleName === "string" && TITLE_STYLE.test(node.styleName)) best = 1000;
  for (const child of childNodes(node)) best = Math.max(best, prominence(child));
  return best;
}

function paragraphCount(node: DocxNode): number {
  return childNodes(node).reduce((n, c) => n + (c.type === "paragraph" ? 1 : paragraphCount(c)), 0);
}

/**
 * Two-column Word resumes are usually a borderless table whose cells are the
 * columns. Put the cell holding the name (the most prominent text) first, as
 * the PDF layout does, so the contact block leads the text whichever side it is on.
 */
function putProminentLayoutCellFirst(node: DocxNode): DocxNode {
  for (const child of childNodes(node)) putProminentLayoutCellFirst(child);
  if (node.type !== "tableRow" || !Array.isArray(node.children)) return node;
  const cells = childNodes(node).filter((c) => c.type === "tableCell");
  if (cells.length < 2 || cells.length !== node.children.length) return node;
  if (cells.filter((c) => paragraphCount(c) >= 3).length < 2) return node;
  const scores = cells.map(prominence);
  const top = Math.max(...scores);
  const index = scores.indexOf(top);
  const runnerUp = Math.max(...scores.filter((_, i) => i !== index));
  if (index > 0 && top > runnerUp * 1.15) {
    const [cell] = node.children.splice(index, 1);
    node.children.unshift(cell);
  }
  return node;
}

export interface DocxText {
  text: string;
  warnings: string[];
  hidden: HiddenTextReport | null;
}

export async function extractDocxText(bytes: Uint8Array, zip?: ZipDirectory): Promise<DocxText> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const warnings: string[] = [];
  let xmlRuns: XmlRun[] = [];
  try {
    xmlRuns = zip ? readBodyRuns(bytes, zip) : [];
  } catch (error) {
    warnings.push(`docx: run formatting unreadable, hidden text not checked: ${errorMessage(error)}`);
  }
  let removed: ReturnType<typeof removeHiddenRuns> = [];
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
      { buffer },
      {
        convertImage: ignoreImages,
        ignoreEmptyParagraphs: false,
        transformDocument: (document: DocxNode) => {
          removed = removeHiddenRuns(document, xmlRuns);
          return putProminentLayoutCellFirst(document);
        },
      },
    );
  } catch (error) {
    throw new EngineError("CORRUPT_FILE", `mammoth could not read the DOCX: ${errorMessage(error)}`, { cause: error });
  }
  warnings.push(
    ...result.messages
      .filter((m) => m.type === "error")
      .map((m) => `docx: ${m.message}`)
      .slice(0, 10),
  );
  const hidden = summarizeRemovedRuns(removed);
  const body = mammothHtmlToText(result.value);
  if (!zip) return { text: body, warnings, hidden };
  let extra: HeaderFooterText = { header: [], footer: [] };
  try {
    extra = extractHeaderFooterText(bytes, zip, body);
  } catch (error) {
    warnings.push(`docx: page headers/footers unreadable: ${errorMessage(error)}`);
  }
  const text = [extra.header.join("\n"), body, extra.footer.join("\n")].filter((part) => part.trim() !== "").join("\n\n");
  return { text, warnings, hidden };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
