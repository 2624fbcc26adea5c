// Renders PDF pages to greyscale images for OCR with pdf.js and the canvas
// factory it brings for Node (@napi-rs/canvas, prebuilt, installed with pdf-parse).
import type { PageImage } from "./ocr-engine";
import { MAX_OCR_PAGE_PIXELS, type OcrSource } from "./ocr-pages";

interface CanvasAndContext {
  canvas: unknown;
  context: {
    fillStyle: string;
    fillRect(x: number, y: number, w: number, h: number): void;
    getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
  };
}
interface CanvasFactory {
  create(width: number, height: number): CanvasAndContext;
  destroy(canvasAndContext: CanvasAndContext): void;
}
interface RenderablePage {
  getViewport(params: { scale: number }): { width: number; height: number };
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  render(params: { canvasContext: unknown; viewport: unknown; canvas: unknown }): { promise: Promise<void> };
  cleanup(): boolean | undefined;
}
export interface RenderableDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<unknown>;
}

function canvasFactoryOf(doc: RenderableDocument): CanvasFactory {
  const factory = (doc as { canvasFactory?: Partial<CanvasFactory> }).canvasFactory;
  if (!factory || typeof factory.create !== "function" || typeof factory.destroy !== "function") {
    throw new Error("pdf.js document has no canvas factory; update ocr-pdf.ts");
  }
  return factory as CanvasFactory;
}

/** Luma (ITU-R BT.601) of RGBA pixels on the white page the canvas was filled with. */
function toGrey(rgba: Uint8ClampedArray, pixels: number): Uint8Array {
  const grey = new Uint8Array(pixels);
  for (let i = 0, j = 0; i < pixels; i++, j += 4) {
    grey[i] = ((rgba[j] ?? 255) * 299 + (rgba[j + 1] ?? 255) * 587 + (rgba[j + 2] ?? 255) * 114) / 1000;
  }
  return grey;
}

/** pdf.js operator codes (OPS) read by scanResolution. */
const OPS = { save: 10, restore: 11, transform: 12, paintImageXObject: 85 } as const;
/**
 * A scan is never rendered below this resolution. On the labeled resumes' 200 dpi scans,
 * rendering at 200 dpi read one "@" as "G" (an e-mail lost); 240 dpi read every field as
 * 300 dpi did, for 0.78 of its CPU time (bench:ocr, CPU p50 1.70 s against 2.19 s a page).
 */
const MIN_SCAN_DPI = 240;

type Matrix = [number, number, number, number];

function times(m: Matrix, a: number, b: number, c: number, d: number): Matrix {
  return [m[0] * a + m[2] * b, m[1] * a + m[3] * b, m[0] * c + m[2] * d, m[1] * c + m[3] * d];
}

/**
 * The resolution of the largest image drawn on the page when it covers half the page or more
 * (a scanned page is one image), else null (text drawn as text is rendered at the full resolution). Rendering a 200 dpi scan at 300 dpi adds no detail, only 2.25 times the pixels
 * for Tesseract to go through.
 */
async function scanResolution(page: RenderablePage, pageArea: number): Promise<number | null> {
  const { fnArray, argsArray } = await page.getOperatorList();
  let ctm: Matrix = [1, 0, 0, 1];
  const stack: Matrix[] = [];
  let best: { area: number; dpi: number } | null = null;
  fnArray.forEach((fn, i) => {
    const args = (argsArray[i] ?? []) as number[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = times(ctm, args[0] ?? 1, args[1] ?? 0, args[2] ?? 0, args[3] ?? 1);
    else if (fn === OPS.paintImageXObject) {
      // The image fills the unit square, which the current matrix maps onto the page (in points).
      const widthPt = Math.hypot(ctm[0], ctm[1]);
      const heightPt = Math.hypot(ctm[2], ctm[3]);
      const pixels = Number(args[1]);
      if (widthPt > 0 && pixels > 0 && (!best || widthPt * heightPt > best.area))
        best = { area: widthPt * heightPt, dpi: (pixels * 72) / widthPt };
    }
  });
  const found = best as { area: number; dpi: number } | null;
  return found !== null && found.area >= pageArea / 2 ? found.dpi : null;
}

async function renderPage(doc: RenderableDocument, factory: CanvasFactory, pageNumber: number, dpi: number): Promise<PageImage> {
  const page = (await doc.getPage(pageNumber)) as RenderablePage;
  const base = page.getViewport({ scale: 1 });
  const source = await scanResolution(page, base.width * base.height);
  // Oversized pages (posters, mis-set media boxes) are rendered smaller rather than refused.
  let scale = (source === null ? dpi : Math.min(dpi, Math.max(MIN_SCAN_DPI, source))) / 72;
  const pixelsAtScale = base.width * base.height * scale * scale;
  if (pixelsAtScale > MAX_OCR_PAGE_PIXELS) scale *= Math.sqrt(MAX_OCR_PAGE_PIXELS / pixelsAtScale);
  const viewport = page.getViewport({ scale });
  const width = Math.max(1, Math.floor(viewport.width));
  const height = Math.max(1, Math.floor(viewport.height));
  const target = factory.create(width, height);
  try {
    target.context.fillStyle = "#ffffff";
    target.context.fillRect(0, 0, width, height);
    await page.render({ canvasContext: target.context, viewport, canvas: target.canvas }).promise;
    const rgba = target.context.getImageData(0, 0, width, height).data;
    return { pixels: toGrey(rgba, width * height), width, height, dpi: scale * 72 };
  } finally {
    factory.destroy(target);
    page.cleanup();
  }
}

/** The pages of a loaded pdf.js document, rendered at `dpi`, as an OCR source. */
export function pdfOcrSource(doc: RenderableDocument, dpi: number): OcrSource {
  const factory = canvasFactoryOf(doc);
  return { pageCount: doc.numPages, render: (pageNumber) => renderPage(doc, factory, pageNumber, dpi) };
}
