// npm run bench:ocr [-- --dir ../shared/bench/relevance-dev] [--dpi 200] [--limit N] [--only cv-d101,…] [--now 2026-11]
//
// How well scanned resumes are read. Every labeled resume of the set is turned
// into a scan: PDFs have their pages rendered, DOCX and TXT have their text
// typeset on Letter pages and rendered; pages are printed at --dpi, skewed
// 0.4° and saved as JPEG (quality 75) inside a PDF without a text layer, as a
// scanner would. Then the full extraction (OCR included) and the profile parse
// run on the scans and on the originals, and the fields are compared with
// fields.csv: name, e-mail, phone (exact, case-insensitive) and total years
// (± 1). Also prints word recall of the scan text against the original text,
// the OCR confidence, and wall and CPU seconds per scanned page (p50/p95,
// OCR engine start included; single thread, one document at a time; the first
// document's, which starts the OCR engine, is also shown apart).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { DEFAULT_EXTRACT_LIMITS, extractText } from "../lib/engine/extract";
import { parseResume } from "../lib/engine/parse";
import { getDefaultSkillMatcher } from "../lib/engine/skills/matcher";
import type { ResumeProfile } from "../lib/engine/types";
import { percentile } from "./lib/bench-kit";
import { parseCsvLine } from "./lib/csv";
import { imagesToPdf, renderPdfPages, scanImage, textToPdf } from "./lib/scan-maker";

interface Args {
  dir: string;
  dpi: number;
  limit: number;
  only: string[] | null;
  now: Date;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    dir: path.resolve(import.meta.dirname, "../../shared/bench/relevance-dev"),
    dpi: 200,
    limit: Number.POSITIVE_INFINITY,
    only: null,
    now: new Date(Date.UTC(2026, 10, 1)),
  };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === "--dir") args.dir = path.resolve(process.cwd(), value);
    else if (flag === "--dpi") args.dpi = Number(value);
    else if (flag === "--limit") args.limit = Number(value);
    else if (flag === "--only") args.only = value.split(",");
    else if (flag === "--now") {
      const [y, m] = value.split("-").map(Number);
      if (!y || !m) throw new Error(`--now expects YYYY-MM, got ${value}`);
      args.now = new Date(Date.UTC(y, m - 1, 1));
    } else throw new Error(`unknown argument: ${flag}`);
  }
  return args;
}

// Accuracy is measured without the production time budgets (a busy shared machine would
// time pages out); the report counts the pages that took longer than the default page budget.
const BENCH_LIMITS = { timeoutMs: 600_000, textTimeoutMs: 300_000, ocrPageTimeoutMs: 300_000 };

const FIELDS = ["name", "email", "phone", "years"] as const;
type Field = (typeof FIELDS)[number];
type Truth = Record<Field, string>;

function readTruth(dir: string): Map<string, Truth> {
  const [header, ...rows] = readFileSync(path.join(dir, "fields.csv"), "utf8").split(/\r?\n/).filter(Boolean);
  const names = parseCsvLine(header ?? "");
  const out = new Map<string, Truth>();
  for (const line of rows) {
    const cells = parseCsvLine(line);
    const row = Object.fromEntries(names.map((n, i) => [n, cells[i] ?? ""]));
    out.set(row.resume_id ?? "", {
      name: row.name ?? "",
      email: row.email ?? "",
      phone: row.phone ?? "",
      years: row.total_years_experience ?? "",
    });
  }
  return out;
}

function fieldOk(profile: ResumeProfile, truth: Truth, field: Field): boolean {
  if (field === "years") return Math.abs(profile.totalYearsExperience - Number(truth.years)) <= 1 + 1e-9;
  const got = field === "name" ? profile.contact.name : field === "email" ? profile.contact.email : profile.contact.phone;
  return (got ?? "").trim().toLowerCase() === truth[field].trim().toLowerCase();
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}@.+-]+/gu) ?? [];
}

/** Share of the original's words (with multiplicity) that the scan's text also has. */
function wordRecall(original: string, scanned: string): number {
  const counts = new Map<string, number>();
  for (const w of words(scanned)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const expected = words(original);
  let found = 0;
  for (const w of expected) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      found++;
      counts.set(w, n - 1);
    }
  }
  return expected.length === 0 ? 1 : found / expected.length;
}

/** The original as a scanner would return it: a PDF of JPEG page images at `dpi`. */
async function makeScan(bytes: Uint8Array, ext: string, originalText: string, dpi: number): Promise<Uint8Array> {
  const printable = ext === "pdf" ? bytes : await textToPdf(originalText);
  const pages = await renderPdfPages(printable, dpi);
  const images = await Promise.all(pages.map((page) => scanImage(page, { skew: 0.4, jpegQuality: 75 })));
  return imagesToPdf(images, dpi);
}

interface Row {
  id: string;
  original: ResumeProfile;
  scan: ResumeProfile | null;
  error?: string;
  pages: number;
  wallMs: number;
  cpuMs: number;
  recall: number;
  confidence: number;
}

