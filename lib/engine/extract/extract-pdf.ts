import { PDFParse } from "pdf-parse";
import { EngineError } from "../errors";
import type { ExtractLimits } from "./limits";
import { type InkItem, type OperatorList, type PageInk, readPageInk, type SplitItem, splitHiddenText, summarizeHidden } from "./pdf-hidden";
import { type LayoutContext, layoutPageText, type PositionedText } from "./pdf-layout";
import type { HiddenTextReport } from "./types";

// The slice of pdf.js's API we use. pdf-parse keeps its loaded document
// private and only offers flattened text, which loses the positions column
// detection needs; so we reach the document through its `load()` method and
// check its shape at runtime. pdf-parse is pinned to an exact version and the
// PDF tests fail loudly if this ever changes.
interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}
interface PdfViewport {
  width: number;
  height: number;
  convertToViewportPoint(x: number, y: number): number[];
}
interface PdfPage {
  getViewport(params: { scale: number }): PdfViewport;
  getTextContent(params?: { includeMarkedContent?: boolean; disableNormalization?: boolean }): Promise<{
    items: unknown[];
  }>;
  getOperatorList(): Promise<OperatorList>;
  cleanup(): boolean | undefined;
}
interface PdfDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
}

async function loadDocument(parser: PDFParse): Promise<PdfDocument> {
  const loader = (parser as unknown as { load?: unknown }).load;
  if (typeof loader !== "function") throw new Error("pdf-parse no longer exposes load(); update extract-pdf.ts");
  const doc: unknown = await loader.call(parser);
  const candidate = doc as Partial<PdfDocument> | null;
  if (!candidate || typeof candidate.numPages !== "number" || typeof candidate.getPage !== "function") {
    throw new Error("pdf-parse load() returned an unexpected document; update extract-pdf.ts");
  }
  return candidate as PdfDocument;
}

function isTextItem(item: unknown): item is PdfTextItem {
  const c = item as Partial<PdfTextItem> | null;
  return !!c && typeof c.str === "string" && Array.isArray(c.transform) && typeof c.width === "number";
}

function toPositioned(item: PdfTextItem, viewport: PdfViewport): PositionedText | null {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
  const point = viewport.convertToViewportPoint(e, f);
  const x = point[0];
  const y = point[1];
  if (x === undefined || y === undefined) return null;
  const fontSize = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 10;
  // Rotated text (a vertical "RESUME" label) runs along y; its width would
  // otherwise look like a line crossing every column.
  const rotated = Math.abs(b) > Math.abs(a);
  const width = rotated || !Number.isFinite(item.width) ? fontSize : item.width;
  return { str: item.str, x, y, width, fontSize };
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : "";
}

/** pdf.js signals bad input with named exceptions; map them to what the user can act on. */
function mapPdfError(error: unknown): EngineError {
  const name = errorName(error);
  const message = error instanceof Error ? error.message : String(error);
  if (name === "PasswordException" || /password/i.test(message)) {
    return new EngineError("ENCRYPTED_PDF", `PDF requires a password: ${message}`, { cause: error });
  }
  return new EngineError("CORRUPT_FILE", `PDF could not be read (${name || "error"}): ${message}`, { cause: error });
}

export interface PdfText {
  text: string;
  pageCount: number;
  warnings: string[];
  hidden: HiddenTextReport | null;
}

/**
 * The page's text items with what a reader cannot see removed (collected in
 * `hiddenParts`). An operator list that cannot be read only costs the colour
 * and render-mode tests, never the page.
 */
