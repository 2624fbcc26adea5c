// npm run bench:parse [-- --dir ../shared/bench/relevance-dev] [--rounds 5] [--now 2026-11]
//
// Extracts and parses every resume of a benchmark set, compares the fields with
// fields.csv (conventions in the set's README) and prints per-field accuracy,
// every miss, and throughput (documents/s, p50/p95 ms per document by type,
// measured after a warm-up round, single thread).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { extractText } from "../lib/engine/extract";
import { parseResume } from "../lib/engine/parse";
import { getDefaultSkillMatcher } from "../lib/engine/skills/matcher";
import type { DegreeLevel, ResumeProfile } from "../lib/engine/types";

interface Args {
  dir: string;
  rounds: number;
  now: Date;
}

function parseArgs(argv: string[]): Args {
  const repoRoot = path.resolve(import.meta.dirname, "..");
  let dir = path.resolve(repoRoot, "../shared/bench/relevance-dev");
  let rounds = 5;
  let now = new Date(Date.UTC(2026, 10, 1));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === "--dir" && v) {
      dir = path.resolve(process.cwd(), v);
      i++;
    } else if (a === "--rounds" && v) {
      rounds = Math.max(1, Number(v));
      i++;
    } else if (a === "--now" && v) {
      const [y, m] = v.split("-").map(Number);
      if (!y || !m) throw new Error(`--now expects YYYY-MM, got ${v}`);
      now = new Date(Date.UTC(y, m - 1, 1));
      i++;
    } else {
      throw new Error(`unknown argument: ${a}`);
    }
  }
  return { dir, rounds, now };
}

/** Minimal RFC 4180 CSV reader (quoted fields, doubled quotes, commas inside quotes). */
function readCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      field = "";
      if (row.some((f) => f !== "")) rows.push(row);
      row = [];
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== "")) rows.push(row);
  const [header, ...body] = rows;
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

const DEGREE_LABEL: Record<DegreeLevel, string> = {
  none: "None",
  high_school: "High School",
  diploma: "Diploma",
  associate: "Associate",
  bachelor: "Bachelor",
  master: "Master",
  doctorate: "PhD",
};

function norm(s: string): string {
  return s.trim().toLowerCase();
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx] ?? 0;
}