async function benchOne(id: string, file: string, args: Args): Promise<Row> {
  const bytes = new Uint8Array(readFileSync(file));
  const ext = path.extname(file).slice(1);
  const matcher = getDefaultSkillMatcher();
  const originalDoc = await extractText(bytes);
  const original = parseResume(originalDoc.text, { now: args.now, matcher, hiddenText: originalDoc.hiddenText });
  const scanBytes = await makeScan(bytes, ext, originalDoc.text, args.dpi);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    const doc = await extractText(scanBytes, BENCH_LIMITS);
    const wallMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const scan = parseResume(doc.text, { now: args.now, matcher });
    return {
      id,
      original,
      scan,
      pages: doc.pageCount ?? 1,
      wallMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
      recall: wordRecall(originalDoc.text, doc.text),
      confidence: doc.ocr?.confidence ?? Number.NaN,
    };
  } catch (error) {
    return { id, original, scan: null, error: String(error), pages: 0, wallMs: 0, cpuMs: 0, recall: 0, confidence: Number.NaN };
  }
}

function report(rows: Row[], truth: Map<string, Truth>, args: Args): void {
  const pct = (n: number) => `${((100 * n) / rows.length).toFixed(1)}%`;
  console.log(`\nScans at ${args.dpi} dpi of ${rows.length} resumes (${args.dir})`);
  console.log("field   originals  scans");
  const misses: string[] = [];
  for (const field of FIELDS) {
    let orig = 0;
    let scan = 0;
    for (const r of rows) {
      const t = truth.get(r.id);
      if (!t) continue;
      const o = fieldOk(r.original, t, field);
      const s = r.scan !== null && fieldOk(r.scan, t, field);
      if (o) orig++;
      if (s) scan++;
      if (o && !s)
        misses.push(`  ${r.id} ${field}: expected ${JSON.stringify(t[field])}, scan gave ${JSON.stringify(scanField(r.scan, field))}`);
    }
    console.log(`${field.padEnd(8)}${pct(orig).padStart(9)}  ${pct(scan).padStart(6)}`);
  }
  if (misses.length > 0) console.log(`Right on the original, wrong on the scan:\n${misses.join("\n")}`);
  for (const r of rows) if (r.error) console.log(`  ${r.id} scan failed: ${r.error}`);
  const read = rows.filter((r) => r.scan !== null);
  const perPageWall = read.map((r) => r.wallMs / 1000 / r.pages);
  const perPageCpu = read.map((r) => r.cpuMs / 1000 / r.pages);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  console.log(`word recall of scan text vs original text: mean ${(100 * mean(read.map((r) => r.recall))).toFixed(1)}%`);
  console.log(`OCR confidence: mean ${(100 * mean(read.map((r) => r.confidence))).toFixed(1)}%`);
  const pages = read.reduce((a, r) => a + r.pages, 0);
  const overBudget = perPageWall.filter((sec) => sec * 1000 > DEFAULT_EXTRACT_LIMITS.ocrPageTimeoutMs).length;
  console.log(
    `documents whose pages averaged over the default page budget (${DEFAULT_EXTRACT_LIMITS.ocrPageTimeoutMs / 1000} s): ${overBudget}`,
  );
  console.log(
    `seconds per page (${pages} pages): wall p50 ${percentile(perPageWall, 50).toFixed(2)} p95 ${percentile(perPageWall, 95).toFixed(2)}` +
      ` · CPU p50 ${percentile(perPageCpu, 50).toFixed(2)} p95 ${percentile(perPageCpu, 95).toFixed(2)}`,
  );
  // The first document pays for starting the OCR engine (its threads and models); the others reuse it.
  const warm = perPageCpu.slice(1);
  console.log(
    `  first document (engine start included): CPU ${(perPageCpu[0] ?? 0).toFixed(2)} s/page;` +
      ` the others: CPU p50 ${percentile(warm, 50).toFixed(2)} p95 ${percentile(warm, 95).toFixed(2)} max ${Math.max(0, ...warm).toFixed(2)}`,
  );
}

function scanField(profile: ResumeProfile | null, field: Field): string | number | null {
  if (!profile) return null;
  if (field === "years") return profile.totalYearsExperience;
  return profile.contact[field];
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const truth = readTruth(args.dir);
  const resumeDir = path.join(args.dir, "resumes");
  const files = readdirSync(resumeDir)
    .filter((f) => truth.has(f.replace(/\.[^.]+$/, "")) && (args.only === null || args.only.includes(f.replace(/\.[^.]+$/, ""))))
    .sort()
    .slice(0, args.limit);
  const rows: Row[] = [];
  for (const f of files) {
    const row = await benchOne(f.replace(/\.[^.]+$/, ""), path.join(resumeDir, f), args);
    process.stderr.write(
      `${row.id}: ${row.pages} page(s), ${(row.wallMs / 1000).toFixed(1)} s, recall ${(100 * row.recall).toFixed(0)}%\n`,
    );
    rows.push(row);
  }
  report(rows, truth, args);
}

await main();
