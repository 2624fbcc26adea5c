import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { apiKeyDisplayPrefix, generateApiKeyToken, hashApiKey } from "../lib/server/api-keys/api-key-token";
import { TEST_JOB_TEXT, testResumeBytes } from "../lib/server/evaluations/test-fixtures";
import { seedDemoUsersIfEmpty } from "../lib/server/users/seed-demo-users";
import { createTestDatabase } from "../test/database";
import { startS3Server, type TestS3Server } from "../test/s3-server";
import { type AppServer, freePort, startAppServer } from "./lib/app-server";
import { buildApp, buildIsCurrent, root } from "./lib/build";
import { createScriptPrismaClient } from "./lib/prisma-client";

// The scaled-out topology as processes: 2 web processes (production build,
// INLINE_RUNNER=off) and 2 `npm run worker` processes on one PostgreSQL database
// and one S3 server. Uploads go through both web processes, one worker is
// SIGKILLed mid-batch; every evaluation must still complete exactly once and
// every original be readable from every web process.

/** Uploads in this run (SCALE_OUT_RESUMES overrides, e.g. 300 for the full figure). */
const N = Number(process.env.SCALE_OUT_RESUMES ?? 300);
const PER_REQUEST = 10;
const CONCURRENCY = 4;
const temp = mkdtempSync(path.join(os.tmpdir(), "rc-scale-out-"));
const apiKey = generateApiKeyToken();
const cleanups: (() => Promise<unknown>)[] = [];
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: PrismaClient;
let s3: TestS3Server;
let web: AppServer[] = [];

type Worker = { child: ChildProcess; owner: Promise<string>; completed: string[]; exited: Promise<void> };

function sharedEnv(): Record<string, string> {
  return {
    ...s3.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: "scale-out-test-secret-scale-out-test-0123",
    INNGEST_DEV: "",
    INNGEST_SIGNING_KEY: "",
    LOG_LEVEL: "info",
    RATE_LIMIT_API_KEY_PER_MINUTE: "100000",
  };
}

/** One worker process: node with the tsx loader (not the tsx CLI), so SIGKILL hits the runner itself. */
function startWorker(index: number): Worker {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts", "worker.ts")], {
    cwd: root,
    env: {
      ...process.env,
      ...sharedEnv(),
      NODE_ENV: "production",
      DATA_DIR: path.join(temp, `worker-${index}`),
      EVALUATION_CONCURRENCY: String(CONCURRENCY),
      // Short lease and poll, so the killed worker's rows are taken over within the test.
      EVALUATION_LEASE_MS: "5000",
      EVALUATION_POLL_MS: "200",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const completed: string[] = [];
  let resolveOwner: (owner: string) => void = () => {};
  const owner = new Promise<string>((resolve) => {
    resolveOwner = resolve;
  });
  let buffer = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      if (!line.startsWith("{")) continue;
      const entry = JSON.parse(line) as { msg?: string; owner?: string; evaluationId?: string };
      if (entry.msg === "evaluation worker started" && entry.owner) resolveOwner(entry.owner);
      if (entry.msg === "evaluation completed" && entry.evaluationId) completed.push(entry.evaluationId);
    }
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
    if (stderr.includes("Error")) console.warn(`worker ${index} stderr:\n${stderr.slice(-2000)}`);
  });
  return { child, owner, completed, exited };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Runs `tasks` with at most `limit` at once. */
async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await (tasks[index] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: limit }, lane));
  return results;
}

const completedCount = async () => db.evaluation.count({ where: { status: "completed" } });

beforeAll(async () => {
  database = await createTestDatabase("scale_out");
  db = createScriptPrismaClient(database.url);
  cleanups.push(() => database.drop());
  cleanups.push(() => db.$disconnect());
  // Test-only audit written by the database itself: exactly-once holds even for work a killed process never reported.
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
  await seedDemoUsersIfEmpty({ db });
  const user = await db.user.findUniqueOrThrow({ where: { email: "recruiter@example.com" } });
  await db.apiKey.create({
    data: {
      name: "scale-out test",
      prefix: apiKeyDisplayPrefix(apiKey),
      hash: hashApiKey(apiKey),
      scopes: ["read", "write"],
      userId: user.id,
    },
  });
  s3 = await startS3Server("scale-out");
  cleanups.push(() => s3.stop());
  if (!buildIsCurrent()) await buildApp({ log: console.log });
  web = await Promise.all(
    [0, 1].map(async (index) =>
      startAppServer({
        port: await freePort(),
        env: { ...sharedEnv(), INLINE_RUNNER: "off", DATA_DIR: path.join(temp, `web-${index}`) },
        logFile: path.join(temp, `web-${index}.log`),
        timeoutMs: 120_000,
      }),
    ),
  );
  for (const server of web) cleanups.push(() => server.stop());
}, 900_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.warn(String(error)));
  rmSync(temp, { recursive: true, force: true });
});