function pct(n: number, d: number): string {
  return d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const resumeDir = path.join(args.dir, "resumes");
  const truth = readCsv(readFileSync(path.join(args.dir, "fields.csv"), "utf8"));
  const files = readdirSync(resumeDir).sort();
  const byId = new Map(files.map((f) => [f.replace(/\.[^.]+$/, ""), f]));
  const matcher = getDefaultSkillMatcher();

  const docs: { id: string; file: string; ext: string; bytes: Uint8Array }[] = [];
  for (const row of truth) {
    const id = row.resume_id ?? "";
    const file = byId.get(id);
    if (!file) {
      console.log(`missing resume file for ${id}`);
      continue;
    }
    docs.push({ id, file, ext: path.extname(file).slice(1), bytes: new Uint8Array(readFileSync(path.join(resumeDir, file))) });
  }

  const profiles = new Map<string, ResumeProfile>();
  async function runOnce(record: boolean, timings: Map<string, number[]>): Promise<void> {
    for (const d of docs) {
      const t0 = performance.now();
      const extracted = await extractText(d.bytes);
      const profile = parseResume(extracted.text, { now: args.now, matcher, hiddenText: extracted.hiddenText });
      const ms = performance.now() - t0;
      if (record) {
        const list = timings.get(d.ext) ?? [];
        list.push(ms);
        timings.set(d.ext, list);
      }
      profiles.set(d.id, profile);
    }
  }

  // Warm-up (JIT, lazy module loading, matcher compilation), then timed rounds.
  await runOnce(false, new Map());
  const timings = new Map<string, number[]>();
  const wall0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < args.rounds; r++) await runOnce(true, timings);
  const wallMs = performance.now() - wall0;
  const cpu = process.cpuUsage(cpu0);
  // CPU time of this process (user + system, includes GC threads): robust on a shared machine.
  const cpuMs = (cpu.user + cpu.system) / 1000;

  // Parse-only timing (text already extracted) to separate the two costs.
  const texts = await Promise.all(docs.map(async (d) => (await extractText(d.bytes)).text));
  const parseTimes: number[] = [];
  for (let r = 0; r < args.rounds; r++) {
    for (const t of texts) {
      const t0 = performance.now();
      parseResume(t, { now: args.now, matcher });
      parseTimes.push(performance.now() - t0);
    }
  }

  const fields = ["name", "email", "phone", "location", "years", "degree"] as const;
  const hits: Record<(typeof fields)[number], number> = { name: 0, email: 0, phone: 0, location: 0, years: 0, degree: 0 };
  const misses: string[] = [];
  let yearsExact = 0;
  let gtSkills = 0;
  let gtFound = 0;
  let predSkills = 0;
  let predInGt = 0;
  const skillMisses: string[] = [];
  for (const row of truth) {
    const id = row.resume_id ?? "";
    const p = profiles.get(id);
    if (!p) continue;
    const got = {
      name: p.contact.name ?? "",
      email: p.contact.email ?? "",
      phone: p.contact.phone ?? "",
      location: p.contact.location ?? "",
      // An undated resume's total is the parser's estimate (a stated total, graduation or role count).
      years: String(p.totalYearsExperience > 0 ? p.totalYearsExperience : (p.estimatedYears ?? 0)),
      degree: DEGREE_LABEL[p.highestDegree],
    };
    const exp = {
      name: row.name ?? "",
      email: row.email ?? "",
      phone: row.phone ?? "",
      location: row.location ?? "",
      years: row.total_years_experience ?? "",
      degree: row.highest_degree ?? "",
    };
    if (Math.abs(Number(got.years) - Number(exp.years)) <= 0.1 + 1e-9) yearsExact++;
    else
      misses.push(
        `  ${id} years≠   expected ${exp.years} got ${got.years} (within ±1.0: ${Math.abs(Number(got.years) - Number(exp.years)) <= 1 + 1e-9 ? "yes" : "no"})`,
      );
    for (const f of fields) {
      const ok =
        f === "years"
          ? Math.abs(Number(got.years) - Number(exp.years)) <= 1.0 + 1e-9
          : f === "degree"
            ? norm(got.degree) === norm(exp.degree)
            : got[f] === exp[f];
      if (ok) hits[f]++;
      else misses.push(`  ${id} ${f.padEnd(8)} expected ${JSON.stringify(exp[f])} got ${JSON.stringify(got[f])}`);
    }
    const truthSkills = (row.skills ?? "")
      .split("|")
      .map((s) => s.trim())
      .filter(Boolean);
    const have = new Set<string>();
    const listed = [...p.skills, ...(p.customSkills ?? [])];
    for (const s of listed) {
      have.add(norm(s.name));
      have.add(norm(s.id));
    }
    const truthSet = new Set(truthSkills.map(norm));
    // A ground-truth name resolves to a taxonomy id through the matcher (canonical names are aliases of themselves).
    const truthIds = new Set<string>();
    for (const t of truthSkills) for (const m of matcher.match(t, { listContext: () => true })) truthIds.add(m.id);
    const missing: string[] = [];
    for (const t of truthSkills) {
      gtSkills++;
      const ids = matcher.match(t, { listContext: () => true }).map((m) => m.id);
      if (have.has(norm(t)) || ids.some((i) => have.has(i))) gtFound++;
      else missing.push(t);
    }
    for (const s of listed) {
      predSkills++;
      if (truthSet.has(norm(s.name)) || truthIds.has(s.id)) predInGt++;
    }
    if (missing.length > 0) skillMisses.push(`  ${id} missing: ${missing.join(", ")}`);
  }

  const n = truth.length;
  console.log(`bench:parse — ${args.dir}`);
  console.log(
    `documents: ${docs.length} (${[...new Set(docs.map((d) => d.ext))].map((e) => `${docs.filter((d) => d.ext === e).length} ${e}`).join(", ")}); now = ${args.now.toISOString().slice(0, 7)}`,
  );
  console.log("");
  console.log("Field accuracy");
  const targets: Record<string, string> = {
    name: "≥97%",
    email: "100%",
    phone: "100%",
    location: "≥90%",
    years: "≥90% (±1.0)",
    degree: "≥90%",
  };
  for (const f of fields) console.log(`  ${f.padEnd(9)} ${pct(hits[f], n).padStart(7)}  (${hits[f]}/${n})  target ${targets[f]}`);
  console.log(`  years ±0.1 ${pct(yearsExact, n).padStart(6)}  (${yearsExact}/${n})  stricter than the target, for information`);
  console.log(`  skills    recall ${pct(gtFound, gtSkills)} (${gtFound}/${gtSkills})  target ≥90%`);
  console.log(
    `            precision vs the 8–15 salient labels ${pct(predInGt, predSkills)} (${predInGt}/${predSkills}; the labels are a subset, so this is a lower bound)`,
  );
  console.log("");
  console.log(`Misses (${misses.length})`);
  for (const m of misses) console.log(m);
  console.log(`Skill misses (${skillMisses.length} documents)`);
  for (const m of skillMisses) console.log(m);
  console.log("");
  const all = [...timings.values()].flat();
  console.log(`Throughput (extract + parse, 1 thread, ${args.rounds} rounds after warm-up)`);
  console.log(`  ${((all.length / wallMs) * 1000).toFixed(1)} documents/s wall-clock`);
  console.log(
    `  ${((all.length / cpuMs) * 1000).toFixed(1)} documents per CPU-second (${(cpuMs / all.length).toFixed(1)} ms CPU/document)`,
  );
  for (const [ext, list] of [...timings.entries()].sort()) {
    const s = [...list].sort((a, b) => a - b);
    console.log(`  ${ext.padEnd(5)} p50 ${percentile(s, 50).toFixed(2)} ms  p95 ${percentile(s, 95).toFixed(2)} ms  (n=${s.length})`);
  }
  const ps = [...parseTimes].sort((a, b) => a - b);
  console.log(
    `  parse only: p50 ${percentile(ps, 50).toFixed(2)} ms  p95 ${percentile(ps, 95).toFixed(2)} ms  (${matcher.patternCount} skill patterns)`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
