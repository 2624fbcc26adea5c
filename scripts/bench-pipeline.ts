// Pipeline benchmark: the production build in inline mode on a free port with a
// database of its own; N resumes uploaded one per request through the HTTP API
// (the dev set's resumes cycled, each copy made unique so none is a duplicate);
// waits until every evaluation has finished, then prints upload latency, time
// to all completed, evaluations per second, upload-to-completed latency and the
// server's peak RSS. The last line is one JSON object.
//
//   npm run bench:pipeline [-- --n 200] [--concurrency 4] [--dir PATH] [--keep-db]
//   --upload-only: runner off (INLINE_RUNNER=off), measures the upload path alone.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { createTestDatabase } from "../test/database";
import { freePort, startAppServer } from "./lib/app-server";
import { buildApp, buildIsCurrent, root } from "./lib/build";
import { createScriptPrismaClient } from "./lib/prisma-client";
import { DEMO_USERS, seedDemoUsersIfEmpty } from "../lib/server/users/seed-demo-users";

function argValue(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const N = Number(argValue("n", "200"));
const CONCURRENCY = Number(argValue("concurrency", "4"));
const DIR = path.resolve(argValue("dir", path.join(root, "..", "shared", "bench", "relevance-dev")));
const JOB_FILE = argValue("job", "data-engineer.txt");
const UPLOAD_ONLY = process.argv.includes("--upload-only");

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** A byte-level unique copy that still parses the same: a trailing comment (PDF), an extra part (DOCX), a last line (TXT). */
function uniqueCopy(bytes: Uint8Array, name: string, copy: number): Uint8Array {
  const tag = `bench-copy-${copy}-${randomBytes(4).toString("hex")}`;
  if (name.endsWith(".pdf")) return new Uint8Array([...bytes, ...strToU8(`\n% ${tag}\n`)]);
  if (name.endsWith(".docx")) {
    const entries = unzipSync(bytes);
    entries[`customXml/${tag}.xml`] = strToU8(`<?xml version="1.0"?><bench>${tag}</bench>`);
    return zipSync(entries);
  }
  return new Uint8Array([...bytes, ...strToU8(`\n\nReference: ${tag}\n`)]);
}

/** Sum of VmRSS of a process and its descendants (next start may fork its server). */
function treeRssMb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // The process exited while we looked.
    }
  }
  let totalKb = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop() as number;
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${current}/status`, "utf8"));
      totalKb += Number(match?.[1] ?? 0);
    } catch {
      // Gone.
    }
    stack.push(...(children.get(current) ?? []));
  }
  return totalKb / 1024;
}

class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const eq = pair?.indexOf("=") ?? -1;
      if (pair && eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

async function signIn(url: string, email: string, password: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrfResponse = await fetch(`${url}/api/auth/csrf`);
  jar.store(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${url}/` }),
  });
  jar.store(response);
  if (!jar.header().includes("session-token"))
    throw new Error(`sign-in failed (${response.status} ${response.headers.get("location") ?? ""})`);
  return jar;
}

