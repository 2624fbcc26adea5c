// The property suite over every labeled set the repository can reach: for
// each job (the tune jobs only of sets with a frozen test split), generated
// variants of its own labeled resumes. Gaming never earns "high" nor the
// job's weakest strong-fit score; irrelevant personal details move the score
// by at most 0.5; format by at most 1; dropping the dates by at most 10. The
// hidden-text variants are real PDFs (the posting in white, under a white
// box, through a soft mask that lets nothing through) read by the extractor.
//
// Properties the engine does not hold yet are listed in KNOWN_FAILURES and
// run with it.fails: each fails this suite the day it starts holding, so the
// list only shrinks.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractText } from "../extract/extract-core";
import { makePdf, type PdfDoc } from "../extract/test-fixtures";
import { parseJobDescription } from "../parse/job";
import { parseResume } from "../parse/resume";
import { getSkill, getTaxonomy } from "../skills/taxonomy";
import type { HiddenTextReport } from "../extract/types";
import { scoreResume } from "./index";

const REPO = path.join(import.meta.dirname, "..", "..", "..");
const NOW = new Date("2026-11-15T00:00:00Z");

/** A shared set sits beside the repository (../shared) or at /work/shared on the team's machine. */
function sharedSet(name: string): string | null {
  return [path.join(REPO, "..", "shared", "bench", name), path.join("/work/shared/bench", name)].find((d) => existsSync(d)) ?? null;
}

const SET_DIRS = [
  sharedSet("relevance-dev"),
  path.join(REPO, "bench", "relevance-extra"),
  sharedSet("relevance-holdout-1"),
  path.join(REPO, "bench", "relevance-new-1"),
  path.join(REPO, "bench", "relevance-new-2"),
  path.join(REPO, "bench", "relevance-new-3"),
  path.join(REPO, "bench", "relevance-new-4"),
].filter((d): d is string => !!d && existsSync(d));

interface LabeledSet {
  name: string;
  dir: string;
  jobs: string[];
  grades: Map<string, number>;
  /** Resume id → plain text: the .txt resume, or the readable draft a set renders its files from. */
  texts: Map<string, string>;
}

/** Jobs a suite may look at: all of a set without a split, only the tune jobs of a set with one (test jobs are never read). */
function usableJobs(dir: string): string[] {
  const split = path.join(dir, "split.json");
  if (existsSync(split)) return (JSON.parse(readFileSync(split, "utf8")) as { tune: string[] }).tune;
  return readdirSync(path.join(dir, "jobs"))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -4));
}

function loadSet(dir: string): LabeledSet {
  const jobs = usableJobs(dir);
  const grades = new Map<string, number>();
  for (const line of readFileSync(path.join(dir, "labels.csv"), "utf8").split(/\r?\n/).slice(1)) {
    const [job, resume, grade] = line.split(",");
    if (job && resume && grade && jobs.includes(job)) grades.set(`${job}/${resume}`, Number(grade));
  }
  const texts = new Map<string, string>();
  for (const sub of ["resumes", "src"]) {
    const d = path.join(dir, sub);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).filter((f) => f.endsWith(".txt"))) texts.set(f.slice(0, -4), readFileSync(path.join(d, f), "utf8"));
  }
  return { name: path.basename(dir), dir, jobs, grades, texts };
}

const SETS = SET_DIRS.map(loadSet);

const jobCache = new Map<string, { text: string; req: ReturnType<typeof parseJobDescription> }>();
function job(set: LabeledSet, id: string) {
  const key = `${set.name}/${id}`;
  let j = jobCache.get(key);
  if (!j) {
    const text = readFileSync(path.join(set.dir, "jobs", `${id}.txt`), "utf8");
    j = { text, req: parseJobDescription(text) };
    jobCache.set(key, j);
  }
  return j;
}

function score(set: LabeledSet, jobId: string, resumeText: string, hiddenText?: HiddenTextReport) {
  const j = job(set, jobId);
  const profile = parseResume(resumeText, { now: NOW, ...(hiddenText ? { hiddenText } : {}) });
  return scoreResume({ profile, requirements: j.req, resumeText, jobText: j.text });
}

