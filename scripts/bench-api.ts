// Read-path benchmark: the production build on a database of its own, seeded
// through the real pipeline (one job, N resumes uploaded over HTTP and scored by
// the inline runner), then each endpoint loaded with autocannon — 50
// connections for 15 s by default — with an API key (so the per-key rate
// limit and key lookup are part of every request, as for an API client). Prints a
// table and, last, one JSON line. Absolute figures move on a shared machine:
// compare the ratios within one run.
//
//   npm run bench:api [-- --n 200] [--connections 50] [--duration 15] [--keep-db]
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { createTestDatabase } from "../test/database";
import { DEMO_USERS, seedDemoUsersIfEmpty } from "../lib/server/users/seed-demo-users";
import { freePort, startAppServer } from "./lib/app-server";
import { benchUploads, signIn, waitForEvaluations } from "./lib/bench-kit";
import { buildApp, buildIsCurrent, root } from "./lib/build";
import { createScriptPrismaClient } from "./lib/prisma-client";

function argValue(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const N = Number(argValue("n", "200"));
const CONNECTIONS = Number(argValue("connections", "50"));
const DURATION_S = Number(argValue("duration", "15"));
const DIR = path.resolve(argValue("dir", path.join(root, "..", "shared", "bench", "relevance-dev")));

type Row = { name: string; rps: number; p50: number; p99: number; errors: number; requests: number; detail: string };

async function load(name: string, url: string, headers: Record<string, string>): Promise<Row> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  // Every non-2xx (429s included) and every socket error counts as an error (autocannon's errors include its timeouts).
  const errors = result.errors + result.non2xx;
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => !code.startsWith("2"))
    .map(([code, stat]) => `${code}×${(stat as { count: number }).count}`);
  const detail = errors
    ? `timeouts ${result.timeouts}, socket errors ${result.errors - result.timeouts}, non-2xx ${result.non2xx} ${statuses.join(" ")}`
    : "";
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors,
    requests: result.requests.total,
    detail,
  };
}

/** One job with N evaluations scored by the real pipeline (upload route + inline runner). */
async function seedJob(url: string, cookie: string): Promise<{ jobId: string; completed: number }> {
  const headers = { cookie };
  const jobResponse = await fetch(`${url}/api/v1/jobs`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({ text: readFileSync(path.join(DIR, "jobs", "data-engineer.txt"), "utf8") }),
  });
  if (jobResponse.status !== 201) throw new Error(`job creation failed: ${jobResponse.status} ${await jobResponse.text()}`);
  const { job } = (await jobResponse.json()) as { job: { id: string } };
  const uploads = await benchUploads(path.join(DIR, "resumes"), N);
  let next = 0;
  async function uploader(): Promise<void> {
    while (next < uploads.length) {
      const file = uploads[next++] as { name: string; bytes: Uint8Array };
      const response = await fetch(`${url}/api/v1/jobs/${job.id}/resumes?name=${encodeURIComponent(file.name)}`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/octet-stream" },
        body: Buffer.from(file.bytes),
      });
      if (response.status !== 201) throw new Error(`upload of ${file.name} failed: ${response.status} ${await response.text()}`);
    }
  }
  await Promise.all(Array.from({ length: 4 }, uploader));
  const counts = await waitForEvaluations(url, job.id, headers);
  return { jobId: job.id, completed: counts.byStatus.completed };
}

async function createReadKey(url: string, cookie: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/api-keys`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ name: "bench-api", scopes: ["read"] }),
  });
  if (response.status !== 201) throw new Error(`API key creation failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { secret: string }).secret;
}

function printTable(rows: Row[]): void {
  const pad = (value: string, width: number) => value.padStart(width);
  console.log(
    `\n${"endpoint".padEnd(44)}${pad("req/s", 9)}${pad("p50 ms", 9)}${pad("p99 ms", 9)}${pad("errors", 8)}${pad("requests", 10)}`,
  );
  for (const row of rows)
    console.log(
      `${row.name.padEnd(44)}${pad(row.rps.toFixed(0), 9)}${pad(String(row.p50), 9)}${pad(String(row.p99), 9)}${pad(String(row.errors), 8)}${pad(String(row.requests), 10)}${row.detail ? `  (${row.detail})` : ""}`,
    );
}

