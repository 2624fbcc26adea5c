// Property suite on generated variants of labeled resumes (the project's own
// bench/relevance-extra set): gaming a resume never earns a strong verdict,
// irrelevant personal details never move the score, format and dates barely do.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseJobDescription } from "../parse/job";
import { parseResume } from "../parse/resume";
import { getSkill, getTaxonomy } from "../skills/taxonomy";
import { scoreResume } from "./index";

const SET = path.join(import.meta.dirname, "..", "..", "..", "bench", "relevance-extra");
const NOW = new Date("2026-11-15T00:00:00Z");
const read = (p: string) => readFileSync(path.join(SET, p), "utf8");

const grades = new Map<string, number>();
for (const line of read("labels.csv").split(/\r?\n/).slice(1)) {
  const [job, resume, grade] = line.split(",");
  if (job && resume && grade) grades.set(`${job}/${resume}`, Number(grade));
}

const jobs = new Map<string, { text: string; req: ReturnType<typeof parseJobDescription> }>();
function job(id: string) {
  let j = jobs.get(id);
  if (!j) {
    const text = read(`jobs/${id}.txt`);
    j = { text, req: parseJobDescription(text) };
    jobs.set(id, j);
  }
  return j;
}

function score(jobId: string, resumeText: string) {
  const j = job(jobId);
  return scoreResume({ profile: parseResume(resumeText, { now: NOW }), requirements: j.req, resumeText, jobText: j.text });
}

const resume = (id: string) => read(`resumes/${id}.txt`);

/** Lowest score among the job's grade-3 plain-text resumes: what a gamed resume must stay under. */
function lowestStrong(jobId: string, ids: readonly string[]): number {
  return Math.min(...ids.filter((id) => grades.get(`${jobId}/${id}`) === 3).map((id) => score(jobId, resume(id)).score));
}

function mustHaveNames(jobId: string): string[] {
  return job(jobId).req.mustHaveSkills.map((id) => getSkill(id)?.name ?? id);
}

const CASES = [
  { job: "icu-nurse", weak: ["cv-e151", "cv-e240"], strong: ["cv-e103"] },
  { job: "staff-accountant", weak: ["cv-e240", "cv-e254"], strong: ["cv-e205"] },
];

function insertAfterFirstDateLine(text: string, line: string): string {
  const lines = text.split("\n");
  const at = lines.findIndex((l) => /\b(19|20)\d{2}\s*[–-]\s*(present|\w+\s+(19|20)\d{2})/i.test(l));
  lines.splice(at + 1, 0, line);
  return lines.join("\n");
}

describe("stuffing variants never reach high nor the job's weakest strong fit", () => {
  for (const c of CASES) {
    const floor = () => lowestStrong(c.job, c.strong);
    for (const id of c.weak) {
      const base = resume(id);
      const variants: Array<[string, string]> = [
        ["posting pasted visibly", `${base}\n\n${job(c.job).text}`],
        [
          "150-skill list",
          `${base}\n\nSKILLS\n${[
            ...mustHaveNames(c.job),
            ...getTaxonomy()
              .skills.slice(0, 150)
              .map((s) => s.name),
          ].join(", ")}`,
        ],
        ["one keyword bullet", insertAfterFirstDateLine(base, `- ${mustHaveNames(c.job).join(", ")}`)],
        ["20× repetition", `${base}\n\n${Array.from({ length: 20 }, () => mustHaveNames(c.job).join(" ")).join("\n")}`],
      ];
      for (const [name, text] of variants) {
        it(`${c.job} × ${id}: ${name}`, () => {
          const r = score(c.job, text);
          expect(r.verdict).not.toBe("high");
          expect(r.score).toBeLessThan(floor());
        });
      }
    }
  }
});

describe("irrelevant personal details change the score by at most 0.5", () => {
  const swaps: Array<[string, (t: string) => string]> = [
    ["name", (t) => t.replace(/^[^,\n]+/, "Mei-Ling Oyelaran-Novak")],
    ["pronouns", (t) => t.replace(/^(.*)$/m, "$1 (she/her)")],
    [
      "city within the country",
      (t) => t.replace(/\b(Wauwatosa|Milwaukee|Madison), WI\b/, "Green Bay, WI").replace(/\bChicago, IL\b/, "Peoria, IL"),
    ],
    ["graduation year", (t) => t.replace(/(Bachelor[^\n]*?)(20\d\d)/, (_m, a: string, y: string) => `${a}${Number(y) - 1}`)],
  ];
  for (const c of CASES) {
    for (const id of [...c.strong, ...c.weak]) {
      for (const [name, swap] of swaps) {
        it(`${c.job} × ${id}: ${name}`, () => {
          const base = resume(id);
          expect(Math.abs(score(c.job, swap(base)).score - score(c.job, base).score)).toBeLessThanOrEqual(0.5);
        });
      }
    }
  }
});