function withGrade(set: LabeledSet, jobId: string, pick: (g: number) => boolean): string[] {
  return [...set.texts.keys()].filter((id) => pick(set.grades.get(`${jobId}/${id}`) ?? -1)).sort();
}

const mustHaveNames = (set: LabeledSet, jobId: string) => job(set, jobId).req.mustHaveSkills.map((id) => getSkill(id)?.name ?? id);

// --- Variants ---

function insertAfterFirstDateLine(text: string, line: string): string {
  const lines = text.split("\n");
  const at = lines.findIndex((l) => /\b(19|20)\d{2}\s*[–-]\s*(present|current|\w+\.?\s+(19|20)\d{2}|(19|20)\d{2})/i.test(l));
  lines.splice(at < 0 ? 3 : at + 1, 0, line);
  return lines.join("\n");
}

function stuffingVariants(set: LabeledSet, jobId: string, base: string): [string, string][] {
  const musts = mustHaveNames(set, jobId);
  const many = [
    ...musts,
    ...getTaxonomy()
      .skills.slice(0, 150)
      .map((s) => s.name),
  ];
  return [
    ["posting pasted visibly", `${base}\n\n${job(set, jobId).text}`],
    ["150-skill list", `${base}\n\nSKILLS\n${many.join(", ")}`],
    ["one keyword bullet", insertAfterFirstDateLine(base, `- ${musts.join(", ")}`)],
    ["20× repetition", `${base}\n\n${Array.from({ length: 20 }, () => musts.join(" ")).join("\n")}`],
  ];
}

