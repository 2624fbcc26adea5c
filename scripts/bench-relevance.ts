// Relevance benchmark: ranks every job of the dev set against all its resumes
// with the engine and with two keyword baselines (TF-IDF cosine, Okapi BM25,
// computed in the same run from the same extracted text), prints ranking
// quality per job and averaged, then throughput.
//
//   npm run bench:relevance [-- --dir PATH] [--details] [--components] [--no-speed] [--json]
//
// Baselines have no verdict: their verdict agreement is reported as n/a.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { extractText } from "../lib/engine/extract";
import { parseJobDescription, parseResume } from "../lib/engine";
import {
  DEFAULT_THRESHOLDS,
  ENGINE_VERSION,
  type PreparedResume,
  prepareJob,
  prepareResume,
  scorePrepared,
  scoreResume,
} from "../lib/engine/score";
import {
  auc,
  balancedVerdictAgreement,
  type Graded,
  ndcgAtK,
  pairwiseAccuracy,
  rankByScore,
  type VerdictLabel,
} from "../lib/engine/score/ranking-metrics";
import { bm25Scores, tfidfCosineScores } from "../lib/engine/semantic/baselines";
import type { JobRequirements, ResumeProfile } from "../lib/engine/types";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const here = path.dirname(new URL(import.meta.url).pathname);
const dir = path.resolve(option("--dir") ?? path.join(here, "..", "..", "shared", "bench", "relevance-dev"));
const NOW = new Date("2026-11-15T00:00:00Z");

interface Label {
  job: string;
  resume: string;
  grade: number;
}

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function readLabels(): Label[] {
  const lines = readFileSync(path.join(dir, "labels.csv"), "utf8").split(/\r?\n/).filter(Boolean);
  const header = parseCsvLine(lines[0] ?? "");
  const ji = header.indexOf("job_id");
  const ri = header.indexOf("resume_id");
  const gi = header.indexOf("grade");
  return lines.slice(1).map((l) => {
    const f = parseCsvLine(l);
    return { job: f[ji] ?? "", resume: f[ri] ?? "", grade: Number(f[gi]) };
  });
}

interface Row extends Graded {
  verdict?: VerdictLabel;
  comp?: string;
}

interface MetricSet {
  ndcg5: number;
  ndcg10: number;
  pairwise: number | null;
  inField: number | null;
  verdict: number | null;
}

function metrics(rows: Row[], withVerdict: boolean): MetricSet {
  return {
    ndcg5: ndcgAtK(rows, 5),
    ndcg10: ndcgAtK(rows, 10),
    pairwise: pairwiseAccuracy(rows).accuracy,
    inField: pairwiseAccuracy(rows, (a, b) => a.grade >= 1 && b.grade >= 1).accuracy,
    verdict: withVerdict ? balancedVerdictAgreement(rows.map((r) => ({ grade: r.grade, verdict: r.verdict ?? "low" }))).balanced : null,
  };
}

function pooledAuc(byJob: Map<string, Row[]>): number | null {
  const pos: number[] = [];
  const neg: number[] = [];
  for (const rows of byJob.values()) {
    for (const r of rows) {
      if (r.grade >= 2) pos.push(r.score);
      else if (r.grade === 1) neg.push(r.score);
    }
  }
  return auc(pos, neg);
}

const fmt = (x: number | null) => (x === null ? "  n/a" : x.toFixed(3));