async function visibleItems(
  page: PdfPage,
  viewport: PdfViewport,
  items: PdfTextItem[],
  hiddenParts: SplitItem[],
): Promise<PositionedText[]> {
  const positioned = items.map((item) => toPositioned(item, viewport));
  const ink: InkItem[] = items.map((item, k) => {
    const p = positioned[k];
    const offPage = !p || p.x + p.width < 0 || p.x > viewport.width || p.y < 0 || p.y > viewport.height + p.fontSize;
    return {
      str: item.str,
      x: item.transform[4] ?? 0,
      y: item.transform[5] ?? 0,
      width: p?.width ?? 0,
      fontSize: p?.fontSize ?? 0,
      offPage,
    };
  });
  let pageInk: PageInk | null = null;
  try {
    pageInk = readPageInk(await page.getOperatorList());
  } catch {
    pageInk = null;
  }
  const split = splitHiddenText(ink, pageInk);
  const out: PositionedText[] = [];
  for (const [k, part] of split.entries()) {
    const p = positioned[k];
    if (part.hidden !== "") hiddenParts.push(part);
    // Blank items (pdf.js marks line ends with them) pass through as they were.
    if (p && (part.visible.trim() !== "" || part.hidden === "")) out.push({ ...p, str: part.visible });
  }
  return out;
}

// Fonts without a usable Unicode map come out as Private Use Area or control
// characters: the text "exists" but is unreadable.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNREADABLE_CHAR = /[\uE000-\uF8FF\uFFFD\u0000-\u0008\u000E-\u001F]/g;

export async function extractPdfText(bytes: Uint8Array, limits: ExtractLimits, deadline: number): Promise<PdfText> {
  const parser = new PDFParse({
    // pdf.js may take ownership of the buffer; give it a private copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  try {
    let doc: PdfDocument;
    try {
      doc = await loadDocument(parser);
    } catch (error) {
      throw mapPdfError(error);
    }
    const pageCount = doc.numPages;
    if (pageCount > limits.maxPdfPages) {
      throw new EngineError("TOO_MANY_PAGES", `PDF has ${pageCount} pages (limit ${limits.maxPdfPages})`);
    }
    if (pageCount === 0) throw new EngineError("EMPTY_DOCUMENT", "PDF has no pages");

    const ctx: LayoutContext = {};
    const hiddenParts: SplitItem[] = [];
    const brokenPages: number[] = [];
    let lastPageError: unknown;
    const pages: string[] = [];
    let totalChars = 0;
    for (let pageNumber = 1; pageNumber <= pageCount; pageNumber++) {
      if (Date.now() > deadline) throw new EngineError("PARSE_TIMEOUT", `PDF extraction exceeded its time budget at page ${pageNumber}`);
      let pageText: string;
      try {
        const page = await doc.getPage(pageNumber);
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent({ includeMarkedContent: false });
        const visible = await visibleItems(page, viewport, content.items.filter(isTextItem), hiddenParts);
        page.cleanup();
        pageText = layoutPageText(visible, ctx);
      } catch (error) {
        if (error instanceof EngineError) throw error;
        // One broken page should not cost the rest of the document.
        brokenPages.push(pageNumber);
        lastPageError = error;
        continue;
      }
      pages.push(pageText);
      totalChars += pageText.length;
      // Stop early rather than lay out pages whose text will be refused anyway.
      if (totalChars > limits.maxTextChars * 2) {
        throw new EngineError("TEXT_TOO_LONG", `PDF text exceeds ${limits.maxTextChars} characters`);
      }
    }

    if (brokenPages.length === pageCount) throw mapPdfError(lastPageError);
    const text = pages.filter((p) => p.trim() !== "").join("\n\n");
    const visible = text.replace(/\s+/g, "");
    if (visible.length === 0) {
      throw new EngineError("NO_TEXT_LAYER", `PDF has ${pageCount} page(s) but no extractable text`);
    }
    const warnings: string[] = brokenPages.length > 0 ? [`pdf: unreadable page(s) skipped: ${brokenPages.join(", ")}`] : [];
    const unreadable = visible.match(UNREADABLE_CHAR)?.length ?? 0;
    if (unreadable / visible.length > 0.3) {
      if (unreadable / visible.length > 0.9) {
        throw new EngineError("NO_TEXT_LAYER", "PDF text layer is unreadable (fonts without Unicode mapping)", {
          userMessage: "The text in this PDF cannot be read (its fonts carry no text mapping) — upload the original document or a DOCX",
        });
      }
      warnings.push("pdf: part of the text uses fonts without a Unicode mapping and may be garbled");
    }
    return { text, pageCount, warnings, hidden: summarizeHidden(hiddenParts) };
  } finally {
    await parser.destroy();
  }
}
