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

async function renderPage(doc: RenderableDocument, factory: CanvasFactory, pageNumber: number, dpi: number): Promise<PageImage> {
  const page = (await doc.getPage(pageNumber)) as RenderablePage;
  const base = page.getViewport({ scale: 1 });
  // Oversized pages (posters, mis-set media boxes) are rendered smaller rather than refused.
  let scale = dpi / 72;
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
