// Turns documents into what a scanner or a phone produces: page images at a
// given resolution, slightly skewed and JPEG-compressed, as image files or as
// a PDF of page images without any text layer. Used by `npm run bench:ocr`
// and by scripts/make-ocr-fixture.ts.
import { existsSync } from "node:fs";
import PDFDocument from "pdfkit";
import { PDFParse } from "pdf-parse";
import sharp from "sharp";
import type { PageImage } from "../../lib/engine/extract/ocr-engine";
import { pdfOcrSource, type RenderableDocument } from "../../lib/engine/extract/ocr-pdf";

// A Unicode font (Ł, ś, é…) when the system has one; pdfkit's built-in Helvetica covers Latin-1 only.
const UNICODE_FONTS = [
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
];

function collectPdf(draw: (doc: InstanceType<typeof PDFDocument>) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "LETTER", margin: 54, autoFirstPage: true, info: { CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    draw(doc);
    doc.end();
  });
}

/** Typesets plain text on Letter pages, 10.5 pt, the way a word processor would print it. */
export function textToPdf(text: string): Promise<Uint8Array> {
  const font = UNICODE_FONTS.find((f) => existsSync(f));
  return collectPdf((doc) => {
    if (font) doc.font(font);
    doc.fontSize(10.5).text(text, { lineGap: 2 });
  });
}

/** Renders every page of a PDF to a greyscale image at `dpi`. */
export async function renderPdfPages(pdf: Uint8Array, dpi: number): Promise<PageImage[]> {
  const parser = new PDFParse({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
  try {
    const doc = (await (parser as unknown as { load(): Promise<RenderableDocument> }).load()) as RenderableDocument;
    const source = pdfOcrSource(doc, dpi);
    const pages: PageImage[] = [];
    for (let n = 1; n <= source.pageCount; n++) pages.push(await source.render(n));
    return pages;
  } finally {
    await parser.destroy();
  }
}

export interface ScanOptions {
  /** Degrees of skew, as a sheet fed slightly crooked. */
  skew?: number;
  /** JPEG quality (scanners and phones save JPEG); omit for a lossless bilevel PNG. */
  jpegQuality?: number;
}

/** A page image as a scanner would save it. */
export async function scanImage(page: PageImage, options: ScanOptions = {}): Promise<Buffer> {
  let image = sharp(Buffer.from(page.pixels), { raw: { width: page.width, height: page.height, channels: 1 } });
  if (options.skew) image = image.rotate(options.skew, { background: "#ffffff" });
  image = image.withMetadata({ density: page.dpi });
  if (options.jpegQuality) return image.greyscale().jpeg({ quality: options.jpegQuality }).toBuffer();
  return image.greyscale().threshold(160).png({ palette: true, colours: 2, compressionLevel: 9 }).toBuffer();
}

/** A PDF holding only page images (no text layer), each page sized to its image at `dpi`. */
export async function imagesToPdf(images: Buffer[], dpi: number): Promise<Uint8Array> {
  const sizes = await Promise.all(images.map((img) => sharp(img).metadata()));
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ autoFirstPage: false, info: { CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    images.forEach((img, i) => {
      const width = ((sizes[i]?.width ?? 1700) * 72) / dpi;
      const height = ((sizes[i]?.height ?? 2200) * 72) / dpi;
      doc.addPage({ size: [width, height], margin: 0 });
      doc.image(img, 0, 0, { width, height });
    });
    doc.end();
  });
}
