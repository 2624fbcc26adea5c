import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isEngineError } from "../errors";
import { ExtractWorkerPool, extractText, extractTextIsolated, shutdownExtractPool } from "./index";
import { heavyPdf, twoColumnSidebarPdf } from "./test-fixtures";

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    return isEngineError(error) ? error.code : `non-engine error: ${String(error)}`;
  }
}

afterAll(async () => {
  await shutdownExtractPool();
});

// Real workers load pdf.js at start (about a second idle, far more on a
// busy machine), so these tests get a generous budget.
describe("extractTextIsolated (real worker)", { timeout: 90_000 }, () => {
  it("returns the same document as in-thread extraction", async () => {
    const pdf = await twoColumnSidebarPdf();
    const [isolated, local] = await Promise.all([extractTextIsolated(pdf), extractText(pdf)]);
    expect(isolated).toEqual(local);
  });

  it("accepts pooled Node Buffers without detaching the caller's memory", async () => {
    const input = Buffer.from("Renée Côté\nData Engineer");
    const neighbour = Buffer.from("still here");
    const doc = await extractTextIsolated(input);
    expect(doc.text).toBe("Renée Côté\nData Engineer");
    expect(input.toString()).toBe("Renée Côté\nData Engineer");
    expect(neighbour.toString()).toBe("still here");
  });

  it("carries EngineErrors across the thread boundary", async () => {
    expect(await codeOf(extractTextIsolated(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 0])))).toBe("UNSUPPORTED_TYPE");
  });

  it("times out a heavy document with PARSE_TIMEOUT and stays usable", async () => {
    const heavy = await heavyPdf(15);
    expect(await codeOf(extractTextIsolated(heavy, { timeoutMs: 5 }))).toBe("PARSE_TIMEOUT");
    const doc = await extractTextIsolated(await twoColumnSidebarPdf());
    expect(doc.text).toContain("José Álvarez");
  });

  it("reuses a bounded number of workers for many documents", async () => {
    const pool = new ExtractWorkerPool({ size: 2 });
    try {
      await pool.warm();
      expect(pool.workerCount).toBe(2);
      const pdf = await twoColumnSidebarPdf();
      const docs = await Promise.all(Array.from({ length: 8 }, () => pool.run(pdf)));
      expect(docs.every((d) => d.text.startsWith("José Álvarez"))).toBe(true);
      expect(pool.workerCount).toBeLessThanOrEqual(2);
    } finally {
      await pool.destroy();
    }
  });
});

describe("ExtractWorkerPool (misbehaving worker)", () => {
  // A stand-in worker entry answering in the pool's reply protocol
  // (lib/engine/workers/worker-task.ts) that can hang, exhaust its heap or exit
  // on demand: the failure modes a hostile file can cause.
  const dir = mkdtempSync(path.join(tmpdir(), "extract-pool-"));
  const workerPath = path.join(dir, "misbehaving-worker.mjs");
  writeFileSync(
    workerPath,
    `export default function (task) {
  const text = new TextDecoder().decode(new Uint8Array(task.bytes));
  if (text === "hang") for (;;) {}
  if (text === "oom") { const hoard = []; for (;;) hoard.push(new Array(1e6).fill(Math.random())); }
  if (text === "exit") process.exit(3);
  return { ok: true, value: { text, format: "txt", pageCount: null, warnings: [] } };
}
`,
  );
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bytes = (s: string) => new TextEncoder().encode(s);

  it("terminates a wedged worker with PARSE_TIMEOUT and replaces it", async () => {
    const pool = new ExtractWorkerPool({ size: 1, workerPath });
    try {
      expect(await codeOf(pool.run(bytes("hang"), { timeoutMs: 200 }))).toBe("PARSE_TIMEOUT");
      const after = await pool.run(bytes("hello"));
      expect(after.text).toBe("hello");
      expect(pool.workerCount).toBe(1);
    } finally {
      await pool.destroy();
    }
  });

  it("reports a worker that runs out of memory as PARSE_CRASHED and recovers", async () => {
    const pool = new ExtractWorkerPool({ size: 1, workerPath, maxOldGenerationSizeMb: 32 });
    try {
      expect(await codeOf(pool.run(bytes("oom"), { timeoutMs: 15_000 }))).toBe("PARSE_CRASHED");
      expect((await pool.run(bytes("again"))).text).toBe("again");
    } finally {
      await pool.destroy();
    }
  });

  it("reports a worker that exits mid-task as PARSE_CRASHED without failing queued work", async () => {
    const pool = new ExtractWorkerPool({ size: 1, workerPath });
    try {
      const [crashed, queued] = await Promise.all([codeOf(pool.run(bytes("exit"))), pool.run(bytes("queued"))]);
      expect(crashed).toBe("PARSE_CRASHED");
      expect(queued.text).toBe("queued");
    } finally {
      await pool.destroy();
    }
  });
});
