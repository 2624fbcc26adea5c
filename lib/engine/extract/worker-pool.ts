// A small pool of worker threads running extractText with memory limits and a
// hard wall-clock timeout. A hostile file can only wedge or exhaust its worker,
// which is terminated and replaced; the calling process stays healthy.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { EngineError, isEngineErrorCode } from "../errors";
import { type ExtractLimits, resolveLimits } from "./limits";
import type { ExtractedDocument } from "./types";

export interface ExtractPoolOptions {
  /** Worker threads kept alive for reuse. Default: 1 on a 1–2 core machine, else 2. */
  size?: number;
  /** V8 old-generation heap cap per worker, MB. */
  maxOldGenerationSizeMb?: number;
  /** V8 young-generation heap cap per worker, MB. */
  maxYoungGenerationSizeMb?: number;
  /** Budget for a fresh worker to load the parsers. */
  startupTimeoutMs?: number;
  /** Override the worker entry (absolute path or file URL). */
  workerPath?: string | URL;
  /** Override the implementation the worker loads (absolute path to extract-core.ts). */
  corePath?: string;
}

const WORKER_FILE = "extract-worker.mjs";

/**
 * Finds the worker entry. Under vitest/tsx import.meta.url is this source
 * file; inside a Next.js server bundle it is not, and the app runs from the
 * repository root, so <cwd>/lib/engine/extract is the fallback.
 */
export function resolveWorkerPath(explicit?: string | URL): string {
  if (explicit !== undefined) return explicit instanceof URL ? fileURLToPath(explicit) : explicit;
  const candidates: string[] = [];
  if (import.meta.url.startsWith("file:")) {
    candidates.push(path.join(path.dirname(fileURLToPath(import.meta.url)), WORKER_FILE));
  }
  candidates.push(path.join(process.cwd(), "lib", "engine", "extract", WORKER_FILE));
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`${WORKER_FILE} not found (looked in: ${candidates.join(", ")})`);
  return found;
}

interface SerializedWorkerError {
  engine: boolean;
  code?: unknown;
  message: string;
  userMessage?: string;
  retriable?: boolean;
}

type WorkerReply =
  | { ready: true }
  | { ready: false; error: SerializedWorkerError }
  | { id: number; ok: true; result: ExtractedDocument }
  | { id: number; ok: false; error: SerializedWorkerError };

interface Task {
  id: number;
  bytes: Uint8Array;
  limits: ExtractLimits;
  resolve: (doc: ExtractedDocument) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task?: Task;
  timer?: ReturnType<typeof setTimeout>;
  /** Set once the slot is dead, so late events from its worker are ignored. */
  retired: boolean;
  /** Settles when the worker has loaded the parsers (or failed to). */
  started: Promise<void>;
  markStarted: (error?: EngineError) => void;
}

function toEngineError(error: SerializedWorkerError): EngineError {
  if (error.engine && isEngineErrorCode(error.code)) {
    return new EngineError(error.code, error.message, { userMessage: error.userMessage, retriable: error.retriable });
  }
  return new EngineError("PARSE_CRASHED", `extraction worker failed: ${error.message}`);
}