const US_STATE = /^([A-Z][A-Za-z.' -]+), ([A-Z]{2})$/;
/** "Leeds, West Yorkshire": a region written as a word, so "Michelle Fernandes, PCP" (a post-nominal) is no place. */
const NAMED_REGION = /^([A-Z][A-Za-z.' -]+), ([A-Z][a-z][A-Za-z ]*)$/;
/** "City, Region" places in the headers (first five lines) of a set's resumes, by region. */
function placesByRegion(set: LabeledSet): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const text of set.texts.values()) {
    for (const line of text.split("\n").slice(0, 5)) {
      for (const part of line.split(/\s*[·|•]\s*/)) {
        const m = US_STATE.exec(part.trim()) ?? NAMED_REGION.exec(part.trim());
        if (m?.[1] && m[2] && !/@|\d/.test(part)) out.set(m[2], (out.get(m[2]) ?? new Set()).add(m[1]));
      }
    }
  }
  return out;
}

/** Swaps the header's city for another city of the same region found elsewhere in the set; the text unchanged when none. */
function swapCity(set: LabeledSet, text: string): string {
  const places = placesByRegion(set);
  const lines = text.split("\n");
  for (const [k, line] of lines.slice(0, 5).entries()) {
    for (const part of line.split(/\s*[·|•]\s*/)) {
      const m = US_STATE.exec(part.trim()) ?? NAMED_REGION.exec(part.trim());
      const other = m?.[2] ? [...(places.get(m[2]) ?? [])].sort().find((c) => c !== m[1]) : undefined;
      if (!m?.[1] || !other) continue;
      lines[k] = line.replace(`${m[1]}, ${m[2]}`, `${other}, ${m[2]}`);
      return lines.join("\n");
    }
  }
  return text;
}

/** The first year of the EDUCATION section moved one year earlier. */
function shiftGraduation(text: string): string {
  const m = /\n(EDUCATION|Education)[^\n]*\n/.exec(text);
  if (!m) return text;
  const at = m.index + m[0].length;
  return text.slice(0, at) + text.slice(at).replace(/\b(19|20)(\d\d)\b/, (_y, c: string, d: string) => String(Number(c + d) - 1));
}

const SWAPS: [string, (set: LabeledSet, t: string) => string][] = [
  ["name", (_s, t) => t.replace(/^[^,\n|·]+/, "Mei-Ling Oyelaran-Novak")],
  ["pronouns", (_s, t) => t.replace(/^(.*)$/m, "$1 (she/her)")],
  ["city within the region", swapCity],
  ["graduation year", (_s, t) => shiftGraduation(t)],
];

/** Moves the skills section (heading through the next blank line) to just after the header. */
function skillsFirst(text: string): string {
  const m = /\n((?:SKILLS|Skills|CORE SKILLS|Core Skills|KEY SKILLS|Key Skills|TECHNICAL SKILLS)[^\n]*\n(?:[^\n]+\n?)*)/.exec(text);
  if (!m?.[1]) return text;
  const without = text.replace(m[1], "");
  const firstBlank = without.indexOf("\n\n");
  return `${without.slice(0, firstBlank)}\n\n${m[1].trim()}\n${without.slice(firstBlank)}`;
}

const FORMATS: [string, (t: string) => string][] = [
  ["skills section first", skillsFirst],
  ["other bullet glyph", (t) => t.replace(/^(\s*)[-*•]\s+/gm, "$1▪ ")],
];

const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
const RANGE = `(?:${MONTH}\\s+)?(?:19|20)\\d{2}\\s*(?:[–-]|to)\\s*(?:present|current|now|(?:${MONTH}\\s+)?(?:19|20)\\d{2})`;
/** Every date range of the resume removed (with a separator left hanging before it), on its own line or after a role. */
function undated(text: string): string {
  return text.replace(new RegExp(`\\s*[,|·(—–-]?\\s*${RANGE}\\)?`, "gi"), "");
}

// --- PDFs: the resume typed on a page, and the posting hidden on it three ways ---

type Hide = "white text" | "under a white box" | "through a black soft mask";

/** Types lines down the page the way a word processor would: long lines wrap, pages break. */
function typeLines(doc: PdfDoc, lines: readonly string[], size = 9): void {
  doc.font("Helvetica").fontSize(size);
  for (const line of lines) {
    if (line.trim() === "") doc.moveDown(0.6);
    else doc.text(line, 50, undefined, { width: 500 });
  }
}

/** The resume as a PDF, with the posting on a page of its own made invisible in the given way. */
function resumePdf(resume: string, posting: string | null, hide: Hide | null): Promise<Uint8Array> {
  return makePdf((doc) => {
    typeLines(doc, resume.split("\n"));
    if (!posting || !hide) return;
    doc.addPage();
    typeLines(doc, ["References available on request."]);
    const raw = doc as unknown as {
      ref(d: Record<string, unknown>): { end(data?: string): void };
      page: { ext_gstates: Record<string, unknown> };
    };
    doc.save();
    if (hide === "white text") doc.fillColor("#ffffff");
    if (hide === "through a black soft mask") {
      const group = raw.ref({ Type: "XObject", Subtype: "Form", BBox: [0, 0, 612, 792], Group: { S: "Transparency", CS: "DeviceRGB" } });
      group.end("0 g 0 0 612 792 re f");
      const gs = raw.ref({ Type: "ExtGState", SMask: { Type: "Mask", S: "Luminosity", G: group } });
      gs.end();
      raw.page.ext_gstates.GsHide = gs;
      doc.addContent("/GsHide gs");
    }
    const lines = posting.split("\n").slice(0, 50);
    let y = 80;
    doc.fontSize(8);
    for (const line of lines) {
      if (line.trim() !== "") doc.text(line.slice(0, 120), 50, y, { lineBreak: false });
      y += 11;
    }
    doc.restore();
    if (hide === "under a white box") doc.rect(40, 70, 540, y - 60).fill("#ffffff");
  });
}

async function scorePdf(set: LabeledSet, jobId: string, pdf: Uint8Array) {
  const out = await extractText(pdf);
  return { result: score(set, jobId, out.text, out.hiddenText), hidden: out.hiddenText };
}

// --- The suite ---

/** "set/job × resume: property" names of properties the engine does not hold yet (found by this suite on its first run). */
const KNOWN_FAILURES = new Set<string>([
  "relevance-new-1/maths-teacher-uk × cv-n766: undated",
  "relevance-new-3/sap-fico-consultant-in × cv-q239: one keyword bullet",
]);

function check(name: string, body: () => void | Promise<void>, timeout?: number): void {
  if (KNOWN_FAILURES.has(name)) it.fails(name, body, timeout);
  else it(name, body, timeout);
}

for (const set of SETS) {
  for (const jobId of set.jobs) {
    const weak = [...withGrade(set, jobId, (g) => g === 1), ...withGrade(set, jobId, (g) => g === 0)].slice(0, 2);
    const strong = withGrade(set, jobId, (g) => g === 3);
    const at = `${set.name}/${jobId}`;
    const floor = () => Math.min(...strong.map((id) => score(set, jobId, set.texts.get(id) ?? "").score));

    if (weak.length > 0)
      describe(`${at}: stuffing never reaches high nor the weakest grade 3`, () => {
        for (const id of weak) {
          const base = set.texts.get(id) ?? "";
          for (const [variant, text] of stuffingVariants(set, jobId, base)) {
            check(`${at} × ${id}: ${variant}`, () => {
              const r = score(set, jobId, text);
              expect(r.verdict).not.toBe("high");
              if (strong.length > 0) expect(r.score).toBeLessThan(floor());
            });
          }
        }
        const first = weak[0];
        if (!first) return;
        for (const hide of ["white text", "under a white box", "through a black soft mask"] as const) {
          check(
            `${at} × ${first}: posting hidden in a PDF, ${hide}`,
            async () => {
              const { result, hidden } = await scorePdf(
                set,
                jobId,
                await resumePdf(set.texts.get(first) ?? "", job(set, jobId).text, hide),
              );
              expect(hidden?.chars ?? 0).toBeGreaterThan(200);
              expect(result.verdict).not.toBe("high");
              if (strong.length > 0) expect(result.score).toBeLessThan(floor());
            },
            30_000,
          );
        }
      });

    describe(`${at}: personal details move the score by at most 0.5`, () => {
      for (const id of [...strong.slice(0, 2), ...weak]) {
        const base = set.texts.get(id) ?? "";
        for (const [swap, apply] of SWAPS) {
          const swapped = apply(set, base);
          // A swap with nothing to act on (no city with a neighbour in the set, no education year) is not a variant.
          if (swapped === base) continue;
          check(`${at} × ${id}: ${swap}`, () => {
            expect(Math.abs(score(set, jobId, swapped).score - score(set, jobId, base).score)).toBeLessThanOrEqual(0.5);
          });
        }
      }
    });

    if (strong.length > 0)
      describe(`${at}: format moves the score by at most 1, dates by at most 10`, () => {
        for (const id of strong.slice(0, 2)) {
          const base = set.texts.get(id) ?? "";
          for (const [format, apply] of FORMATS) {
            const changed = apply(base);
            if (changed === base) continue;
            check(`${at} × ${id}: ${format}`, () => {
              expect(Math.abs(score(set, jobId, changed).score - score(set, jobId, base).score)).toBeLessThanOrEqual(1);
            });
          }
          check(
            `${at} × ${id}: typed into a PDF`,
            async () => {
              const { result } = await scorePdf(set, jobId, await resumePdf(base, null, null));
              expect(Math.abs(result.score - score(set, jobId, base).score)).toBeLessThanOrEqual(1);
            },
            30_000,
          );
          const noDates = undated(base);
          if (noDates !== base) {
            check(`${at} × ${id}: undated`, () => {
              expect(Math.abs(score(set, jobId, noDates).score - score(set, jobId, base).score)).toBeLessThanOrEqual(10);
            });
          }
        }
      });
  }
}

describe("the suite reaches the labeled sets", () => {
  it("covers at least the jobs of relevance-extra and the tune jobs of the new sets", () => {
    const names = SETS.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["relevance-extra", "relevance-new-1", "relevance-new-2"]));
    expect(SETS.reduce((n, s) => n + s.jobs.length, 0)).toBeGreaterThanOrEqual(13);
  });
});
