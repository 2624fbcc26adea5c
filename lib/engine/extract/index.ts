// Public API of the text-extraction layer.
//
// extractText          — in the calling thread (CLI, benchmarks, tests).
// extractTextIsolated  — in a pooled worker thread with a heap cap and a hard
//                        timeout; use it for untrusted uploads in the web app.
// Both return ExtractedDocument or throw EngineError (lib/engine/errors.ts).
//
// The workers run compiled JavaScript: lib/engine/extract/extract.worker.ts,
// bundled by esbuild into dist/workers/extract.worker.mjs by `npm run build` /
// `npm start`, or on first use when missing or stale (tests, scripts); see
// lib/engine/workers/worker-entry.ts. Packages (pdf-parse, mammoth, OCR) stay
// external and load from node_modules. Call warmExtractPool() at server start to
// pay the ~1 s worker start-up early.
import { ExtractWorkerPool, type ExtractPoolOptions } from "./worker-pool";
import type { ExtractLimits } from "./limits";
import type { ExtractedDocument } from "./types";

export { extractText } from "./extract-core";
export { detectFileType, type FileTypeDetection, type DetectedFormat, type ImageFormat } from "./detect-type";
export { DEFAULT_EXTRACT_LIMITS, type ExtractLimits, resolveLimits } from "./limits";
export { normalizeExtractedText } from "./normalize-text";
export { evidenceWeightForText, FULL_TRUST_OCR_CONFIDENCE, withOcrReport } from "./text-confidence";
export type { ExtractedDocument, ExtractedFormat, HiddenReason, HiddenTextReport, OcrReport } from "./types";
export { ExtractWorkerPool, type ExtractPoolOptions } from "./worker-pool";

let sharedPool: ExtractWorkerPool | undefined;
let sharedPoolOptions: ExtractPoolOptions = {};

/** Sets options for the shared pool; takes effect for the next pool created (call before first use, or after shutdown). */
export function configureExtractPool(options: ExtractPoolOptions): void {
  sharedPoolOptions = { ...options };
}

/** Same result and errors as extractText, computed in an isolated worker; throws PARSE_TIMEOUT / PARSE_CRASHED when the worker must be killed. */
export function extractTextIsolated(bytes: Uint8Array, options: Partial<ExtractLimits> = {}): Promise<ExtractedDocument> {
  sharedPool ??= new ExtractWorkerPool(sharedPoolOptions);
  return sharedPool.run(bytes, options);
}

/** Starts the shared pool's workers ahead of the first upload (call at server start). */
export function warmExtractPool(): Promise<void> {
  sharedPool ??= new ExtractWorkerPool(sharedPoolOptions);
  return sharedPool.warm();
}

/** Terminates the shared pool's workers (graceful shutdown, tests). */
export async function shutdownExtractPool(): Promise<void> {
  const pool = sharedPool;
  sharedPool = undefined;
  await pool?.destroy();
}
