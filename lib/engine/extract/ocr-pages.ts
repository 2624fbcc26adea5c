// Reads the pages of a scan (PDF pages rendered to images, or the frames of an
// image file) with OCR, within a time budget per page and for the document.
import { EngineError } from "../errors";
import type { ExtractLimits } from "./limits";
import { acquireOcrSession, type PageImage, releaseOcrSession } from "./ocr-engine";
import type { OcrReport } from "./types";

/** Pages are scaled down to at most this many pixels (an A4 page at 300 dpi is 8.7 MP): bounds memory and time. */
export const MAX_OCR_PAGE_PIXELS = 16_000_000;

/**
 * The moment OCR must have finished: a little before the extraction's own
 * budget, so a long scan ends with OCR_TIMEOUT rather than having its worker
 * killed by the pool.
 */
export function ocrDeadline(startedAt: number, limits: ExtractLimits): number {
  const margin = Math.min(2_000, limits.timeoutMs * 0.1);
  return startedAt + limits.timeoutMs - margin;
}

export interface OcrText extends OcrReport {
  text: string;
  /** Pages that could not be rendered and were left out. */
  skippedPages: number[];
}

export interface OcrSource {
  pageCount: number;
  /** Produces the image of page `pageNumber` (1-based). */
  render(pageNumber: number): Promise<PageImage>;
}

/**
 * Tesseract reads the small separators between contact details ("Austin, TX · 512-555-0156 · …")
 * as a free-standing "+", "«", "»" or "*"; a "+" before a phone number then reads as an
 * international prefix. Such a lone symbol between two words becomes the separator again.
 */
export function restoreSeparators(text: string): string {
  return text.replace(/(?<=\S)[ \t]+[+«»*][ \t]+(?=\S)/g, " · ").replace(MISREAD_DASH, " — ");
}

/**
 * A long dash between words read as a dash and a hyphen ("Jun 2019 —- Jul 2021"): the dates
 * of that role are then no range. Runs of hyphens alone ("---- Summary ----") are left as printed.
 */
const MISREAD_DASH = /(?<=\S)[ \t]+(?:[—–][-—–]|-[—–])[ \t]+(?=\S)/g;

function visibleLength(text: string): number {
  return text.replace(/\s+/g, "").length;
}

/** Recognises every page of `source` in order; throws OCR_TIMEOUT when a page or the whole document runs past its budget. */
export async function recognizePages(source: OcrSource, limits: ExtractLimits, deadline: number): Promise<OcrText> {
  const session = await acquireOcrSession(deadline);
  let healthy = false;
  try {
    const pages: string[] = [];
    const skipped: number[] = [];
    let lastError: unknown;
    let weighted = 0;
    let chars = 0;
    for (let pageNumber = 1; pageNumber <= source.pageCount; pageNumber++) {
      if (Date.now() >= deadline) {
        throw new EngineError(
          "OCR_TIMEOUT",
          `OCR ran out of its ${limits.timeoutMs} ms budget before page ${pageNumber} of ${source.pageCount}`,
        );
      }
      let image: PageImage;
      try {
        image = await source.render(pageNumber);
      } catch (error) {
        if (error instanceof EngineError) throw error;
        // As with text: a page that cannot be drawn is skipped, unless no page can be.
        skipped.push(pageNumber);
        lastError = error;
        continue;
      }
      const pageDeadline = Math.min(deadline, Date.now() + limits.ocrPageTimeoutMs);
      const page = await session.recognize(image, pageDeadline, pageNumber, pageNumber === 1);
      pages.push(restoreSeparators(page.text.trim()));
      // Pages weigh by how much text they hold: a blank back page says nothing about the rest.
      const length = visibleLength(page.text);
      weighted += page.confidence * length;
      chars += length;
    }
    if (skipped.length === source.pageCount) throw lastError;
    healthy = true;
    const confidence = chars > 0 ? Math.round(weighted / chars) / 100 : 0;
    return { text: pages.filter((p) => p !== "").join("\n\n"), confidence, pages: pages.length, skippedPages: skipped };
  } finally {
    releaseOcrSession(session, healthy);
  }
}
