// `rank`: score resumes against one job description and print them best first.
//
//   npm run --silent cli -- rank [--json] --jd JOB_FILE RESUME_FILE...
//
// Flags may appear in any order. With --json, stdout carries exactly one JSON
// array (one object per resume, `file` as given); anything else goes to stderr.
// A resume that cannot be read or parsed is listed with `score: null` and an
// `error`, and the others are still ranked.
import { isEngineError } from "../../lib/engine/errors";
import { parseJobDescription, parseResume } from "../../lib/engine/parse";
import { ENGINE_VERSION, type EvaluationResult, scoreResume } from "../../lib/engine/score";
import { readDocument } from "./document";

export interface RankRow {
  file: string;
  score: number | null;
  verdict: EvaluationResult["verdict"] | null;
  matchedSkills: string[];
  missingSkills: string[];
  missingNiceToHave: string[];
  knockouts: EvaluationResult["knockouts"];
  feedback: string[];
  summary: string | null;
  findings: EvaluationResult["findings"] | null;
  components: Array<{ key: string; score: number; weight: number }>;
  engineVersion: string;
  error?: string;
}

interface RankArgs {
  json: boolean;
  jd: string | null;
  files: string[];
  help: boolean;
  errors: string[];
}

export function parseRankArgs(argv: readonly string[]): RankArgs {
  const out: RankArgs = { json: false, jd: null, files: [], help: false, errors: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--json") out.json = true;
    else if (a === "--help" || a === "-h") out.help = true;
    else if (a === "--jd") {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith("--")) out.errors.push("--jd needs a file path");
      else out.jd = v;
      i++;
    } else if (a.startsWith("--jd=")) out.jd = a.slice(5);
    else if (a === "--") continue;
    else if (a.startsWith("--")) out.errors.push(`unknown flag ${a}`);
    else out.files.push(a);
  }
  if (!out.help && out.jd === null) out.errors.push("missing --jd JOB_FILE");
  if (!out.help && out.files.length === 0) out.errors.push("give at least one RESUME_FILE");
  return out;
}

export const RANK_USAGE = "usage: rank [--json] --jd JOB_FILE RESUME_FILE...";

function describeError(err: unknown): string {
  if (isEngineError(err)) return err.userMessage;
  if (err && typeof err === "object" && "code" in err && (err as { code?: unknown }).code === "ENOENT") {
    return "File not found.";
  }
  if (err && typeof err === "object" && "code" in err && (err as { code?: unknown }).code === "EISDIR") {
    return "Path is a directory, not a file.";
  }
  return "The file could not be read as a resume.";
}

async function readDocumentText(file: string): Promise<string> {
  return (await readDocument(file)).text;
}

function rowFromEvaluation(file: string, r: EvaluationResult): RankRow {
  return {
    file,
    score: r.score,
    verdict: r.verdict,
    matchedSkills: [...r.matchedMustHave, ...r.matchedNiceToHave].map((m) => m.name),
    missingSkills: r.missingMustHave.map((m) => m.name),
    missingNiceToHave: r.missingNiceToHave.map((m) => m.name),
    knockouts: r.knockouts,
    feedback: r.feedback,
    summary: r.summary,
    findings: r.findings,
    components: r.components.map((c) => ({ key: c.key, score: c.score, weight: c.weight })),
    engineVersion: r.engineVersion,
  };
}

function errorRow(file: string, error: string): RankRow {
  return {
    file,
    score: null,
    verdict: null,
    matchedSkills: [],
    missingSkills: [],
    missingNiceToHave: [],
    knockouts: [],
    feedback: [],
    summary: null,
    findings: null,
    components: [],
    engineVersion: ENGINE_VERSION,
    error,
  };
}

/** Best first; unreadable resumes last; ties keep the order given on the command line. */
export function sortRows(rows: readonly RankRow[]): RankRow[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (b.r.score ?? Number.NEGATIVE_INFINITY) - (a.r.score ?? Number.NEGATIVE_INFINITY) || a.i - b.i)
    .map((x) => x.r);
}

export function formatTable(rows: readonly RankRow[]): string {
  const lines = [`${"#".padStart(3)}  ${"score".padStart(5)}  ${"verdict".padEnd(7)}  file`];
  rows.forEach((r, i) => {
    const score = r.score === null ? "  -  " : r.score.toFixed(1).padStart(5);
    lines.push(`${String(i + 1).padStart(3)}  ${score}  ${(r.verdict ?? "error").padEnd(7)}  ${r.file}`);
    if (r.error) {
      lines.push(`${" ".repeat(17)}error: ${r.error}`);
      return;
    }
    if (r.knockouts.length) lines.push(`${" ".repeat(17)}knockout: ${r.knockouts.map((k) => k.message).join(" ")}`);
    const shown = r.matchedSkills.slice(0, 10).join(", ");
    const more = r.matchedSkills.length > 10 ? ` (+${r.matchedSkills.length - 10} more)` : "";
    lines.push(`${" ".repeat(17)}matched: ${shown || "none"}${more}`);
    if (r.missingSkills.length) lines.push(`${" ".repeat(17)}missing: ${r.missingSkills.join(", ")}`);
    if (r.summary) lines.push(`${" ".repeat(17)}${r.summary}`);
  });
  return lines.join("\n");
}

export interface RankIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const defaultIo: RankIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

/** Runs the command; returns the process exit code. */
export async function runRank(argv: readonly string[], io: RankIo = defaultIo): Promise<number> {
  const args = parseRankArgs(argv);
  if (args.help) {
    io.stdout(`${RANK_USAGE}\n`);
    return 0;
  }
  if (args.errors.length > 0 || args.jd === null) {
    io.stderr(`${args.errors.join("; ")}\n${RANK_USAGE}\n`);
    return 2;
  }
  // Libraries must not write to stdout while --json output is being produced.
  const saved = { log: console.log, info: console.info, warn: console.warn, debug: console.debug };
  const toStderr = (...xs: unknown[]) => io.stderr(`${xs.map(String).join(" ")}\n`);
  console.log = toStderr;
  console.info = toStderr;
  console.warn = toStderr;
  console.debug = toStderr;
  try {
    let jobText: string;
    try {
      jobText = await readDocumentText(args.jd);
    } catch (err) {
      io.stderr(`cannot read job description ${args.jd}: ${describeError(err)}\n`);
      return 1;
    }
    const requirements = parseJobDescription(jobText);
    const now = new Date();
    const rows: RankRow[] = [];
    for (const file of args.files) {
      try {
        const text = await readDocumentText(file);
        const profile = parseResume(text, { now });
        rows.push(rowFromEvaluation(file, scoreResume({ profile, requirements, resumeText: text, jobText })));
      } catch (err) {
        rows.push(errorRow(file, describeError(err)));
      }
    }
    const sorted = sortRows(rows);
    io.stdout(args.json ? `${JSON.stringify(sorted, null, 2)}\n` : `${formatTable(sorted)}\n`);
    return 0;
  } finally {
    Object.assign(console, saved);
  }
}
