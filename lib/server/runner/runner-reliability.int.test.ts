import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/test/database";
import { createScriptPrismaClient } from "@/scripts/lib/prisma-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createJob } from "@/lib/server/jobs/create-job";
import { uploadResumes } from "@/lib/server/resumes/upload-resumes";
import { LocalFileStorage } from "@/lib/server/storage/local-file-storage";
import { TEST_JOB_TEXT, testResumeBytes } from "@/lib/server/evaluations/test-fixtures";

// The inline runner in real, separate processes (tsx), on a database of their own:
// SIGKILL mid-run and two runners at once. Events come from the processes' stdout.

const require = createRequire(import.meta.url);
const TSX = require.resolve("tsx/cli");
const FIXTURE = path.join(import.meta.dirname, "runner-child-process.fixture.ts");
const ROOT = path.resolve(import.meta.dirname, "..", "..", "..");

type ChildEvent = { pid: number; type: string; evaluationId?: string; attempt?: number };
type Child = { process: ChildProcess; events: ChildEvent[]; exited: Promise<void> };

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function setup(count: number) {
  const database = await createTestDatabase("runner");
  const db = createScriptPrismaClient(database.url);
  const storageDir = await mkdtemp(path.join(tmpdir(), "rc-runner-"));
  cleanups.push(async () => {
    await db.$disconnect();
    await database.drop();
    await rm(storageDir, { recursive: true, force: true });
  });
  const storage = new LocalFileStorage(storageDir);
  const user = await db.user.create({ data: { email: "runner@example.com", name: "Runner", passwordHash: "x", role: "recruiter" } });
  const limits = { maxFileBytes: 1024 * 1024 };
  const job = await createJob({ db, storage, ownerId: user.id, text: TEST_JOB_TEXT, limits });
  const files = Array.from({ length: count }, (_, i) => ({ name: `cv-${i}.txt`, bytes: testResumeBytes(i) }));
  const { queued } = await uploadResumes({ db, storage, jobId: job.id, files, limits, maxFiles: count, actor: { id: user.id } });
  expect(queued).toHaveLength(count);
  return { db, url: database.url, storageDir, ids: queued.map((q) => q.evaluationId) };
}

function startChild(options: { url: string; storageDir: string; env?: Record<string, string>; args?: string[] }): Child {
  const child = spawn(process.execPath, [TSX, "--conditions=react-server", FIXTURE, ...(options.args ?? [])], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "test",
      DATABASE_URL: options.url,
      STORAGE_DIR: options.storageDir,
      EVALUATION_CONCURRENCY: "4",
      EVALUATION_POLL_MS: "50",
      EVALUATION_RETRY_BASE_MS: "20",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const events: ChildEvent[] = [];
  let buffer = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    let newline = buffer.indexOf("\n");
    while (newline >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      if (line.startsWith("{")) events.push(JSON.parse(line) as ChildEvent);
      newline = buffer.indexOf("\n");
    }
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGKILL");
      await exited;
    }
    if (stderr.includes("Error") && !stderr.includes("injected")) console.warn(stderr.slice(-2000));
  });
  return { process: child, events, exited };
}

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string, children: Child[] = []): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) {
      const tail = children.map((child) => JSON.stringify(child.events.slice(-3))).join("\n");
      throw new Error(`timed out waiting for ${what}; last events:\n${tail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function countByStatus(db: PrismaClient, ids: string[]) {
  const rows = await db.evaluation.groupBy({ by: ["status"], where: { id: { in: ids } }, _count: { _all: true } });
  return Object.fromEntries(rows.map((row) => [row.status, row._count._all])) as Record<string, number>;
}

function completions(children: Child[]): string[] {
  return children.flatMap((child) => child.events.filter((e) => e.type === "completed").map((e) => e.evaluationId ?? ""));
}

describe("[runner]: reliability across processes", () => {
  it("SIGKILL mid-run: a new process finishes every evaluation, each completed exactly once", async () => {
    const { db, url, storageDir, ids } = await setup(100);
    // A short lease so the dead process's work is taken up within the test.
    const env = { EVALUATION_LEASE_MS: "1500" };
    const first = startChild({ url, storageDir, env });
    await waitFor(async () => ((await countByStatus(db, ids)).completed ?? 0) >= 15, 60_000, "first completions");
    first.process.kill("SIGKILL");
    await first.exited;
    const afterKill = await countByStatus(db, ids);
    expect(afterKill.completed ?? 0).toBeLessThan(100);

    const second = startChild({ url, storageDir, env });
    await waitFor(async () => ((await countByStatus(db, ids)).completed ?? 0) === 100, 150_000, "all completed", [first, second]);
    const all = completions([first, second]);
    expect(all).toHaveLength(100);
    expect(new Set(all).size).toBe(100);
    expect(new Set(all)).toEqual(new Set(ids));
    // Rows the killed process held were claimed again: their attempt count shows it.
    const interrupted = (await db.evaluation.findMany({ where: { id: { in: ids }, attempts: { gt: 1 } }, select: { id: true } })).map((r) => r.id);
    const claimedByFirst = new Set(first.events.filter((e) => e.type === "claimed").map((e) => e.evaluationId));
    const completedByFirst = new Set(first.events.filter((e) => e.type === "completed").map((e) => e.evaluationId));
    for (const id of interrupted) expect(claimedByFirst.has(id) && !completedByFirst.has(id)).toBe(true);
    const rows = await db.evaluation.findMany({ where: { id: { in: ids } }, select: { score: true, lockedBy: true, durationMs: true } });
    for (const row of rows) expect(row).toMatchObject({ lockedBy: null, score: expect.any(Number), durationMs: expect.any(Number) });
  }, 180_000);

  it("two runner processes on one database never evaluate the same evaluation twice", async () => {
    const { db, url, storageDir, ids } = await setup(100);
    const children = [startChild({ url, storageDir }), startChild({ url, storageDir })];
    await waitFor(async () => ((await countByStatus(db, ids)).completed ?? 0) === 100, 150_000, "all completed", children);
    const claims = children.flatMap((child) => child.events.filter((e) => e.type === "claimed").map((e) => e.evaluationId));
    expect(claims).toHaveLength(100);
    expect(new Set(claims).size).toBe(100);
    expect(new Set(completions(children)).size).toBe(100);
    // Both processes did part of the work.
    for (const child of children) expect(child.events.some((e) => e.type === "completed")).toBe(true);
  }, 180_000);
});
