import { PDFParse } from "pdf-parse";
import { EngineError } from "../errors";
import { withDeadline } from "./deadline";
import { recognizePages } from "./ocr-pages";
import { pdfOcrSource } from "./ocr-pdf";
import type { ExtractLimits } from "./limits";
import { type ImageObjects, resolveImagePixels } from "./pdf-image-ink";
import {
  type InkItem,
  type LayerVisibility,
  type OperatorList,
  type PageInk,
  readPageInk,
  type SplitItem,
  splitHiddenText,
  summarizeHidden,
} from "./pdf-hidden";
import { type LayoutContext, layoutPageText, type PositionedText } from "./pdf-layout";
import type { HiddenTextReport, OcrReport } from "./types";

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
interface PdfPage extends ImageObjects {
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
  getOptionalContentConfig?(): Promise<{ isVisible(group: unknown): boolean }>;
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
  ocr: OcrReport | null;
}

// How long to wait for pdf.js to decode the images text lies on or under.
const IMAGE_WAIT_MS = 2_000;

/** What the page paints, with the pixels of the images that text overlaps; null when its operator list cannot be read. */
async function readInk(
  page: PdfPage,
  items: readonly InkItem[],
  layers: LayerVisibility | null,
  deadline: number,
): Promise<PageInk | null> {
  let ink: PageInk;
  try {
    ink = readPageInk(await page.getOperatorList(), layers);
  } catch {
    return null;
  }
  const text = items.map((t) => ({ x0: t.x, x1: t.x + t.width, y0: t.y, y1: t.y + t.fontSize }));
  // Pixels that cannot be had leave those images as before: text on them is not judged by colour.
  await resolveImagePixels(page, ink.areas, text, Math.min(IMAGE_WAIT_MS, deadline - Date.now())).catch(() => undefined);
  return ink;
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
  layers: LayerVisibility | null,
  deadline: number,
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
  const pageInk = await readInk(page, ink, layers, deadline);
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

interface TextLayer {
  pages: string[];
  brokenPages: number[];
  lastPageError: unknown;
  hiddenParts: SplitItem[];
  /** Pages that paint a raster image (a scan or photo of the page, a logo). */
  imagePages: number;
}

// pdf.js operator codes (OPS in pdfjs-dist) that paint raster images and image
// masks (1-bit fax-style scans are often masks); 90, a one-colour mask, is left out.
const IMAGE_OPS: ReadonlySet<number> = new Set([83, 84, 85, 86, 87, 88, 89]);

async function paintsImage(page: PdfPage): Promise<boolean> {
  try {
    // pdf.js caches the operator list visibleItems already asked for.
    return (await page.getOperatorList()).fnArray.some((fn) => IMAGE_OPS.has(fn));
  } catch {
    return false;
  }
}

/** Which layers (optional content groups) the document shows when opened; null when it has none or they cannot be read. */
async function layerVisibility(doc: PdfDocument): Promise<LayerVisibility | null> {
  try {
    const config = await doc.getOptionalContentConfig?.();
    return config ? (group) => config.isVisible(group) : null;
  } catch {
    return null;
  }
}

/** Reads each page's visible text in reading order; a page that fails is skipped and noted. */
async function readTextLayer(doc: PdfDocument, limits: ExtractLimits, deadline: number): Promise<TextLayer> {
  const ctx: LayoutContext = {};
  const layer: TextLayer = { pages: [], brokenPages: [], lastPageError: undefined, hiddenParts: [], imagePages: 0 };
  let totalChars = 0;
  const layers = await layerVisibility(doc);
  for (let pageNumber = 1; pageNumber <= doc.numPages; pageNumber++) {
    if (Date.now() > deadline) throw new EngineError("PARSE_TIMEOUT", `PDF extraction exceeded its time budget at page ${pageNumber}`);
    let pageText: string;
    try {
      const page = await doc.getPage(pageNumber);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent({ includeMarkedContent: false });
      const visible = await visibleItems(page, viewport, content.items.filter(isTextItem), layer.hiddenParts, layers, deadline);
      if (await paintsImage(page)) layer.imagePages++;
      page.cleanup();
      pageText = layoutPageText(visible, ctx);
    } catch (error) {
      if (error instanceof EngineError) throw error;
      // One broken page should not cost the rest of the document.
      layer.brokenPages.push(pageNumber);
      layer.lastPageError = error;
      continue;
    }
    layer.pages.push(pageText);
    totalChars += pageText.length;
    // Stop early rather than lay out pages whose text will be refused anyway.
    if (totalChars > limits.maxTextChars * 2) {
      throw new EngineError("TEXT_TOO_LONG", `PDF text exceeds ${limits.maxTextChars} characters`);
    }
  }
  return layer;
}

/**
 * A PDF whose pages paint images and carry fewer visible characters than this
 * per page is a scan (perhaps with a page number or a scanner's stamp as text):
 * its pages are read by OCR. A one-page typed resume has well over 500.
 */
const MIN_TEXT_LAYER_CHARS_PER_PAGE = 40;

/** The text layer's text, or null when the pages must be read by OCR (none, almost none, or fonts without a Unicode map). */
function usableTextLayer(layer: TextLayer, pageCount: number): PdfText | null {
  if (layer.brokenPages.length === pageCount) throw mapPdfError(layer.lastPageError);
  const text = layer.pages.filter((p) => p.trim() !== "").join("\n\n");
  const visible = text.replace(/\s+/g, "");
  if (visible.length === 0) return null;
  if (layer.imagePages > 0 && visible.length < MIN_TEXT_LAYER_CHARS_PER_PAGE * layer.pages.length) return null;
  const warnings: string[] = layer.brokenPages.length > 0 ? [`pdf: unreadable page(s) skipped: ${layer.brokenPages.join(", ")}`] : [];
  const unreadable = (visible.match(UNREADABLE_CHAR)?.length ?? 0) / visible.length;
  if (unreadable > 0.9) return null;
  if (unreadable > 0.3) warnings.push("pdf: part of the text uses fonts without a Unicode mapping and may be garbled");
  return { text, pageCount, warnings, hidden: summarizeHidden(layer.hiddenParts), ocr: null };
}

async function readByOcr(doc: PdfDocument, limits: ExtractLimits, deadline: number): Promise<PdfText> {
  const ocr = await recognizePages(pdfOcrSource(doc, limits.ocrRenderDpi), limits, deadline);
  if (ocr.text.replace(/\s+/g, "") === "") {
    throw new EngineError("NO_TEXT_LAYER", `PDF has ${doc.numPages} page(s), no text layer and no text OCR could recognise`);
  }
  return {
    text: ocr.text,
    pageCount: doc.numPages,
    warnings: [
      "pdf: no usable text layer; the pages were read by OCR",
      ...(ocr.skippedPages.length > 0 ? [`pdf: unreadable page(s) skipped: ${ocr.skippedPages.join(", ")}`] : []),
    ],
    hidden: null,
    ocr: { confidence: ocr.confidence, pages: ocr.pages },
  };
}

export interface PdfDeadlines {
  /** For loading the document and reading its text layer. */
  text: number;
  /** For OCR of the pages when the text layer is not usable. */
  ocr: number;
}

export async function extractPdfText(bytes: Uint8Array, limits: ExtractLimits, deadlines: PdfDeadlines): Promise<PdfText> {
  const parser = new PDFParse({
    // pdf.js may take ownership of the buffer; give it a private copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  try {
    const { doc, layer } = await withDeadline(
      (async () => {
        let doc: PdfDocument;
        try {
          doc = await loadDocument(parser);
        } catch (error) {
          throw mapPdfError(error);
        }
        if (doc.numPages > limits.maxPdfPages) {
          throw new EngineError("TOO_MANY_PAGES", `PDF has ${doc.numPages} pages (limit ${limits.maxPdfPages})`);
        }
        if (doc.numPages === 0) throw new EngineError("EMPTY_DOCUMENT", "PDF has no pages");
        return { doc, layer: await readTextLayer(doc, limits, deadlines.text) };
      })(),
      deadlines.text,
      "PDF extraction",
    );
    return usableTextLayer(layer, doc.numPages) ?? (await readByOcr(doc, limits, deadlines.ocr));
  } finally {
    await parser.destroy();
  }
}
