// Finds and loads every labeled relevance set (jobs, resumes, grades, optional
// frozen test split) for `bench:relevance` and `calibrate`.
//
// Sets: the project's own `bench/relevance-*/` and those of a shared bench folder
// (`RELEVANCE_SETS_DIR`, else the nearest `shared/bench` above the checkout). A set
// with the same name in both is read once, from the project. A set's `split.json`
// (`{ "test": [jobIds] }`) names jobs that are never used for fitting.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseJobDescription, parseResume } from "../../lib/engine";
import { extractText } from "../../lib/engine/extract";
import { prepareJob, prepareResume } from "../../lib/engine/score";
import type { LabeledFeatures } from "../../lib/engine/score/calibration-fit";
import { computeComponents, scoreFeatures } from "../../lib/engine/score/evaluate";
import type { JobRequirements, ResumeProfile } from "../../lib/engine/types";
import { parseCsvLine } from "./csv";

export const BENCH_NOW = new Date("2026-11-15T00:00:00Z");

export interface Label {
  job: string;
  resume: string;
  grade: number;
}

export interface RelevanceSet {
  name: string;
  dir: string;
  labels: Label[];
  jobs: Map<string, { text: string; req: JobRequirements }>;
  texts: Map<string, string>;
  profiles: Map<string, ResumeProfile>;
  /** Jobs of the set's frozen test split (never fitted on). */
  testJobs: Set<string>;
}

function readLabels(dir: string): Label[] {
  const lines = readFileSync(path.join(dir, "labels.csv"), "utf8").split(/\r?\n/).filter(Boolean);
  const header = parseCsvLine(lines[0] ?? "");
  const ji = header.indexOf("job_id");
  const ri = header.indexOf("resume_id");
  const gi = header.indexOf("grade");
  if (ji < 0 || ri < 0 || gi < 0) throw new Error(`${dir}/labels.csv needs job_id, resume_id and grade columns`);
  return lines.slice(1).map((l) => {
    const f = parseCsvLine(l);
    return { job: f[ji] ?? "", resume: f[ri] ?? "", grade: Number(f[gi]) };
  });
}

const splitSchema = z.object({ test: z.array(z.string()) });

function readSplit(dir: string): Set<string> {
  const file = path.join(dir, "split.json");
  if (!existsSync(file)) return new Set();
  const parsed = splitSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: expected { "test": [jobIds] } (${parsed.error.issues[0]?.message ?? "invalid"})`);
  return new Set(parsed.data.test);
}

const isSet = (dir: string) => existsSync(path.join(dir, "labels.csv")) && existsSync(path.join(dir, "jobs"));

function setsUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((n) => n.startsWith("relevance-") && statSync(path.join(root, n)).isDirectory())
    .map((n) => path.join(root, n))
    .filter(isSet);
}

function sharedBenchDir(repoRoot: string): string | null {
  const env = process.env.RELEVANCE_SETS_DIR;
  if (env) return env;
  let dir = repoRoot;
  for (let i = 0; i < 4; i++) {
    dir = path.dirname(dir);
    const candidate = path.join(dir, "shared", "bench");
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** Directories of all labeled sets, the project's first; `only` restricts to given directories. */
export function discoverSets(repoRoot: string, only: readonly string[] = []): string[] {
  if (only.length > 0) return only.map((d) => path.resolve(d));
  const own = setsUnder(path.join(repoRoot, "bench"));
  const names = new Set(own.map((d) => path.basename(d)));
  const shared = sharedBenchDir(repoRoot);
  const theirs = shared ? setsUnder(shared).filter((d) => !names.has(path.basename(d))) : [];
  return [...own, ...theirs].sort((a, b) => path.basename(a).localeCompare(path.basename(b)));
}

export async function loadSet(dir: string): Promise<RelevanceSet> {
  const labels = readLabels(dir);
  const jobIds = [...new Set(labels.map((l) => l.job))].sort();
  const texts = new Map<string, string>();
  const profiles = new Map<string, ResumeProfile>();
  for (const file of readdirSync(path.join(dir, "resumes")).sort()) {
    const id = file.replace(/\.[^.]+$/, "");
    const doc = await extractText(new Uint8Array(readFileSync(path.join(dir, "resumes", file))));
    texts.set(id, doc.text);
    profiles.set(id, parseResume(doc.text, { now: BENCH_NOW, hiddenText: doc.hiddenText }));
  }
  const jobs = new Map<string, { text: string; req: JobRequirements }>();
  for (const j of jobIds) {
    const text = readFileSync(path.join(dir, "jobs", `${j}.txt`), "utf8");
    jobs.set(j, { text, req: parseJobDescription(text) });
  }
  return { name: path.basename(dir), dir, labels, jobs, texts, profiles, testJobs: readSplit(dir) };
}

export interface SetFeatures extends LabeledFeatures {
  set: string;
  /** The job is in the set's test split. */
  test: boolean;
}

/** The calibrated layer's input for every labeled pair of a set (job keys are `set:job`). */
export function labeledFeatures(set: RelevanceSet): SetFeatures[] {
  const out: SetFeatures[] = [];
  for (const [j, job] of set.jobs) {
    const pj = prepareJob(job.req, job.text);
    for (const l of set.labels) {
      if (l.job !== j || !set.texts.has(l.resume)) continue;
      const pr = prepareResume(set.profiles.get(l.resume) as ResumeProfile, set.texts.get(l.resume) ?? "");
      const { features } = scoreFeatures(pj, pr, computeComponents(pj, pr));
      out.push({ set: set.name, job: `${set.name}:${j}`, id: l.resume, grade: l.grade, features, test: set.testJobs.has(j) });
    }
  }
  return out;
}
