// Pipeline benchmark: the production build in inline mode on a free port with a
// database of its own; N resumes uploaded one per request through the HTTP API
// (the dev set's resumes cycled, each copy made unique so none is a duplicate);
// waits until every evaluation has finished, then prints upload latency, time
// to all completed, evaluations per second, upload-to-completed latency and the
// server's peak RSS. The last line is one JSON object.
//
//   npm run bench:pipeline [-- --n 200] [--concurrency 4] [--dir PATH] [--keep-db]
//   --upload-only: runner off (INLINE_RUNNER=off), measures the upload path alone.
//   --storage s3: files in an S3-protocol server (s3rver, started here) instead of local disk.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTestDatabase } from "../test/database";
import { startS3Server } from "../test/s3-server";
import { freePort, startAppServer } from "./lib/app-server";
import { benchUploads, percentile, signIn, waitForEvaluations } from "./lib/bench-kit";
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
const STORAGE = argValue("storage", "local");
if (STORAGE !== "local" && STORAGE !== "s3") throw new Error("--storage must be local or s3");

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

async function main(): Promise<void> {
  const log = (line: string) => console.log(line);
  const resumeDir = path.join(DIR, "resumes");
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
  const s3 = STORAGE === "s3" ? await startS3Server("bench-pipeline") : null;
  const port = await freePort();
  const logFile = path.join(dataDir, "server.log");
  log(`Starting the app on port ${port} (inline runner; storage ${s3 ? `S3 at ${s3.endpoint}` : "local disk"}; log: ${logFile})…`);
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
      ...s3?.env,
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
    const jobResponse = await fetch(`${app.url}/api/v1/jobs`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ text: jobText }),
    });
    if (jobResponse.status !== 201) throw new Error(`job creation failed: ${jobResponse.status} ${await jobResponse.text()}`);
    const { job } = (await jobResponse.json()) as { job: { id: string; title: string } };
    log(`Job ${job.id} (${job.title}); uploading ${N} resumes from ${resumeDir} (cycled), ${CONCURRENCY} requests at a time…`);

    const uploads = await benchUploads(resumeDir, N);

    const uploadMs: number[] = [];
    const statuses = { queued: 0, duplicate: 0, rejected: 0 };
    const started = performance.now();
    let next = 0;
    async function uploader(): Promise<void> {
      while (next < uploads.length) {
        const file = uploads[next++] as { name: string; bytes: Uint8Array };
        const t0 = performance.now();
        const response = await fetch(`${app.url}/api/v1/jobs/${job.id}/resumes?name=${encodeURIComponent(file.name)}`, {
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

    const counts = await waitForEvaluations(app.url, job.id, headers);
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
        storage: STORAGE,
      }),
    );
  } finally {
    clearInterval(rssTimer);
    await app.stop();
    await s3?.stop();
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
