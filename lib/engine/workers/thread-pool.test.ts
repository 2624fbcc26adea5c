import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ThreadPool, ThreadPoolError, type ThreadPoolFailure, WorkerTaskError } from "./thread-pool";

// Stand-in worker entries in the pool's reply protocol (worker-task.ts).
const dir = mkdtempSync(path.join(tmpdir(), "thread-pool-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function entry(name: string, source: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, source);
  return file;
}

const behaviours = entry(
  "behaviours.mjs",
  `export default async function (task) {
  if (task.op === "sleep") { await new Promise((resolve) => setTimeout(resolve, task.ms)); return { ok: true, value: task.ms }; }
  if (task.op === "spin") for (;;) {}
  if (task.op === "fail") return { ok: false, error: { name: "EngineError", message: "bad file", code: "CORRUPT_FILE", userMessage: "The file is damaged", retriable: false } };
  if (task.op === "throw") throw new Error("unexpected");
  return { ok: true, value: task.op };
}
`,
);
const brokenAtStart = entry("broken.mjs", `throw new Error("cannot load the parsers");\nexport default () => ({ ok: true, value: 1 });\n`);

type Task = { op: string; ms?: number };

function pool(workerPath = behaviours, size = 1): ThreadPool<Task, unknown> {
  return new ThreadPool({
    label: "test worker",
    entry: "unused.worker.ts",
    workerPath,
    size,
    resourceLimits: { maxOldGenerationSizeMb: 64 },
  });
}

async function failureOf(promise: Promise<unknown>): Promise<ThreadPoolFailure | "task-error" | "resolved"> {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    if (error instanceof WorkerTaskError) return "task-error";
    if (error instanceof ThreadPoolError) return error.failure;
    throw error;
  }
}

describe("[workers]: thread pool", { timeout: 60_000 }, () => {
  it("returns results and rebuilds a task's error with its name, code and user message", async () => {
    const threads = pool();
    try {
      expect(await threads.run({ op: "echo" })).toBe("echo");
      const error = await threads.run({ op: "fail" }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(WorkerTaskError);
      expect((error as WorkerTaskError).remote).toEqual({
        name: "EngineError",
        message: "bad file",
        code: "CORRUPT_FILE",
        userMessage: "The file is damaged",
        retriable: false,
      });
    } finally {
      await threads.destroy();
    }
  });

  it("counts the time limit from when a worker takes the task, not from queueing", async () => {
    const threads = pool();
    try {
      // One worker: the second task waits ~400 ms for the first, longer than its own 300 ms budget.
      const [first, second] = await Promise.all([
        threads.run({ op: "sleep", ms: 400 }, { timeoutMs: 5_000 }),
        threads.run({ op: "sleep", ms: 10 }, { timeoutMs: 300 }),
      ]);
      expect([first, second]).toEqual([400, 10]);
    } finally {
      await threads.destroy();
    }
  });

  it("terminates a worker that overruns its limit and replaces it", async () => {
    const threads = pool();
    try {
      const error = await threads.run({ op: "spin" }, { timeoutMs: 200 }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ThreadPoolError);
      expect((error as ThreadPoolError).failure).toBe("timeout");
      expect((error as ThreadPoolError).message).toBe("test worker exceeded 200 ms; worker terminated");
      expect(await threads.run({ op: "after" })).toBe("after");
      expect(threads.workerCount).toBe(1);
    } finally {
      await threads.destroy();
    }
  });

  it("aborts a running task through its AbortSignal and keeps serving", async () => {
    const threads = pool();
    try {
      const controller = new AbortController();
      const running = failureOf(threads.run({ op: "spin" }, { signal: controller.signal }));
      setTimeout(() => controller.abort(), 100);
      expect(await running).toBe("aborted");
      expect(await failureOf(threads.run({ op: "x" }, { signal: AbortSignal.abort() }))).toBe("aborted");
      expect(await threads.run({ op: "still-here" })).toBe("still-here");
    } finally {
      await threads.destroy();
    }
  });

  it("reports a crash in the task's code as a crashed worker", async () => {
    const threads = pool();
    try {
      expect(await failureOf(threads.run({ op: "throw" }))).toBe("crashed");
      expect(await threads.run({ op: "again" })).toBe("again");
    } finally {
      await threads.destroy();
    }
  });

  it("fails tasks with the start-up error when the worker cannot load its code, instead of leaving them waiting", async () => {
    const threads = pool(brokenAtStart);
    try {
      const error = await threads.warm().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ThreadPoolError);
      expect((error as ThreadPoolError).message).toMatch(/cannot load the parsers/);
      expect(await failureOf(threads.run({ op: "queued" }))).toBe("crashed");
    } finally {
      await threads.destroy();
    }
  });

  it("warms every worker, and fails tasks with 'closed' once destroyed", async () => {
    const threads = pool(behaviours, 2);
    await threads.warm();
    expect(threads.workerCount).toBe(2);
    const running = failureOf(threads.run({ op: "sleep", ms: 5_000 }));
    await threads.destroy();
    expect(await running).toBe("closed");
    expect(await failureOf(threads.run({ op: "late" }))).toBe("closed");
  });
});