async function main(): Promise<void> {
  const log = (line: string) => console.log(line);
  if (!buildIsCurrent()) {
    log("The production build is missing or stale: building (next build)…");
    await buildApp({ log });
  }
  const database = await createTestDatabase("benchapi");
  const db = createScriptPrismaClient(database.url);
  await seedDemoUsersIfEmpty({ db });
  const dataDir = mkdtempSync(path.join(tmpdir(), "rc-bench-api-"));
  const port = await freePort();
  const logFile = path.join(dataDir, "server.log");
  log(
    `Starting the app on port ${port} (rate-limit counters: ${process.env.REDIS_URL ? `Redis at ${process.env.REDIS_URL}` : "in memory, flushed to PostgreSQL"}; log: ${logFile})…`,
  );
  const app = await startAppServer({
    port,
    logFile,
    env: {
      DATABASE_URL: database.url,
      STORAGE_DIR: path.join(dataDir, "storage"),
      DATA_DIR: dataDir,
      AUTH_SECRET: randomBytes(32).toString("hex"),
      AUTH_URL: `http://127.0.0.1:${port}`,
      AUTH_TRUST_HOST: "true",
      INNGEST_DEV: "",
      INNGEST_SIGNING_KEY: "",
      INLINE_RUNNER: "on",
      // The limiter still runs on every request (its cost is measured); the limit is just out of reach.
      RATE_LIMIT_API_KEY_PER_MINUTE: "100000000",
      LOG_LEVEL: "warn",
    },
  });
  try {
    const recruiter = DEMO_USERS.find((user) => user.role === "recruiter");
    if (!recruiter) throw new Error("no demo recruiter");
    const cookie = (await signIn(app.url, recruiter.email, recruiter.password)).header();
    log(`Seeding one job with ${N} resumes through the upload route and the inline runner…`);
    const { jobId, completed } = await seedJob(app.url, cookie);
    log(`Job ${jobId}: ${completed} evaluations completed.`);
    const headers = { authorization: `Bearer ${await createReadKey(app.url, cookie)}` };
    const endpoints: [string, string, Record<string, string>][] = [
      ["GET /api/health", "/api/health", {}],
      ["GET /api/v1/jobs", "/api/v1/jobs", headers],
      ["GET /api/v1/jobs/{id}", `/api/v1/jobs/${jobId}`, headers],
      ["GET /api/v1/jobs/{id}/evaluations?limit=20", `/api/v1/jobs/${jobId}/evaluations?limit=20`, headers],
    ];
    const load0 = loadavg();
    const rows: Row[] = [];
    for (const [name, route, routeHeaders] of endpoints) {
      log(`Loading ${name}: ${CONNECTIONS} connections for ${DURATION_S} s…`);
      rows.push(await load(name, `${app.url}${route}`, routeHeaders));
    }
    const load1 = loadavg();
    printTable(rows);
    const [health, jobs, , shortlist] = rows as [Row, Row, Row, Row];
    log(`\nshortlist/health throughput ${((shortlist.rps / health.rps) * 100).toFixed(0)}%`);
    log(`load average (1 min) ${load0[0]?.toFixed(2)} before, ${load1[0]?.toFixed(2)} after; ${completed} evaluations in the job`);
    console.log(
      JSON.stringify({
        health_rps: Math.round(health.rps),
        jobs_rps: Math.round(jobs.rps),
        shortlist_rps: Math.round(shortlist.rps),
        shortlist_p50_ms: shortlist.p50,
        shortlist_p99_ms: shortlist.p99,
        errors: rows.reduce((sum, row) => sum + row.errors, 0),
      }),
    );
  } finally {
    await app.stop();
    await db.$disconnect();
    if (!process.argv.includes("--keep-db")) await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