/** Moves the SKILLS section (heading through the next blank-line-separated heading) to just after the header. */
function skillsFirst(text: string): string {
  const m = /\n(SKILLS[^\n]*\n(?:[^\n]+\n?)*)/.exec(text);
  if (!m?.[1]) return text;
  const without = text.replace(m[1], "");
  const firstBlank = without.indexOf("\n\n");
  return `${without.slice(0, firstBlank)}\n\n${m[1].trim()}\n${without.slice(firstBlank)}`;
}

const DATE_LINE =
  /^\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d{2}\s*[–-]\s*(?:present|current|(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d{2})\s*$/gim;

describe("format and dates", () => {
  for (const c of CASES) {
    for (const id of c.strong) {
      it(`${c.job} × ${id}: sections reordered changes the score by at most 1`, () => {
        const base = resume(id);
        expect(Math.abs(score(c.job, skillsFirst(base)).score - score(c.job, base).score)).toBeLessThanOrEqual(1);
      });
      it(`${c.job} × ${id}: undated roles score within 10 of dated ones`, () => {
        const base = resume(id);
        const undated = base.replace(DATE_LINE, "");
        expect(undated).not.toBe(base);
        expect(Math.abs(score(c.job, undated).score - score(c.job, base).score)).toBeLessThanOrEqual(10);
      });
    }
  }
});

describe("what does not count is said so", () => {
  it("a licence named only as a goal does not clear the licence knockout", () => {
    const base = resume("cv-e240");
    const seeking = base.replace(/\n/, "\nObjective: seeking a Registered Nurse (RN) position in an ICU.\n");
    const r = score("icu-nurse", seeking);
    expect(r.knockouts.map((k) => k.code)).toContain("missing_required_license");
    expect(r.verdict).toBe("low");
  });

  it("text pasted from the posting is flagged with its span and named in the findings", () => {
    const r = score("staff-accountant", `${resume("cv-e254")}\n\n${job("staff-accountant").text}`);
    expect(r.facts.flaggedSpans?.length).toBeGreaterThan(0);
    expect(r.facts.flaggedSpans?.[0]?.reason).toBe("copied_from_posting");
    expect(r.findings.experience).toMatch(/repeat the job posting/);
  });

  it("the posting pasted into a resume does not make its wording look like the job's", () => {
    for (const c of CASES) {
      for (const id of c.weak) {
        const base = score(c.job, resume(id));
        const pasted = score(c.job, `${resume(id)}\n\n${job(c.job).text}`);
        const semantic = (r: typeof base) => r.components.find((x) => x.key === "semantic")?.score ?? Number.NaN;
        expect(semantic(pasted)).toBeLessThanOrEqual(semantic(base) + 0.02);
      }
    }
  });

  it("a role whose bullets are copied from the posting earns no relevant years", () => {
    const responsibilities = job("staff-accountant")
      .text.split("\n")
      .filter((l) => l.startsWith("- "))
      .slice(0, 6);
    const fake = ["Senior Staff Accountant — Ridgeline Outfitters", "Jan 2018 – Apr 2020", ...responsibilities].join("\n");
    const base = resume("cv-e254");
    const withFake = base.replace("Sales Associate — Big Timber", `${fake}\n\nSales Associate — Big Timber`);
    expect(withFake).not.toBe(base);
    const r = score("staff-accountant", withFake);
    const before = score("staff-accountant", base);
    expect(r.facts.relevantYears).toBeLessThanOrEqual(before.facts.relevantYears + 0.5);
    expect(r.score).toBeLessThanOrEqual(before.score + 5);
  });

  it("years of an undated resume are labelled as estimated", () => {
    const r = score("staff-accountant", resume("cv-e205").replace(DATE_LINE, ""));
    expect(r.facts.yearsEstimated).toBe(true);
    expect(r.facts.relevantYears).toBeGreaterThan(0);
    expect(r.findings.experience).toMatch(/estimated/);
  });
});
