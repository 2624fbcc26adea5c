// Shortlist benchmark: a fresh test database with one job and N completed
// evaluations (default 10,000) built from the dev set's real resumes (extracted,
// parsed and scored by the engine, cycled under new names with a spread of
// scores and some decisions), then the shortlist page's server-side data path
// (job + one page of the filtered, sorted shortlist) timed for typical queries.
// Prints p50/p95 per query; the last line is one JSON object.
//
//   npm run bench:shortlist [-- --n 10000] [--runs 30] [--keep-db]
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractText } from "../lib/engine/extract";
import { parseJobDescription, parseResume } from "../lib/engine/parse";
import { scoreResume } from "../lib/engine/score";
import type { Prisma } from "../lib/generated/prisma/client";
import { listShortlistQuerySchema } from "../lib/schemas/shortlist";
import { getJob } from "../lib/server/jobs/get-job";
import { listShortlist } from "../lib/server/shortlist/list-shortlist";
import { createTestDatabase } from "../test/database";
import { root } from "./lib/build";
import { createScriptPrismaClient } from "./lib/prisma-client";

function argValue(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const N = Number(argValue("n", "10000"));
const RUNS = Number(argValue("runs", "30"));
const DIR = path.join(root, "..", "shared", "bench", "relevance-dev");

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const FIRST = ["Ana", "Ben", "Chen", "Dara", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jo", "Kai", "Lena", "Mo", "Nia", "Omar", "Pia"];
const LAST = [
  "Alvarez",
  "Brown",
  "Cohen",
  "Diaz",
  "Evans",
  "Fischer",
  "Garcia",
  "Hughes",
  "Ito",
  "Jensen",
  "Khan",
  "Lopez",
  "Moreau",
  "Nakamura",
];

async function main() {
  const database = await createTestDatabase("bench_shortlist");
  const db = createScriptPrismaClient(database.url);
  try {
    const jobText = readFileSync(path.join(DIR, "jobs", "data-engineer.txt"), "utf8");
    const requirements = parseJobDescription(jobText);
    const files = readdirSync(path.join(DIR, "resumes")).sort();
    const samples: { text: string; profile: ReturnType<typeof parseResume>; result: ReturnType<typeof scoreResume> }[] = [];
    for (const file of files) {
      try {
        const { text } = await extractText(new Uint8Array(readFileSync(path.join(DIR, "resumes", file))));
        const profile = parseResume(text);
        samples.push({ text, profile, result: scoreResume({ profile, requirements, resumeText: text, jobText }) });
      } catch {
        // Unreadable dev files are part of the set; they are simply not sampled.
      }
    }
    console.log(`Scored ${samples.length} dev resumes; seeding ${N} evaluations …`);

    const users = await Promise.all(
      ["recruiter", "hiring_manager"].map((role, i) =>
        db.user.create({
          data: { email: `bench${i}@example.com`, name: `Bench ${role}`, passwordHash: "x", role: role as "recruiter" | "hiring_manager" },
        }),
      ),
    );
    const reviewer = users[1]!;
    const job = await db.job.create({
      data: {
        title: "Data Engineer (bench)",
        rawText: jobText,
        requirements: requirements as unknown as Prisma.InputJsonValue,
        ownerId: users[0]!.id,
      },
    });
    const seedStarted = performance.now();
    const BATCH = 1000;
    for (let start = 0; start < N; start += BATCH) {
      const resumes: Prisma.ResumeCreateManyInput[] = [];
      const evaluations: Prisma.EvaluationCreateManyInput[] = [];
      for (let i = start; i < Math.min(N, start + BATCH); i++) {
        const sample = samples[i % samples.length]!;
        const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`;
        const id = `bench-r-${i}`;
        const score = Math.max(0, Math.min(100, sample.result.score + ((i * 7919) % 200) / 10 - 10));
        const verdict = score >= 70 ? "high" : score >= 45 ? "medium" : "low";
        resumes.push({
          id,
          originalName: `resume-${i}.pdf`,
          mimeType: "application/pdf",
          sizeBytes: sample.text.length,
          sha256: randomBytes(32).toString("hex"),
          storageKey: `resumes/bench/${id}`,
          text: sample.text,
          profile: { ...sample.profile, contact: { ...sample.profile.contact, name } } as unknown as Prisma.InputJsonValue,
          parseStatus: "parsed",
          candidateName: name,
        });
        evaluations.push({
          id: `bench-e-${i}`,
          jobId: job.id,
          resumeId: id,
          status: "completed",
          score,
          verdict,
          breakdown: { ...sample.result, score, verdict } as unknown as Prisma.InputJsonValue,
          engineVersion: sample.result.engineVersion,
          requirementsRevision: 1,
          attempts: 1,
          completedAt: new Date(),
          durationMs: 50 + (i % 300),
        });
      }
      await db.resume.createMany({ data: resumes });
      await db.evaluation.createMany({ data: evaluations });
    }
    const decisions: Prisma.DecisionCreateManyInput[] = [];
    for (let i = 0; i < N; i += 9)
      decisions.push({
        evaluationId: `bench-e-${i}`,
        reviewerId: reviewer.id,
        decision: (["shortlist", "hold", "reject"] as const)[i % 3]!,
        note: i % 2 ? "bench note" : null,
      });
    await db.decision.createMany({ data: decisions });
    await db.$executeRawUnsafe("ANALYZE");
    console.log(`Seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s (${decisions.length} decisions).`);

    const someSkill = requirements.mustHaveSkills[0] ?? "python";
    const cases: Record<string, Record<string, string>> = {
      "default (score desc, page 1)": {},
      "page 200": { page: "200", pageSize: "25" },
      "verdict=high minScore=60": { verdict: "high", minScore: "60" },
      [`hasSkill=${someSkill}`]: { hasSkill: someSkill },
      [`missingSkill=${someSkill}`]: { missingSkill: someSkill },
      "q=garcia (name/skills search)": { q: "garcia" },
      "sort=name asc": { sort: "name", dir: "asc" },
      "sort=decision, decision=shortlist": { sort: "decision", decision: "shortlist" },
      "minYears=5 location=a sort=years": { minYears: "5", location: "a", sort: "years" },
    };
    const summary: Record<string, { p50_ms: number; p95_ms: number; total: number }> = {};
    for (const [label, raw] of Object.entries(cases)) {
      const query = listShortlistQuerySchema.parse(raw);
      const times: number[] = [];
      let total = 0;
      for (let run = 0; run < RUNS + 2; run++) {
        const started = performance.now();
        const [, page] = await Promise.all([getJob({ db, jobId: job.id }), listShortlist({ db, jobId: job.id, query })]);
        const ms = performance.now() - started;
        total = page.total;
        if (run >= 2) times.push(ms); // first two runs warm the connection pool and plan cache
      }
      summary[label] = { p50_ms: Number(percentile(times, 50).toFixed(1)), p95_ms: Number(percentile(times, 95).toFixed(1)), total };
      console.log(
        `${label.padEnd(40)} p50 ${summary[label]!.p50_ms.toFixed(1).padStart(7)} ms  p95 ${summary[label]!.p95_ms.toFixed(1).padStart(7)} ms  (${total} matching)`,
      );
    }
    const worstP95 = Math.max(...Object.values(summary).map((s) => s.p95_ms));
    console.log(JSON.stringify({ evaluations: N, runs: RUNS, worst_p95_ms: worstP95, cases: summary }));
  } finally {
    await db.$disconnect();
    if (!process.argv.includes("--keep-db")) await database.drop();
    else console.log(`Kept database ${database.url}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
