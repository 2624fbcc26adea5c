// Decodes PNG, JPEG and TIFF scans and photos (TIFF with several pages too)
// to greyscale page images for OCR, with sharp (libvips, prebuilt). The size
// is checked from the header before any pixel is decoded.
import { EngineError } from "../errors";
import type { ExtractLimits } from "./limits";
import type { PageImage } from "./ocr-engine";
import { MAX_OCR_PAGE_PIXELS, type OcrSource } from "./ocr-pages";

type Sharp = typeof import("sharp").default;

/** Images narrower than this are enlarged: text in a small photo is too small for Tesseract. */
const MIN_OCR_WIDTH = 1_700;
const MAX_UPSCALE = 2.5;
/** Width of a US Letter / A4 page in inches, to guess the resolution of an image that does not state it. */
const PAGE_WIDTH_INCHES = 8.3;

let loaded: Sharp | undefined;

async function loadSharp(): Promise<Sharp> {
  if (!loaded) {
    const sharp = (await import("sharp")).default;
    // No cache of decoded images between calls: every document is read once.
    sharp.cache(false);
    loaded = sharp;
  }
  return loaded;
}

function decodeError(error: unknown): EngineError {
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) return new EngineError("IMAGE_TOO_LARGE", `image exceeds the pixel limit: ${message}`);
  return new EngineError("CORRUPT_FILE", `image could not be decoded: ${message}`, { cause: error });
}

/** Scale that brings a page to a size Tesseract reads well, within MAX_OCR_PAGE_PIXELS. */
function ocrScale(width: number, height: number): number {
  let scale = width < MIN_OCR_WIDTH ? Math.min(MAX_UPSCALE, MIN_OCR_WIDTH / width) : 1;
  if (width * height * scale * scale > MAX_OCR_PAGE_PIXELS) scale = Math.sqrt(MAX_OCR_PAGE_PIXELS / (width * height));
  return scale;
}

async function renderFrame(sharp: Sharp, bytes: Uint8Array, page: number, limits: ExtractLimits): Promise<PageImage> {
  try {
    const frame = sharp(bytes, { page, limitInputPixels: limits.maxImagePixels });
    const meta = await frame.metadata();
    const width = meta.autoOrient?.width ?? meta.width;
    const height = meta.autoOrient?.height ?? meta.height;
    if (!width || !height) throw new EngineError("CORRUPT_FILE", `image page ${page + 1} has no size`);
    const scale = ocrScale(width, height);
    const { data, info } = await frame
      .rotate() // upright by its EXIF orientation (phone photos)
      .resize(Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)), { fit: "fill" })
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const statedDpi = meta.density && meta.density >= 50 && meta.density <= 2400 ? meta.density : null;
    const dpi = (statedDpi ?? info.width / scale / PAGE_WIDTH_INCHES) * scale;
    return { pixels: new Uint8Array(data.buffer, data.byteOffset, info.width * info.height), width: info.width, height: info.height, dpi };
  } catch (error) {
    throw error instanceof EngineError ? error : decodeError(error);
  }
}

/** Reads the image's header (size, frame count) and returns its frames as an OCR source. */
export async function imageOcrSource(bytes: Uint8Array, limits: ExtractLimits): Promise<OcrSource> {
  const sharp = await loadSharp();
  let meta: Awaited<ReturnType<ReturnType<Sharp>["metadata"]>>;
  try {
    // The header only: the pixel limit is applied when a frame is decoded.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw decodeError(error);
  }
  const { width, height } = meta;
  if (!width || !height) throw new EngineError("CORRUPT_FILE", "image has no size");
  if (width * height > limits.maxImagePixels) {
    throw new EngineError("IMAGE_TOO_LARGE", `image is ${width}×${height} pixels (limit ${limits.maxImagePixels} pixels)`);
  }
  const pageCount = meta.pages ?? 1;
  if (pageCount > limits.maxPdfPages) {
    throw new EngineError("TOO_MANY_PAGES", `image has ${pageCount} pages (limit ${limits.maxPdfPages})`, {
      userMessage: "This scan has too many pages. Upload a shorter document (a resume of a few pages).",
    });
  }
  return { pageCount, render: (pageNumber) => renderFrame(sharp, bytes, pageNumber - 1, limits) };
}
