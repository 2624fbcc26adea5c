// Public API of the text-extraction layer.
//
// extractText          — in the calling thread (CLI, benchmarks, tests).
// extractTextIsolated  — in a pooled worker thread with a heap cap and a hard
//                        timeout; use it for untrusted uploads in the web app.
//
// The worker entry is lib/engine/extract/extract-worker.mjs and it loads the
// TypeScript sources with tsx at run time, so the source tree must be present
// next to the running app: under vitest/tsx it is found from import.meta.url,
// inside a Next.js server bundle from <process.cwd()>/lib/engine/extract
// (`next start` runs from the repository root). Deployments with another
// layout pass `workerPath`/`corePath` to configureExtractPool.
import { ExtractWorkerPool, type ExtractPoolOptions } from "./worker-pool";
import type { ExtractLimits } from "./limits";
import type { ExtractedDocument } from "./types";

export { extractText } from "./extract-core";
export { detectFileType, type FileTypeDetection, type DetectedFormat } from "./detect-type";
export { DEFAULT_EXTRACT_LIMITS, type ExtractLimits, resolveLimits } from "./limits";
export { normalizeExtractedText } from "./normalize-text";
export type { ExtractedDocument, ExtractedFormat } from "./types";
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
