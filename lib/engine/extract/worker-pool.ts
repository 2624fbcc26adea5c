// Extraction in a pool of worker threads (lib/engine/workers/thread-pool.ts)
// with a heap cap and a hard wall-clock limit per file. A hostile file can only
// wedge or exhaust its worker, which is terminated and replaced; the calling
// process stays healthy and the caller gets PARSE_TIMEOUT or PARSE_CRASHED.
import { fileURLToPath } from "node:url";
import { EngineError, isEngineErrorCode } from "../errors";
import { defaultPoolSize, ThreadPool, ThreadPoolError, WorkerTaskError } from "../workers/thread-pool";
import type { ExtractTask } from "./extract.worker";
import { type ExtractLimits, resolveLimits } from "./limits";
import type { ExtractedDocument } from "./types";

/** The worker entry, relative to the project root (compiled by lib/engine/workers/worker-entry.ts). */
export const EXTRACT_WORKER_ENTRY = "lib/engine/extract/extract.worker.ts";

export interface ExtractPoolOptions {
  /** Worker threads kept alive for reuse. Default: 1 on a 1–2 core machine, else 2. */
  size?: number;
  /** V8 old-generation heap cap per worker, MB. Default 512: OCR of a scanned page needs 150–300 MB. */
  maxOldGenerationSizeMb?: number;
  /** V8 young-generation heap cap per worker, MB. */
  maxYoungGenerationSizeMb?: number;
  /** Run this compiled worker file instead of the project's entry (absolute path or file URL). */
  workerPath?: string | URL;
}

export const DEFAULT_EXTRACT_HEAP_MB = 512;

function toEngineError(error: unknown): unknown {
  if (error instanceof WorkerTaskError) {
    const { code, message, userMessage, retriable } = error.remote;
    if (error.remote.name === "EngineError" && isEngineErrorCode(code)) return new EngineError(code, message, { userMessage, retriable });
    return new EngineError("PARSE_CRASHED", `extraction worker failed: ${error.message}`, { cause: error });
  }
  if (error instanceof ThreadPoolError) {
    if (error.failure === "timeout") return new EngineError("PARSE_TIMEOUT", error.message, { cause: error });
    if (error.failure === "closed") return new Error("extraction pool is shut down", { cause: error });
    if (error.failure === "aborted") return error;
    return new EngineError("PARSE_CRASHED", error.message, { cause: error });
  }
  return error;
}

export class ExtractWorkerPool {
  private readonly pool: ThreadPool<ExtractTask, ExtractedDocument>;

  constructor(options: ExtractPoolOptions = {}) {
    const { workerPath } = options;
    this.pool = new ThreadPool({
      label: "extraction worker",
      entry: EXTRACT_WORKER_ENTRY,
      workerPath: workerPath instanceof URL ? fileURLToPath(workerPath) : workerPath,
      size: options.size ?? defaultPoolSize(),
      resourceLimits: {
        maxOldGenerationSizeMb: options.maxOldGenerationSizeMb ?? DEFAULT_EXTRACT_HEAP_MB,
        ...(options.maxYoungGenerationSizeMb ? { maxYoungGenerationSizeMb: options.maxYoungGenerationSizeMb } : {}),
        stackSizeMb: 4,
      },
    });
  }

  /** Number of live worker threads (for tests and metrics). */
  get workerCount(): number {
    return this.pool.workerCount;
  }

  /** `signal` aborts the extraction (a running worker is terminated and replaced); the promise rejects with the pool's "aborted" error. */
  async run(bytes: Uint8Array, overrides: Partial<ExtractLimits> = {}, options: { signal?: AbortSignal } = {}): Promise<ExtractedDocument> {
    const limits = resolveLimits(overrides);
    // Cheap refusals happen here, before copying the bytes to a worker.
    if (bytes.length === 0) throw new EngineError("EMPTY_FILE", "file has 0 bytes");
    if (bytes.length > limits.maxFileBytes) {
      throw new EngineError("FILE_TOO_LARGE", `file has ${bytes.length} bytes (limit ${limits.maxFileBytes})`);
    }
    // A fresh copy we can transfer: the caller keeps its bytes, and a Node Buffer
    // (whose slice() is a view into a shared pool) is never detached.
    const copy = new Uint8Array(bytes);
    try {
      return await this.pool.run(
        { bytes: copy.buffer, limits },
        { timeoutMs: limits.timeoutMs, signal: options.signal, transferList: [copy.buffer] },
      );
    } catch (error) {
      throw toEngineError(error);
    }
  }

  /** Starts all workers now so the first request does not pay the ~1 s parser load. Rejects if a worker cannot start. */
  warm(): Promise<void> {
    return this.pool.warm().catch((error: unknown) => {
      throw toEngineError(error);
    });
  }

  async destroy(): Promise<void> {
    await this.pool.destroy();
  }
}