async function main(): Promise<void> {
  const labels = readLabels();
  const jobIds = [...new Set(labels.map((l) => l.job))].sort();
  const resumeFiles = readdirSync(path.join(dir, "resumes")).sort();
  const resumeFileById = new Map(resumeFiles.map((f) => [f.replace(/\.[^.]+$/, ""), f]));

  // Extract + parse once (not part of the scoring throughput).
  const texts = new Map<string, string>();
  const profiles = new Map<string, ResumeProfile>();
  for (const [id, file] of resumeFileById) {
    const bytes = new Uint8Array(readFileSync(path.join(dir, "resumes", file)));
    const doc = await extractText(bytes);
    texts.set(id, doc.text);
    profiles.set(id, parseResume(doc.text, { now: NOW }));
  }
  const jobs = new Map<string, { text: string; req: JobRequirements }>();
  for (const j of jobIds) {
    const text = readFileSync(path.join(dir, "jobs", `${j}.txt`), "utf8");
    jobs.set(j, { text, req: parseJobDescription(text) });
  }

  const ours = new Map<string, Row[]>();
  const tfidf = new Map<string, Row[]>();
  const bm25 = new Map<string, Row[]>();
  for (const j of jobIds) {
    const job = jobs.get(j);
    if (!job) continue;
    const jl = labels.filter((l) => l.job === j && texts.has(l.resume));
    const rs = jl.map((l) => {
      const r = scoreResume({
        profile: profiles.get(l.resume) as ResumeProfile,
        requirements: job.req,
        resumeText: texts.get(l.resume) ?? "",
        jobText: job.text,
      });
      const comp = r.components.map((c) => `${c.key.slice(0, 4)}=${c.score.toFixed(2)}`).join(" ");
      return {
        id: l.resume,
        grade: l.grade,
        score: r.score,
        verdict: r.verdict,
        comp: `${comp} ry=${r.facts.relevantYears}${r.knockouts.length ? " KO" : ""}`,
      };
    });
    ours.set(j, rs);
    const docs = jl.map((l) => texts.get(l.resume) ?? "");
    const t = tfidfCosineScores(job.text, docs);
    const b = bm25Scores(job.text, docs);
    tfidf.set(
      j,
      jl.map((l, i) => ({ id: l.resume, grade: l.grade, score: t[i] ?? 0 })),
    );
    bm25.set(
      j,
      jl.map((l, i) => ({ id: l.resume, grade: l.grade, score: b[i] ?? 0 })),
    );
  }

  const systems: Array<[string, Map<string, Row[]>, boolean]> = [
    ["ours", ours, true],
    ["tfidf", tfidf, false],
    ["bm25", bm25, false],
  ];
  const report: Record<string, unknown> = { engineVersion: ENGINE_VERSION, dir, jobs: {} as Record<string, unknown> };
  const keys: Array<[keyof MetricSet, string]> = [
    ["ndcg5", "NDCG@5"],
    ["ndcg10", "NDCG@10"],
    ["pairwise", "pairwise (all)"],
    ["inField", "pairwise (in-field)"],
    ["verdict", "balanced verdict"],
  ];
  console.log(`Relevance bench — ${ENGINE_VERSION} — ${dir}`);
  console.log(
    `${jobIds.length} jobs, ${resumeFileById.size} resumes; verdict thresholds high ≥ ${DEFAULT_THRESHOLDS.high}, medium ≥ ${DEFAULT_THRESHOLDS.medium}; baselines: verdict n/a\n`,
  );
  const averages = new Map<string, Record<string, number[]>>();
  for (const j of jobIds) {
    console.log(`== ${j}`);
    console.log(`${"metric".padEnd(22)} ${"ours".padStart(7)} ${"tfidf".padStart(7)} ${"bm25".padStart(7)}`);
    const per = systems.map(([name, m, v]) => [name, metrics(m.get(j) ?? [], v)] as const);
    (report.jobs as Record<string, unknown>)[j] = Object.fromEntries(per);
    for (const [k, label] of keys) {
      console.log(`${label.padEnd(22)} ${per.map(([, ms]) => fmt(ms[k]).padStart(7)).join(" ")}`);
      for (const [name, ms] of per) {
        const acc = averages.get(name) ?? {};
        const val = ms[k];
        if (val !== null) acc[k] = [...(acc[k] ?? []), val];
        averages.set(name, acc);
      }
    }
    if (flag("--details")) {
      for (const r of rankByScore(ours.get(j) ?? [])) {
        if (r.grade > 0 || r.score >= DEFAULT_THRESHOLDS.medium - 10) {
          console.log(`   ${r.id} grade ${r.grade} score ${r.score.toFixed(1)} ${r.verdict} ${flag("--components") ? (r.comp ?? "") : ""}`);
        }
      }
    }
    console.log("");
  }
  console.log("== average over jobs");
  console.log(`${"metric".padEnd(22)} ${"ours".padStart(7)} ${"tfidf".padStart(7)} ${"bm25".padStart(7)}`);
  const avgOut: Record<string, Record<string, number | null>> = {};
  for (const [k, label] of keys) {
    const vals = systems.map(([name]) => {
      const xs = averages.get(name)?.[k] ?? [];
      const v = xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null;
      avgOut[name] = { ...(avgOut[name] ?? {}), [k]: v };
      return v;
    });
    console.log(`${label.padEnd(22)} ${vals.map((v) => fmt(v).padStart(7)).join(" ")}`);
  }
  const aucs = systems.map(([name, m]) => {
    const v = pooledAuc(m);
    avgOut[name] = { ...(avgOut[name] ?? {}), pooledAuc: v };
    return v;
  });
  console.log(`${"AUC ≥2 vs 1 (pooled)".padEnd(22)} ${aucs.map((v) => fmt(v).padStart(7)).join(" ")}`);
  report.average = avgOut;

  if (flag("--no-speed")) {
    if (flag("--json")) console.log(JSON.stringify(report, null, 2));
    return;
  }
  // ---------------------------------------------------------------- speed
  const jobList = [...jobs.values()];
  const ids = [...profiles.keys()];
  const pairs: Array<{ p: ResumeProfile; t: string; j: { text: string; req: JobRequirements } }> = [];
  for (const j of jobList) for (const id of ids) pairs.push({ p: profiles.get(id) as ResumeProfile, t: texts.get(id) ?? "", j });
  // Wall time is what a user waits; CPU time of this process is what one core spent (on a shared,
  // busy machine the wall figure understates single-core speed, so both are printed).
  const timed = (fn: () => number) => {
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    const n = fn();
    const wall = (performance.now() - w0) / 1000;
    const cu = process.cpuUsage(c0);
    return { n, wall, cpu: (cu.user + cu.system) / 1e6 };
  };
  // Warm-up, then timed: full scoreResume (explanation included; the job is prepared once and cached).
  for (const x of pairs) scoreResume({ profile: x.p, requirements: x.j.req, resumeText: x.t, jobText: x.j.text });
  const reps = 10;
  const full = timed(() => {
    for (let r = 0; r < reps; r++) {
      for (const x of pairs) scoreResume({ profile: x.p, requirements: x.j.req, resumeText: x.t, jobText: x.j.text });
    }
    return reps * pairs.length;
  });

  // Prepared path: job prepared once per job, resumes prepared once (stored artefacts).
  const prepared = ids.map((id) => prepareResume(profiles.get(id) as ResumeProfile, texts.get(id) ?? ""));
  const preparedJobs = jobList.map((j) => prepareJob(j.req, j.text));
  const fast = timed(() => {
    let n = 0;
    for (let r = 0; r < reps * 5; r++) {
      for (const pj of preparedJobs) {
        for (const pr of prepared) {
          scorePrepared(pj, pr);
          n++;
        }
      }
    }
    return n;
  });

  // Re-ranking 10,000 stored resumes against a new JD: prepareJob once, score all, sort.
  const pool: PreparedResume[] = [];
  for (let i = 0; pool.length < 10_000; i++) pool.push(prepared[i % prepared.length] as PreparedResume);
  const rerank = jobList.map((j) =>
    timed(() => {
      const pj = prepareJob(j.req, j.text);
      const scored = pool.map((pr, i) => ({ i, s: scorePrepared(pj, pr).score }));
      scored.sort((a, b) => b.s - a.s || a.i - b.i);
      return scored.length;
    }),
  );
  // Preparing resumes once (done when they are parsed and stored).
  const prep = timed(() => {
    for (let i = 0; i < 2_000; i++) {
      const id = ids[i % ids.length] as string;
      prepareResume(profiles.get(id) as ResumeProfile, texts.get(id) ?? "");
    }
    return 2_000;
  });
  const rate = (t: { n: number; wall: number; cpu: number }) =>
    `${Math.round(t.n / t.wall)} pairs/s wall, ${Math.round(t.n / Math.max(t.cpu, 1e-9))} pairs/CPU-s`;
  const fullPerSec = full.n / full.wall;
  const preparedPerSec = fast.n / fast.wall;
  const rerankTimes = rerank.map((t) => t.wall);
  const prepareResumeMs = (prep.wall / prep.n) * 1000;
  const load = (await import("node:os")).loadavg()[0] ?? 0;
  console.log(`\n== throughput (one core; machine load average ${load.toFixed(1)})`);
  console.log(`scoreResume, full (explanation included; job and resume artefacts cached): ${rate(full)}`);
  console.log(
    `  without the resume cache (prepareResume every call): ~${Math.round(1 / (prep.cpu / prep.n + full.cpu / full.n))} pairs/CPU-s`,
  );
  console.log(`scorePrepared (stored artefacts, score + verdict):     ${rate(fast)}`);
  console.log(
    `re-rank 10,000 prepared resumes vs a new JD (prepareJob + score + sort): ${rerank
      .map((t) => `${t.wall.toFixed(2)} s wall / ${t.cpu.toFixed(2)} s CPU`)
      .join(", ")}`,
  );
  console.log(
    `prepareResume (once per stored resume): ${prepareResumeMs.toFixed(3)} ms wall, ${((prep.cpu / prep.n) * 1000).toFixed(3)} ms CPU`,
  );
  report.throughput = { fullPerSec, preparedPerSec, rerank10kSeconds: rerankTimes, prepareResumeMs };
  if (flag("--json")) console.log(JSON.stringify(report, null, 2));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : String(err));
  process.exit(1);
});
