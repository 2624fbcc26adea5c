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
  /** Wall-clock budget for one extraction. */
  timeoutMs: number;
}

export const DEFAULT_EXTRACT_LIMITS: Readonly<ExtractLimits> = Object.freeze({
  maxFileBytes: 10 * 1024 * 1024,
  maxPdfPages: 20,
  maxDocxUncompressedBytes: 50 * 1024 * 1024,
  maxDocxEntries: 2_000,
  maxTextChars: 200_000,
  timeoutMs: 15_000,
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
