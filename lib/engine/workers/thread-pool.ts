// A fixed-size pool of worker threads (piscina) running one compiled worker
// entry (worker-entry.ts), with a heap cap per worker, a per-task time limit
// counted from the moment a worker takes the task (not from queueing), and
// abort. A worker that overruns, runs out of memory or exits is terminated and
// replaced; its task fails with a ThreadPoolError saying which, and queued tasks
// go on to the replacement. The process never waits on an idle worker.
import { availableParallelism } from "node:os";
import type { ResourceLimits, Transferable } from "node:worker_threads";
import { Piscina } from "piscina";
import { resolveWorkerEntry } from "./worker-entry";
import { type SerializedTaskError, type TaskReply, WARM_UP_TASK } from "./worker-task";

export type ThreadPoolFailure = "timeout" | "aborted" | "out-of-memory" | "crashed" | "closed";

/** The pool could not complete a task: it ran too long, was aborted, or its worker died. */
export class ThreadPoolError extends Error {
  readonly failure: ThreadPoolFailure;
  constructor(failure: ThreadPoolFailure, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ThreadPoolError";
    this.failure = failure;
  }
}

/** The task's own code threw in the worker; `remote` is what it threw, as data. */
export class WorkerTaskError extends Error {
  readonly remote: SerializedTaskError;
  constructor(remote: SerializedTaskError) {
    super(`${remote.name}: ${remote.message}`);
    this.name = "WorkerTaskError";
    this.remote = remote;
  }
}

/** One worker on a 1–2 core machine (the main thread needs a core), else two. */
export function defaultPoolSize(): number {
  return availableParallelism() <= 2 ? 1 : 2;
}

export interface ThreadPoolOptions {
  /** Names the worker in error messages: "extraction worker". */
  label: string;
  /** The worker entry, relative to the project root: `lib/…/name.worker.ts`. */
  entry: string;
  /** A compiled worker file to run instead of the entry (tests use stand-ins). */
  workerPath?: string;
  size: number;
  resourceLimits: ResourceLimits;
}

export interface TaskOptions {
  /**
   * Wall-clock budget once a worker has taken the task; on expiry the worker is
   * terminated. Piscina hands tasks to the pool's first workers while they still
   * load their code, so a task on a cold pool also spends its budget on the rest
   * of that load: warm() at start-up avoids it.
   */
  timeoutMs?: number;
  signal?: AbortSignal;
  transferList?: Transferable[];
}

type LoadBalancer = NonNullable<NonNullable<ConstructorParameters<typeof Piscina>[0]>["loadBalancer"]>;
type DispatchHook = { onDispatch?: () => void };
type InFlight = { dispatched: boolean; startupError?: unknown; abort: () => void };

/**
 * Hands a task to an idle worker and tells the task it has started: the load
 * balancer is the one place piscina reveals that moment. The hook travels on the
 * task under piscina's queue-options symbol, which is not copied to the worker.
 */
const idleWorkerBalancer: LoadBalancer = (task, workers) => {
  const idle = workers.find((worker) => worker.currentUsage === 0 && !worker.terminating && !worker.destroyed) ?? null;
  if (idle) ((task as unknown as Record<symbol, unknown>)[Piscina.queueOptionsSymbol] as DispatchHook | null)?.onDispatch?.();
  return idle;
};

export class ThreadPool<T extends object, R> {
  private readonly options: ThreadPoolOptions;
  private piscina: Piscina | null = null;
  private starting: Promise<Piscina> | null = null;
  private closed = false;
  private readonly inFlight = new Set<InFlight>();

  constructor(options: ThreadPoolOptions) {
    this.options = { ...options, size: Math.max(1, Math.floor(options.size)) };
  }

  /** Live worker threads (for tests and metrics). */
  get workerCount(): number {
    return this.piscina?.threads.length ?? 0;
  }

  run(task: T, options: TaskOptions = {}): Promise<R> {
    return this.runReply<R>(task, options);
  }

