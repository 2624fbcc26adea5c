// Talent rediscovery benchmark: a fresh test database with N stored resumes
// (default 10,000) spread over 20 earlier jobs, then "Find matches among past
// candidates" for a new job timed end to end (count for the confirmation, the
// INSERT … SELECT with its audit entry, the inline dispatch), plus the Inngest
// path's own database work (one event per row, marked dispatched, with a local
// stand-in for the network send). Each run starts from no rediscovered rows.
// Prints medians; the last line is one JSON object.
//
//   npx tsx --conditions=react-server scripts/bench-rediscovery.ts [--n 10000] [--runs 5]
import { performance } from "node:perf_hooks";
import { sendEvaluationEvents } from "../lib/server/evaluations/dispatch-evaluations";
import { countPastCandidates, findPastCandidates } from "../lib/server/rediscovery/find-past-candidates";
import type { RequestActor } from "../lib/server/request-actor";
import { createTestDatabase } from "../test/database";
import { createScriptPrismaClient } from "./lib/prisma-client";

function argValue(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const N = Number(argValue("n", "10000"));
const RUNS = Number(argValue("runs", "5"));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

async function main() {
  const database = await createTestDatabase("bench_rediscovery");
  const db = createScriptPrismaClient(database.url);
  try {
    const user = await db.user.create({
      data: { email: "bench@example.com", name: "Bench", passwordHash: "x", role: "recruiter" },
      select: { id: true, email: true, name: true, role: true },
    });
    const actor: RequestActor = { user, apiKey: null, ip: null, requestId: "bench-rediscovery" };
    await db.$executeRaw`INSERT INTO jobs (id, title, raw_text, requirements, owner_id, updated_at)
      SELECT 'old-' || g, 'Earlier job ' || g, 'text', '{}'::jsonb, ${user.id}, now() FROM generate_series(1, 20) g`;
    await db.$executeRaw`INSERT INTO resumes (id, original_name, mime_type, size_bytes, sha256, storage_key, parse_status, candidate_name, updated_at)
      SELECT 'r-' || g, 'cv-' || g || '.pdf', 'application/pdf', 1000, md5(g::text) || md5('x' || g), 'resumes/' || g, 'parsed', 'Candidate ' || g, now()
      FROM generate_series(1, ${N}) g`;
    await db.$executeRaw`INSERT INTO evaluations (id, job_id, resume_id, status, score, verdict, updated_at)
      SELECT 'e-' || g, 'old-' || (1 + g % 20), 'r-' || g, 'completed', g % 100, 'medium', now() FROM generate_series(1, ${N}) g`;
    await db.$executeRawUnsafe("ANALYZE");
    const job = await db.job.create({ data: { title: "New job", rawText: "text", requirements: {}, ownerId: user.id } });

    const times = { count: [] as number[], queue: [] as number[], secondRun: [] as number[], inngestMark: [] as number[] };
    let queued = 0;
    for (let run = 0; run < RUNS; run++) {
      await db.evaluation.deleteMany({ where: { jobId: job.id } });
      const [count, countMs] = await timed(() => countPastCandidates({ db, jobId: job.id, actor }));
      const [result, queueMs] = await timed(() => findPastCandidates({ db, jobId: job.id, actor }));
      const [again, againMs] = await timed(() => findPastCandidates({ db, jobId: job.id, actor }));
      if (count.count !== N || result.queued !== N || again.queued !== 0)
        throw new Error(`expected ${N} offered and queued, then 0; got ${count.count}, ${result.queued}, ${again.queued}`);
      const rows = await db.evaluation.findMany({
        where: { jobId: job.id },
        select: { id: true, jobId: true, resumeId: true, queuedAt: true, requestId: true, dispatchedAt: true },
      });
      let events = 0;
      const [, markMs] = await timed(() =>
        sendEvaluationEvents({
          db,
          rows,
          reason: "rediscover",
          send: async (batch) => {
            events += batch.length;
          },
        }),
      );
      if (events !== N) throw new Error(`expected ${N} events, built ${events}`);
      queued = result.queued;
      times.count.push(countMs);
      times.queue.push(queueMs);
      times.secondRun.push(againMs);
      times.inngestMark.push(markMs);
    }
    const summary = {
      resumes: N,
      runs: RUNS,
      queued,
      countMs: Math.round(median(times.count)),
      queueMs: Math.round(median(times.queue)),
      secondRunMs: Math.round(median(times.secondRun)),
      inngestEventsAndMarkMs: Math.round(median(times.inngestMark)),
    };
    console.log(`Count for the confirmation: ${summary.countMs} ms (median of ${RUNS})`);
    console.log(`Queue ${N} evaluations (INSERT … SELECT, audit, inline dispatch): ${summary.queueMs} ms`);
    console.log(`Second run (nothing new): ${summary.secondRunMs} ms`);
    console.log(`Inngest path: build ${N} events in batches of 100 and mark them dispatched: ${summary.inngestEventsAndMarkMs} ms`);
    console.log(JSON.stringify(summary));
  } finally {
    await db.$disconnect();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
