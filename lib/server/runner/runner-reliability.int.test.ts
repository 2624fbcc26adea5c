import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
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
  // Test-only audit of state changes, written by the database itself, so the
  // exactly-once checks hold even for work a SIGKILLed process never reported.
  await db.$executeRawUnsafe(
    `CREATE TABLE transition_log (evaluation_id text NOT NULL, status text NOT NULL, locked_by text, at timestamptz NOT NULL DEFAULT clock_timestamp())`,
  );
  await db.$executeRawUnsafe(`CREATE FUNCTION log_transition() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.status IS DISTINCT FROM OLD.status OR NEW.locked_by IS DISTINCT FROM OLD.locked_by THEN
        INSERT INTO transition_log (evaluation_id, status, locked_by) VALUES (NEW.id, NEW.status::text, NEW.locked_by);
      END IF;
      RETURN NEW;
    END $$`);
  await db.$executeRawUnsafe(
    `CREATE TRIGGER evaluations_transition AFTER UPDATE ON evaluations FOR EACH ROW EXECUTE FUNCTION log_transition()`,
  );
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
  // The tsx loader inside this node process (not the tsx CLI, which runs the script in a
  // grandchild): SIGKILL must hit the process that runs the runner.
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", FIXTURE, ...(options.args ?? [])], {
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
  // "close" (not "exit"): all of its stdout has been read by then.
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
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

/** Per evaluation: how many times it entered `completed`, and how many times it was claimed (entered processing under a lease). */
async function transitions(db: PrismaClient): Promise<{ completed: Map<string, number>; claimed: Map<string, number> }> {
  const rows = await db.$queryRawUnsafe<{ evaluation_id: string; status: string; locked_by: string | null }[]>(
    `SELECT evaluation_id, status, locked_by FROM transition_log`,
  );
  const completed = new Map<string, number>();
  const claimed = new Map<string, number>();
  for (const row of rows) {
    if (row.status === "completed") completed.set(row.evaluation_id, (completed.get(row.evaluation_id) ?? 0) + 1);
    if (row.status === "processing" && row.locked_by) claimed.set(row.evaluation_id, (claimed.get(row.evaluation_id) ?? 0) + 1);
  }
  return { completed, claimed };
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
    await waitFor(async () => ((await countByStatus(db, ids)).completed ?? 0) === 100, 200_000, "all completed", [first, second]);
    const { completed } = await transitions(db);
    expect(new Set(completed.keys())).toEqual(new Set(ids));
    expect([...completed.values()].every((times) => times === 1)).toBe(true);
    // Rows the killed process was working on were taken up again by the new one: a second attempt.
    const claimedByFirst = new Set(first.events.filter((e) => e.type === "claimed").map((e) => e.evaluationId ?? ""));
    const completedByFirst = new Set(first.events.filter((e) => e.type === "completed").map((e) => e.evaluationId ?? ""));
    const unfinished = [...claimedByFirst].filter((id) => !completedByFirst.has(id) && completed.get(id) === 1);
    const retaken = await db.evaluation.findMany({ where: { id: { in: unfinished } }, select: { attempts: true, status: true } });
    for (const row of retaken) expect(row.status).toBe("completed");
    // (A row may have been persisted by the first process just before the kill, its event lost: then attempts stay 1.)
    expect(retaken.filter((row) => row.attempts >= 2).length).toBeGreaterThan(0);
    const rows = await db.evaluation.findMany({ where: { id: { in: ids } }, select: { score: true, lockedBy: true, durationMs: true } });
    for (const row of rows) expect(row).toMatchObject({ lockedBy: null, score: expect.any(Number), durationMs: expect.any(Number) });
  }, 300_000);

  it("two runner processes on one database never evaluate the same evaluation twice", async () => {
    const count = 40;
    const { db, url, storageDir, ids } = await setup(count);
    const children = [startChild({ url, storageDir }), startChild({ url, storageDir })];
    await waitFor(async () => ((await countByStatus(db, ids)).completed ?? 0) === count, 200_000, "all completed", children);
    const { completed, claimed } = await transitions(db);
    expect(claimed.size).toBe(count);
    expect([...claimed.values()].every((times) => times === 1)).toBe(true);
    expect(completed.size).toBe(count);
    expect([...completed.values()].every((times) => times === 1)).toBe(true);
    const reported = children.flatMap((child) => child.events.filter((e) => e.type === "claimed").map((e) => e.evaluationId));
    expect(new Set(reported).size).toBe(reported.length);
    // Both processes did part of the work.
    for (const child of children) expect(child.events.some((e) => e.type === "claimed")).toBe(true);
  }, 240_000);
});