  /** Starts every worker and waits until each has loaded its code; rejects if one cannot. */
  async warm(): Promise<void> {
    await Promise.all(Array.from({ length: this.options.size }, () => this.runReply<null>(WARM_UP_TASK, {})));
  }

  /** Terminates the workers; running and queued tasks fail with a "closed" ThreadPoolError. */
  async destroy(): Promise<void> {
    this.closed = true;
    const pool = await this.starting?.catch(() => null);
    await pool?.destroy();
  }

  private start(): Promise<Piscina> {
    if (this.closed) return Promise.reject(this.closedError());
    if (!this.starting) {
      this.starting = this.createPiscina();
      this.starting.catch(() => {
        this.starting = null;
      });
    }
    return this.starting;
  }

  private async createPiscina(): Promise<Piscina> {
    const filename = this.options.workerPath ?? (await resolveWorkerEntry(this.options.entry));
    if (this.closed) throw this.closedError();
    const pool = new Piscina({
      filename,
      minThreads: this.options.size,
      maxThreads: this.options.size,
      // The task's code may await work of its own between tasks (OCR runs worker threads): no Atomics.wait loop.
      atomics: "disabled",
      // Not the parent's loader flags (tsx, conditions): the entry is plain JavaScript.
      execArgv: [],
      resourceLimits: this.options.resourceLimits,
      loadBalancer: idleWorkerBalancer,
    });
    // Piscina reports a worker that dies with no task on it here; it is replaced
    // already. One that dies before it could load its code leaves the queued
    // tasks without a worker: fail them with its error rather than let them wait.
    pool.on("error", (error: unknown) => {
      for (const task of this.inFlight) {
        if (task.dispatched) continue;
        task.startupError = error;
        task.abort();
      }
    });
    this.piscina = pool;
    return pool;
  }

  private async runReply<V>(task: object, options: TaskOptions): Promise<V> {
    const pool = await this.start();
    const { timeoutMs, signal } = options;
    if (signal?.aborted) throw new ThreadPoolError("aborted", `${this.options.label} task aborted before it started`);
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let timedOut = false;
    const entry: InFlight = { dispatched: false, abort: () => controller.abort() };
    const onDispatch = () => {
      entry.dispatched = true;
      if (timeoutMs === undefined) return;
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
    };
    const forwardAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener("abort", forwardAbort, { once: true });
    this.inFlight.add(entry);
    try {
      const hook: DispatchHook = { onDispatch };
      const reply = (await pool.run(
        { ...task, [Piscina.queueOptionsSymbol]: hook },
        { signal: controller.signal, transferList: options.transferList },
      )) as TaskReply<V>;
      if (reply.ok) return reply.value;
      throw new WorkerTaskError(reply.error);
    } catch (error) {
      if (error instanceof WorkerTaskError) throw error;
      throw this.classify(error, { timedOut, timeoutMs, startupError: entry.startupError });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", forwardAbort);
      this.inFlight.delete(entry);
    }
  }

  private classify(error: unknown, context: { timedOut: boolean; timeoutMs?: number; startupError?: unknown }): ThreadPoolError {
    const { label } = this.options;
    const cause = context.startupError ?? error;
    const detail = cause instanceof Error ? cause.message : String(cause);
    if (context.timedOut) return new ThreadPoolError("timeout", `${label} exceeded ${context.timeoutMs} ms; worker terminated`, { cause });
    if (context.startupError !== undefined) return new ThreadPoolError("crashed", `${label} failed to start: ${detail}`, { cause });
    if (this.closed) return this.closedError(cause);
    if ((cause as { code?: unknown }).code === "ERR_WORKER_OUT_OF_MEMORY") {
      return new ThreadPoolError("out-of-memory", `${label} ran out of memory; worker terminated`, { cause });
    }
    if ((cause as { name?: unknown }).name === "AbortError") return new ThreadPoolError("aborted", `${label} task aborted`, { cause });
    return new ThreadPoolError("crashed", `${label} crashed: ${detail}`, { cause });
  }

  private closedError(cause?: unknown): ThreadPoolError {
    return new ThreadPoolError("closed", `${this.options.label} pool is shut down`, { cause });
  }
}
