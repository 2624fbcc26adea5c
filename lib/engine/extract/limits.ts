// Resource limits for text extraction. Every limit is overridable per call so
// the web app can pass its own MAX_FILE_SIZE and tests can use tiny limits.

export interface ExtractLimits {
  /** Largest accepted input in bytes. */
  maxFileBytes: number;
  /** PDFs with more pages are rejected before any text is read. */
  maxPdfPages: number;
  /** Sum of the uncompressed sizes declared in a DOCX's ZIP directory. */
  maxDocxUncompressedBytes: number;
  /** Number of entries in a DOCX's ZIP directory. */
  maxDocxEntries: number;
  /** Longest accepted extracted text, in UTF-16 code units after normalisation. */
  maxTextChars: number;
  /**
   * Wall-clock budget for one extraction, OCR included. The worker pool
   * terminates the worker at this point; OCR stops itself a little earlier
   * (OCR_TIMEOUT) so a long scan fails with a clear code.
   */
  timeoutMs: number;
  /** Budget for reading a PDF's or DOCX's text layer (capped by timeoutMs). */
  textTimeoutMs: number;
  /** Budget for recognising one page of a scan. */
  ocrPageTimeoutMs: number;
  /** Largest image (width × height) accepted for OCR, checked before the pixels are decoded. */
  maxImagePixels: number;
  /** Resolution PDF pages without a usable text layer are rendered at for OCR. */
  ocrRenderDpi: number;
}

export const DEFAULT_EXTRACT_LIMITS: Readonly<ExtractLimits> = Object.freeze({
  maxFileBytes: 10 * 1024 * 1024,
  maxPdfPages: 20,
  maxDocxUncompressedBytes: 50 * 1024 * 1024,
  maxDocxEntries: 2_000,
  maxTextChars: 200_000,
  // A scanned resume of a few pages takes 2–5 s per page on a busy 2-core machine.
  timeoutMs: 60_000,
  textTimeoutMs: 15_000,
  ocrPageTimeoutMs: 20_000,
  // 80 MP (a 50 MP phone photo passes; an A4 page at 1200 dpi does not) — refused before decoding.
  maxImagePixels: 80_000_000,
  // Tesseract reads body text best with capitals 20–40 px tall: 10 pt type at 300 dpi.
  ocrRenderDpi: 300,
});

export function resolveLimits(overrides: Partial<ExtractLimits> = {}): ExtractLimits {
  const limits: ExtractLimits = { ...DEFAULT_EXTRACT_LIMITS };
  for (const key of Object.keys(DEFAULT_EXTRACT_LIMITS) as (keyof ExtractLimits)[]) {
    const value = overrides[key];
    // Ignore undefined/NaN so a caller spreading optional config cannot disable a limit by accident.
    if (typeof value === "number" && Number.isFinite(value) && value > 0) limits[key] = value;
  }
  return limits;
}
