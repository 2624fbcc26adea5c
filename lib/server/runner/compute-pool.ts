import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { EvaluationResult } from "@/lib/engine/score";
import type { ResumeProfile } from "@/lib/engine/types";
import type { ScoreInput } from "./compute-core";

/** Where the CPU-heavy steps run: in-thread (tests, scripts) or in a worker thread (the server). */
export type EvaluationCompute = {
  /** `hiddenText`: the extraction's report of text a reader cannot see (stored JSON), carried onto the profile. */
  parse(text: string, now: Date, hiddenText?: unknown): Promise<ResumeProfile>;
  score(input: ScoreInput): Promise<EvaluationResult>;
};

export async function inThreadCompute(): Promise<EvaluationCompute> {
  const core = await import("./compute-core");
  return {
    parse: async (text, now, hiddenText) => core.parseResumeText(text, now.toISOString(), hiddenText),
    score: async (input) => core.scoreResumeForJob(input),
  };
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type Reply =
  | { ready: true }
  | { ready: false; error: string }
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: string };

function resolveWorkerPath(): string {
  const candidates: string[] = [];
  if (import.meta.url.startsWith("file:")) candidates.push(path.join(path.dirname(fileURLToPath(import.meta.url)), "compute-worker.mjs"));
  candidates.push(path.join(process.cwd(), "lib", "server", "runner", "compute-worker.mjs"));
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`compute-worker.mjs not found (looked in: ${candidates.join(", ")})`);
  return found;
}

/**
 * One worker thread running parse and score, tasks in order. Parsing and scoring
 * are pure and bounded (the text was limited at extraction), so there is no
 * per-task timeout here; a crashed worker fails its in-flight tasks (the runner
 * retries them) and is replaced on the next task.
 */
export class ComputeWorker implements EvaluationCompute {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  private start(): Promise<void> {
    if (this.ready) return this.ready;
    const worker = new Worker(resolveWorkerPath(), { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: 512 } });
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      worker.on("message", (reply: Reply) => {
        if ("ready" in reply) {
          if (reply.ready) resolve();
          else reject(new Error(`compute worker failed to start: ${reply.error}`));
          return;
        }
        const task = this.pending.get(reply.id);
        if (!task) return;
        this.pending.delete(reply.id);
        if (this.pending.size === 0) worker.unref();
        if (reply.ok) task.resolve(reply.result);
        else task.reject(new Error(reply.error));
      });
      const fail = (error: Error) => {
        reject(error);
        for (const task of this.pending.values()) task.reject(error);
        this.pending.clear();
        if (this.worker === worker) {
          this.worker = null;
          this.ready = null;
        }
      };
      worker.on("error", fail);
      worker.on("exit", (code) => fail(new Error(`compute worker exited with code ${code}`)));
    });
    this.ready.catch(() => undefined);
    worker.unref();
    return this.ready;
  }

  private async call<T>(message: Record<string, unknown>): Promise<T> {
    await this.start();
    const worker = this.worker;
    if (!worker) throw new Error("compute worker is not running");
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.ref();
      worker.postMessage({ id, ...message });
    });
  }

  warm(): Promise<void> {
    return this.start();
  }

  parse(text: string, now: Date, hiddenText?: unknown): Promise<ResumeProfile> {
    return this.call({ kind: "parse", text, now: now.toISOString(), hiddenText: hiddenText ?? null });
  }

  score(input: ScoreInput): Promise<EvaluationResult> {
    return this.call({ kind: "score", input });
  }

  async destroy(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    await worker?.terminate();
  }
}