async function main(): Promise<void> {
  const log = (line: string) => console.log(line);
  const resumeDir = path.join(DIR, "resumes");
  const sources = readdirSync(resumeDir)
    .filter((name) => /\.(pdf|docx|txt)$/i.test(name))
    .sort();
  if (sources.length === 0) throw new Error(`no resumes in ${resumeDir}`);
  const jobText = readFileSync(path.join(DIR, "jobs", JOB_FILE), "utf8");

  if (!buildIsCurrent()) {
    log("The production build is missing or stale: building (next build)…");
    await buildApp({ log });
  }
  const database = await createTestDatabase("bench");
  const db = createScriptPrismaClient(database.url);
  await seedDemoUsersIfEmpty({ db });
  const storageDir = mkdtempSync(path.join(tmpdir(), "rc-bench-storage-"));
  const dataDir = mkdtempSync(path.join(tmpdir(), "rc-bench-data-"));
  const port = await freePort();
  const logFile = path.join(dataDir, "server.log");
  log(`Starting the app on port ${port} (inline runner; log: ${logFile})…`);
  const app = await startAppServer({
    port,
    logFile,
    env: {
      DATABASE_URL: database.url,
      STORAGE_DIR: storageDir,
      DATA_DIR: dataDir,
      AUTH_SECRET: randomBytes(32).toString("hex"),
      AUTH_URL: `http://127.0.0.1:${port}`,
      AUTH_TRUST_HOST: "true",
      INNGEST_DEV: "",
      INNGEST_SIGNING_KEY: "",
      INLINE_RUNNER: UPLOAD_ONLY ? "off" : "on",
    },
  });
  const pid = app.child.pid ?? 0;
  let peakRss = treeRssMb(pid);
  const rssTimer = setInterval(() => {
    peakRss = Math.max(peakRss, treeRssMb(pid));
  }, 200);

  try {
    const recruiter = DEMO_USERS.find((user) => user.role === "recruiter");
    if (!recruiter) throw new Error("no demo recruiter");
    const jar = await signIn(app.url, recruiter.email, recruiter.password);
    const headers = { cookie: jar.header() };
    const jobResponse = await fetch(`${app.url}/api/jobs`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ text: jobText }),
    });
    if (jobResponse.status !== 201) throw new Error(`job creation failed: ${jobResponse.status} ${await jobResponse.text()}`);
    const { job } = (await jobResponse.json()) as { job: { id: string; title: string } };
    log(
      `Job ${job.id} (${job.title}); uploading ${N} resumes from ${resumeDir} (${sources.length} files cycled), ${CONCURRENCY} requests at a time…`,
    );

    const originals = await Promise.all(
      sources.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(path.join(resumeDir, name))) })),
    );
    const uploads = Array.from({ length: N }, (_, i) => {
      const source = originals[i % originals.length] as { name: string; bytes: Uint8Array };
      const copy = Math.floor(i / originals.length);
      return {
        name: copy === 0 ? source.name : source.name.replace(/(\.\w+)$/, `-copy${copy}$1`),
        bytes: copy === 0 ? source.bytes : uniqueCopy(source.bytes, source.name, copy),
      };
    });

    const uploadMs: number[] = [];
    const statuses = { queued: 0, duplicate: 0, rejected: 0 };
    const started = performance.now();
    let next = 0;
    async function uploader(): Promise<void> {
      while (next < uploads.length) {
        const file = uploads[next++] as { name: string; bytes: Uint8Array };
        const t0 = performance.now();
        const response = await fetch(`${app.url}/api/jobs/${job.id}/resumes/upload?name=${encodeURIComponent(file.name)}`, {
          method: "POST",
          headers: { ...headers, "content-type": "application/octet-stream" },
          body: Buffer.from(file.bytes),
        });
        const body = (await response.json()) as { files?: { status: keyof typeof statuses; error?: { code: string } }[] };
        uploadMs.push(performance.now() - t0);
        if (response.status !== 201 || !body.files?.[0])
          throw new Error(`upload of ${file.name} failed: ${response.status} ${JSON.stringify(body)}`);
        statuses[body.files[0].status]++;
        if (body.files[0].status === "rejected") log(`  rejected ${file.name}: ${body.files[0].error?.code}`);
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, uploader));
    const uploadedAt = performance.now();
    log(`Uploaded in ${((uploadedAt - started) / 1000).toFixed(1)} s: ${JSON.stringify(statuses)}`);
    if (UPLOAD_ONLY) {
      log(
        `uploads          ${N} requests, p50 ${percentile(uploadMs, 50).toFixed(0)} ms, p95 ${percentile(uploadMs, 95).toFixed(0)} ms (runner off)`,
      );
      return;
    }

    // Wait until nothing is queued or processing.
    let counts = { byStatus: { queued: 0, processing: 0, completed: 0, failed: 0 } };
    const deadline = Date.now() + 15 * 60_000;
    for (;;) {
      const response = await fetch(`${app.url}/api/jobs/${job.id}/counts`, { headers });
      counts = ((await response.json()) as { counts: typeof counts }).counts;
      if (counts.byStatus.queued + counts.byStatus.processing === 0) break;
      if (Date.now() > deadline) throw new Error(`evaluations still open after 15 minutes: ${JSON.stringify(counts)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const finished = performance.now();
    const rows = await db.evaluation.findMany({
      where: { jobId: job.id },
      select: { queuedAt: true, completedAt: true, durationMs: true, status: true, errorCode: true },
    });
    const e2e = rows.flatMap((row) => (row.completedAt ? [row.completedAt.getTime() - row.queuedAt.getTime()] : []));
    const processing = rows.flatMap((row) => (row.durationMs === null ? [] : [row.durationMs]));
    const failures = rows.filter((row) => row.status === "failed").map((row) => row.errorCode);
    const totalS = (finished - started) / 1000;
    const completed = counts.byStatus.completed;

    log("");
    log(
      `uploads          ${N} requests, p50 ${percentile(uploadMs, 50).toFixed(0)} ms, p95 ${percentile(uploadMs, 95).toFixed(0)} ms, max ${Math.max(...uploadMs).toFixed(0)} ms`,
    );
    log(`all finished in  ${totalS.toFixed(1)} s after the first upload (uploads took ${((uploadedAt - started) / 1000).toFixed(1)} s)`);
    log(
      `throughput       ${(completed / totalS).toFixed(1)} evaluations/s (${completed} completed, ${counts.byStatus.failed} failed${failures.length ? `: ${[...new Set(failures)].join(", ")}` : ""})`,
    );
    log(`upload→completed p50 ${percentile(e2e, 50).toFixed(0)} ms, p95 ${percentile(e2e, 95).toFixed(0)} ms`);
    log(`processing time  p50 ${percentile(processing, 50).toFixed(0)} ms, p95 ${percentile(processing, 95).toFixed(0)} ms per evaluation`);
    log(`peak RSS         ${peakRss.toFixed(0)} MB (server process tree)`);
    console.log(
      JSON.stringify({
        uploaded: statuses.queued,
        completed,
        failed: counts.byStatus.failed,
        upload_p95_ms: Math.round(percentile(uploadMs, 95)),
        e2e_p95_ms: Math.round(percentile(e2e, 95)),
        evals_per_s: Math.round((completed / totalS) * 10) / 10,
        peak_rss_mb: Math.round(peakRss),
      }),
    );
  } finally {
    clearInterval(rssTimer);
    await app.stop();
    await db.$disconnect();
    if (!process.argv.includes("--keep-db")) await database.drop();
    rmSync(storageDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