export class ExtractWorkerPool {
  private readonly size: number;
  private readonly options: ExtractPoolOptions;
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: ExtractPoolOptions = {}) {
    this.options = options;
    const cores = availableParallelism();
    this.size = Math.max(1, Math.floor(options.size ?? (cores <= 2 ? 1 : 2)));
  }

  /** Number of live worker threads (for tests and metrics). */
  get workerCount(): number {
    return this.slots.length;
  }

  run(bytes: Uint8Array, overrides: Partial<ExtractLimits> = {}): Promise<ExtractedDocument> {
    if (this.closed) return Promise.reject(new Error("extraction pool is shut down"));
    const limits = resolveLimits(overrides);
    // Cheap refusals happen here, before copying the bytes to a worker.
    if (bytes.length === 0) return Promise.reject(new EngineError("EMPTY_FILE", "file has 0 bytes"));
    if (bytes.length > limits.maxFileBytes) {
      return Promise.reject(new EngineError("FILE_TOO_LARGE", `file has ${bytes.length} bytes (limit ${limits.maxFileBytes})`));
    }
    return new Promise<ExtractedDocument>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, bytes, limits, resolve, reject });
      this.pump();
    });
  }

  /** Starts all workers now so the first request does not pay the ~1 s parser load. Rejects if a worker cannot start. */
  async warm(): Promise<void> {
    if (this.closed) throw new Error("extraction pool is shut down");
    while (this.slots.length < this.size) this.spawn();
    await Promise.all(this.slots.map((slot) => slot.started));
  }

  async destroy(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error("extraction pool is shut down"));
    await Promise.all(this.slots.splice(0).map((slot) => this.retire(slot)));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => s.ready && !s.task);
      if (!slot) {
        // Start another worker only if the ones already starting cannot absorb the queue.
        const starting = this.slots.filter((s) => !s.ready).length;
        if (this.slots.length < this.size && starting < this.queue.length) this.spawn();
        return; // a worker becoming ready or free calls pump again
      }
      const task = this.queue.shift();
      if (!task) return;
      this.dispatch(slot, task);
    }
  }

  private spawn(): void {
    const worker = new Worker(resolveWorkerPath(this.options.workerPath), {
      workerData: { corePath: this.options.corePath },
      resourceLimits: {
        maxOldGenerationSizeMb: this.options.maxOldGenerationSizeMb ?? 256,
        ...(this.options.maxYoungGenerationSizeMb ? { maxYoungGenerationSizeMb: this.options.maxYoungGenerationSizeMb } : {}),
        stackSizeMb: 4,
      },
      // Workers inherit the parent's loader flags by default; the worker sets up its own.
      execArgv: [],
      stdout: false,
      stderr: false,
    });
    let markStarted: (error?: EngineError) => void = () => undefined;
    const started = new Promise<void>((resolve, reject) => {
      markStarted = (error) => (error ? reject(error) : resolve());
    });
    // warm() is optional; an unobserved startup failure is reported through the tasks instead.
    started.catch(() => undefined);
    const slot: Slot = { worker, ready: false, retired: false, started, markStarted };
    this.slots.push(slot);

    const startupTimer = setTimeout(() => {
      this.fail(slot, new EngineError("PARSE_CRASHED", "extraction worker did not start in time"));
    }, this.options.startupTimeoutMs ?? 30_000);
    startupTimer.unref();

    worker.on("message", (reply: WorkerReply) => {
      if (slot.retired) return;
      if ("ready" in reply) {
        clearTimeout(startupTimer);
        if (!reply.ready) {
          this.fail(slot, toEngineError(reply.error));
          return;
        }
        slot.ready = true;
        slot.markStarted();
        worker.unref();
        this.pump();
        return;
      }
      const task = slot.task;
      if (!task || task.id !== reply.id) return;
      clearTimeout(slot.timer);
      slot.task = undefined;
      slot.timer = undefined;
      worker.unref();
      if (reply.ok) task.resolve(reply.result);
      else task.reject(toEngineError(reply.error));
      this.pump();
    });
    worker.on("error", (error: Error & { code?: string }) => {
      clearTimeout(startupTimer);
      const detail = error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "ran out of memory" : `crashed: ${error.message}`;
      this.fail(slot, new EngineError("PARSE_CRASHED", `extraction worker ${detail}`, { cause: error }));
    });
    worker.on("exit", (code) => {
      clearTimeout(startupTimer);
      this.fail(slot, new EngineError("PARSE_CRASHED", `extraction worker exited with code ${code}`));
    });
  }

  private dispatch(slot: Slot, task: Task): void {
    slot.task = task;
    // Keep the process alive while work is in flight; idle workers must not.
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      this.fail(slot, new EngineError("PARSE_TIMEOUT", `extraction exceeded ${task.limits.timeoutMs} ms; worker terminated`));
    }, task.limits.timeoutMs);
    // A fresh copy we can transfer: the caller keeps its bytes, and a Node Buffer
    // (whose slice() is a view into a shared pool) is never detached.
    const copy = new Uint8Array(task.bytes);
    slot.worker.postMessage({ id: task.id, bytes: copy.buffer, options: task.limits }, [copy.buffer]);
  }

  /** Kills a slot: rejects its task (or, during startup, the queue's head) and lets pump spawn a replacement. */
  private fail(slot: Slot, error: EngineError): void {
    if (slot.retired) return;
    slot.markStarted(error);
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    const task = slot.task;
    slot.task = undefined;
    void this.retire(slot);
    if (task) {
      task.reject(error);
    } else if (!slot.ready && this.queue.length > 0 && this.slots.length === 0) {
      // A worker that cannot even start would fail every task: report instead of respawning forever.
      for (const queued of this.queue.splice(0)) queued.reject(error);
    }
    if (!this.closed) this.pump();
  }

  private async retire(slot: Slot): Promise<void> {
    slot.retired = true;
    clearTimeout(slot.timer);
    slot.task?.reject(new Error("extraction pool is shut down"));
    slot.task = undefined;
    await slot.worker.terminate().catch(() => undefined);
  }
}