describe("[scale-out]: 2 web processes and 2 workers on one database and one bucket", () => {
  it("a worker killed mid-batch loses and duplicates nothing; every file is readable from every web process", async () => {
    const started = performance.now();
    const workers = [startWorker(0), startWorker(1)];
    const owners = await Promise.all(workers.map((worker) => worker.owner));
    const auth = { authorization: `Bearer ${apiKey}` };
    const created = await fetch(`${web[0]?.url}/api/v1/jobs`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ title: "Data Engineer", text: TEST_JOB_TEXT }),
    });
    expect(created.status).toBe(201);
    const jobId = ((await created.json()) as { job: { id: string } }).job.id;

    // Batches alternate between the two web processes.
    let uploaded = 0;
    const batches = Array.from({ length: Math.ceil(N / PER_REQUEST) }, (_, batch) => async () => {
      const form = new FormData();
      for (let i = batch * PER_REQUEST; i < Math.min(N, (batch + 1) * PER_REQUEST); i++)
        form.append("files", new Blob([new Uint8Array(testResumeBytes(i))], { type: "text/plain" }), `cv-${i}.txt`);
      const response = await fetch(`${web[batch % 2]?.url}/api/v1/jobs/${jobId}/resumes`, { method: "POST", headers: auth, body: form });
      expect(response.status).toBe(201);
      const { queued } = ((await response.json()) as { summary: { queued: number } }).summary;
      uploaded += queued;
      return queued;
    });
    const uploading = pool(batches, 2);

    // Kill a worker once it has done part of the work, while the batch is still running.
    await waitFor(
      async () => workers[0]?.completed.length !== 0 && (await completedCount()) >= Math.min(N / 5, 40),
      300_000,
      "first completions",
    );
    workers[0]?.child.kill("SIGKILL");
    await workers[0]?.exited;
    const atKill = await completedCount();
    const uploadedAtKill = uploaded;
    const killedAfterMs = performance.now() - started;
    expect((await uploading).reduce((sum, queued) => sum + queued, 0)).toBe(N);
    expect(atKill).toBeLessThan(N);

    await waitFor(async () => (await completedCount()) === N, 600_000, `all ${N} evaluations completed`);
    const allDoneMs = performance.now() - started;

    // Exactly once: one evaluation per resume, each entered `completed` once, and
    // `attempts` counts the claims (a claim of an expired lease is a second attempt).
    const rows = await db.evaluation.findMany({
      where: { jobId },
      select: { id: true, resumeId: true, attempts: true, status: true, score: true, lockedBy: true },
    });
    expect(rows).toHaveLength(N);
    expect(new Set(rows.map((row) => row.resumeId)).size).toBe(N);
    for (const row of rows) expect(row).toMatchObject({ status: "completed", score: expect.any(Number), lockedBy: null });
    const log = await db.$queryRawUnsafe<{ evaluation_id: string; status: string; locked_by: string | null }[]>(
      `SELECT evaluation_id, status, locked_by FROM transition_log ORDER BY at`,
    );
    const completions = new Map<string, number>();
    const claims = new Map<string, (string | null)[]>();
    for (const entry of log) {
      if (entry.status === "completed") completions.set(entry.evaluation_id, (completions.get(entry.evaluation_id) ?? 0) + 1);
      if (entry.status === "processing" && entry.locked_by)
        claims.set(entry.evaluation_id, [...(claims.get(entry.evaluation_id) ?? []), entry.locked_by]);
    }
    expect(completions.size).toBe(N);
    expect([...completions.values()].every((times) => times === 1)).toBe(true);
    for (const row of rows) expect(claims.get(row.id)?.length).toBe(row.attempts);
    // Only rows the killed worker held (at most its concurrency) needed a second attempt, taken by the survivor.
    const retaken = rows.filter((row) => row.attempts > 1);
    expect(retaken.length).toBeLessThanOrEqual(CONCURRENCY);
    for (const row of retaken) expect(claims.get(row.id)).toEqual([owners[0], owners[1]]);
    // Both workers did part of the work (completion log lines are per process).
    expect(workers[1]?.completed.length).toBeGreaterThan(0);
    expect(new Set(workers.flatMap((worker) => worker.completed)).size).toBe(workers[0]!.completed.length + workers[1]!.completed.length);

    // Every original, from every web process, byte for byte.
    const resumes = await db.resume.findMany({
      where: { id: { in: rows.map((row) => row.resumeId) } },
      select: { id: true, originalName: true },
    });
    const downloads = resumes.flatMap((resume) =>
      web.map((server) => async () => {
        const response = await fetch(`${server.url}/api/v1/resumes/${resume.id}/file`, { headers: auth });
        expect(response.status).toBe(200);
        const index = Number(resume.originalName.match(/^cv-(\d+)\.txt$/)?.[1]);
        expect(new Uint8Array(await response.arrayBuffer())).toEqual(testResumeBytes(index));
      }),
    );
    await pool(downloads, 8);
    console.log(
      JSON.stringify({
        resumes: N,
        killed_after_s: +(killedAfterMs / 1000).toFixed(1),
        uploaded_at_kill: uploadedAtKill,
        completed_at_kill: atKill,
        all_completed_s: +(allDoneMs / 1000).toFixed(1),
        second_attempts: retaken.length,
        completed_by_worker: workers.map((worker) => worker.completed.length),
        downloads: downloads.length,
        total_s: +((performance.now() - started) / 1000).toFixed(1),
      }),
    );
  }, 1_200_000);
});
