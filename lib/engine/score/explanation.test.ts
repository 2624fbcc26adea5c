import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseJobDescription } from "../parse/job";
import { parseResume } from "../parse/resume";
import type { JobRequirements } from "../types";
import { type Explanation, buildExplanation } from "./explanation";
import { eligibilityNote, eligibilityStatus } from "./explanation-eligibility";
import { cleanFields } from "./explanation-text";
import { scoreResume } from "./index";
import type { EvaluationResult } from "./schema";
import { createScorer } from "./scorer";
import { buildJob, buildResume, DATA_JOB_TEXT, testLookup } from "./test-helpers";

const NOW = new Date("2026-11-15T00:00:00Z");
const REPO = path.join(import.meta.dirname, "..", "..", "..");

// The shared labeled dev set sits beside the repository (../shared), or at /work/shared on the team's machine.
const DEV_SET = [path.join(REPO, "..", "shared", "bench", "relevance-dev"), "/work/shared/bench/relevance-dev"].find((dir) =>
  existsSync(path.join(dir, "labels.csv")),
);
const SETS = [DEV_SET, path.join(REPO, "bench", "relevance-extra")].filter((dir): dir is string => Boolean(dir));

function allLines(e: Explanation): string[] {
  return [e.headline, ...e.strengths, ...e.gaps, ...e.knockouts, ...e.uncertainties];
}

/** Every plain-text resume of a labeled set explained against one of its jobs. */
function explainJob(
  set: string,
  jobFile: string,
): { resume: string; explanation: Explanation; legacy: Explanation; result: EvaluationResult }[] {
  const jobText = readFileSync(path.join(set, "jobs", jobFile), "utf8");
  const requirements = parseJobDescription(jobText);
  const files = readdirSync(path.join(set, "resumes")).filter((file) => file.endsWith(".txt"));
  return files.map((file) => {
    const text = readFileSync(path.join(set, "resumes", file), "utf8");
    const profile = parseResume(text, { now: NOW });
    const result = scoreResume({ profile, requirements, resumeText: text, jobText });
    // As stored before related credit said whether it was for a must-have.
    const legacyResult = { ...result, relatedSkills: result.relatedSkills?.map(({ mustHave: _, ...skill }) => skill) };
    return {
      resume: file,
      result,
      explanation: buildExplanation({ result, requirements, profile, text }),
      legacy: buildExplanation({ result: legacyResult, requirements, profile, text }),
    };
  });
}

// Machine notation a hiring manager should never read: stage names, error codes, scale legends, raw requirement clauses.
const INTERNAL = [/extract-text/, /\b[A-Z]+_[A-Z_]+\b/, /\b[a-z]+_[a-z_]+\b/, /≈/, /0 intern/, /\(\s*\)/, /is common on our team/];
// Coaching addressed to the candidate belongs to the candidate's feedback, not here.
const COACHING = /\b(?:you|your)\b|^(?:add|put|open with|mirror|give|trim)\b/i;

describe.each(SETS.map((set) => [path.basename(set), set]))("explanations on the labeled set %s", (_name, set) => {
  const jobs = readdirSync(path.join(set, "jobs")).filter((file) => file.endsWith(".txt"));

  it.each(jobs)("%s: candidates get their own explanation, with no line every candidate shares", (jobFile) => {
    const explained = explainJob(set, jobFile);
    expect(explained.length).toBeGreaterThanOrEqual(5);
    // Candidates who show nothing of the job (none of its must-haves, no relevant years) can only be told
    // what is missing, which is the same for them all; every other candidate gets an explanation of their own.
    const showsSomething = explained.filter(({ result }) => result.matchedMustHave.length > 0 || result.facts.relevantYears >= 0.05);
    const distinct = new Set(showsSomething.map(({ explanation }) => JSON.stringify(explanation)));
    expect(distinct.size).toBe(showsSomething.length);
    const counts = new Map<string, number>();
    for (const { explanation } of explained)
      for (const line of new Set(allLines(explanation))) counts.set(line, (counts.get(line) ?? 0) + 1);
    const sharedByAll = [...counts].filter(([, n]) => n === explained.length).map(([line]) => line);
    expect(sharedByAll).toEqual([]);
  });

  it.each(jobs)("%s: plain words about the candidate — no internal codes, no coaching lines", (jobFile) => {
    for (const { resume, explanation } of explainJob(set, jobFile)) {
      for (const line of allLines(explanation)) {
        for (const pattern of INTERNAL) expect(line, `${resume}: ${line}`).not.toMatch(pattern);
        expect(line, `${resume}: ${line}`).not.toMatch(COACHING);
      }
      expect(explanation.headline).toMatch(/^Scores \d+\.\d \((?:high|medium|low)\)/);
    }
  });

  it.each(jobs)(
    "%s: the must-have count agrees with the score breakdown, for results stored before and after related credit was flagged",
    (jobFile) => {
      let checked = 0;
      for (const { resume, explanation, legacy, result } of explainJob(set, jobFile)) {
        const breakdown = result.components.find((component) => component.key === "mustHave")?.detail ?? "";
        const total = /of (\d+) must-have skills shown/.exec(breakdown)?.[1];
        if (!total) continue;
        expect(explanation.headline, resume).toContain(` of ${total} must-haves in described work`);
        expect(legacy.headline, resume).toBe(explanation.headline);
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
    },
  );
});

describe("buildExplanation", () => {
  const scorer = createScorer(testLookup);
  const dataEngineer = buildResume({
    roles: [
      {
        title: "Data Engineer",
        employer: "Acme",
        start: "2019-01",
        end: "2026-10",
        bullets: ["Built Apache Spark and Apache Airflow pipelines in Python, loading 2 TB a day."],
        skills: ["apache-spark", "apache-airflow", "python"],
      },
    ],
    skillsList: ["sql"],
  });

  it("names the role that shows the must-haves with a quote, the must-have only listed, and the missing years", () => {
    const requirements = buildJob({ minYearsExperience: 10 });
    const result = scorer.scoreResume({
      profile: dataEngineer.profile,
      requirements,
      resumeText: dataEngineer.text,
      jobText: DATA_JOB_TEXT,
    });
    const e = buildExplanation({ result, requirements, profile: dataEngineer.profile, text: dataEngineer.text });
    expect(e.strengths[0]).toMatch(/^Data Engineer at Acme \(2019–2026, 7\.8 years\): /);
    // The test builder's evidence snippets start at the skill's mention.
    expect(e.strengths[0]).toMatch(/Apache Spark and Apache Airflow — “[^”]*loading 2 TB a day”\.$/);
    expect(e.uncertainties).toContain("SQL is named only in a skills list, not in any described role.");
    expect(e.gaps.some((line) => /against the 10\+ asked for/.test(line))).toBe(true);
    expect(e.knockouts).toEqual([]);
  });

  it("words a missing required licence as a knockout, in plain words", () => {
    const requirements = buildJob({ certifications: [{ id: "registered-nurse", name: "Registered Nurse (RN)", required: true }] });
    const result = scorer.scoreResume({
      profile: dataEngineer.profile,
      requirements,
      resumeText: dataEngineer.text,
      jobText: DATA_JOB_TEXT,
    });
    expect(result.knockouts.map((k) => k.code)).toEqual(["missing_required_license"]);
    const e = buildExplanation({ result, requirements, profile: dataEngineer.profile, text: dataEngineer.text });
    expect(e.knockouts).toEqual(["Required licence not on the resume: Registered Nurse (RN)."]);
    expect(e.headline).toContain("capped by a knockout");
  });
});

describe("degree lines", () => {
  const scorer = createScorer(testLookup);
  const explainDegree = (fields: string[]) => {
    const built = buildResume({
      roles: [
        {
          title: "Data Engineer",
          employer: "Acme",
          start: "2018-01",
          end: "2026-10",
          bullets: ["Built Apache Spark pipelines in Python and SQL."],
          skills: ["apache-spark", "python", "sql"],
        },
      ],
      degree: { level: "bachelor", field: "Marketing" },
    });
    const requirements = buildJob({ degree: { level: "bachelor", required: true, orEquivalentExperience: false, fields } });
    const result = scorer.scoreResume({ profile: built.profile, requirements, resumeText: built.text, jobText: DATA_JOB_TEXT });
    return buildExplanation({ result, requirements, profile: built.profile, text: built.text });
  };

  it("names a degree in another field than the ones the posting names", () => {
    expect(explainDegree(["Computer Science", "Statistics"]).gaps).toContain(
      "Holds a bachelor's degree in Marketing, not in Computer Science or Statistics.",
    );
  });

  it('says nothing about the field when the posting names none a reader could check ("a technical field")', () => {
    expect(explainDegree(["technical field"]).gaps.join(" ")).not.toContain("degree");
  });
});

describe("cleanFields", () => {
  it("keeps a clean list of degree fields and drops a clause the parser kept whole", () => {
    expect(cleanFields(["Computer Science", "Statistics"])).toBe("Computer Science or Statistics");
    expect(cleanFields(["technical field"])).toBe("a technical field");
    expect(cleanFields(["Computer Science / related field is common on our team / but equivalent experience is fine"])).toBeNull();
  });
});

describe("eligibility soft note (posting restricts where candidates may work from)", () => {
  const remoteUsCanada = buildJob({
    location: { text: "Remote", workplace: "remote" },
    eligibility: { countries: ["United States", "Canada"], openToOthers: false, timeZone: null, relocation: null, sponsorship: null },
  } as Partial<JobRequirements>);
  const scorer = createScorer(testLookup);
  const explain = (location: string | null, extra = "") => {
    const built = buildResume({
      summary: `Data engineer.${extra}`,
      roles: [
        {
          title: "Data Engineer",
          employer: "Acme",
          start: "2018-01",
          end: "2026-10",
          bullets: ["Built Apache Spark and Apache Airflow pipelines in Python and SQL."],
          skills: ["apache-spark", "apache-airflow", "python", "sql"],
        },
      ],
    });
    const profile = { ...built.profile, contact: { ...built.profile.contact, location } };
    const result = scorer.scoreResume({ profile, requirements: remoteUsCanada, resumeText: built.text, jobText: DATA_JOB_TEXT });
    return { result, explanation: buildExplanation({ result, requirements: remoteUsCanada, profile, text: built.text }) };
  };

  it("notes a resume that does not say where the candidate is based, never as a knockout", () => {
    const { result, explanation } = explain(null);
    expect(result.knockouts).toEqual([]);
    expect(explanation.knockouts).toEqual([]);
    expect(explanation.uncertainties).toContain(
      "The posting requires work from the United States or Canada; the resume does not say where the candidate is based — confirm before an interview.",
    );
  });

  it("notes a candidate abroad whose resume mentions relocating, never as a knockout", () => {
    const { result, explanation } = explain("Berlin, Germany", " Open to relocation to Toronto.");
    expect(result.knockouts).toEqual([]);
    expect(explanation.uncertainties.join(" ")).toContain("places the candidate in Germany but mentions relocating or authorization");
  });

  it("says nothing for a candidate inside an admitted country, and leaves a clear case to the knockout", () => {
    expect(explain("Toronto, ON").explanation.uncertainties.join(" ")).not.toContain("posting requires work from");
    const abroad = explain("Berlin, Germany");
    expect(abroad.result.knockouts.map((k) => k.code)).toEqual(["location"]);
    expect(abroad.explanation.knockouts).toHaveLength(1);
    expect(abroad.explanation.uncertainties.join(" ")).not.toContain("posting requires work from");
  });

  it("has no note when the posting does not restrict where candidates work from", () => {
    const open = buildJob({ location: { text: "Remote", workplace: "remote" } } as Partial<JobRequirements>);
    expect(eligibilityNote(eligibilityStatus(open, null, ""))).toBeNull();
    expect(eligibilityStatus(null, null, "")).toEqual({ kind: "unrestricted" });
  });
});

describe("a role left undated beside dated ones", () => {
  it("labels its years as estimated, in its role line and as a point to check", () => {
    const text = [
      "Stefan Huber",
      "stefan@example.de",
      "",
      "PROFILE",
      "Data engineer with seven years of experience in Python and SQL pipelines.",
      "",
      "EXPERIENCE",
      "Senior Data Engineer — Isarwerk GmbH, Munich",
      "- Built Apache Spark pipelines in Python and SQL",
      "",
      "Data Engineer — Bavaria Analytics GmbH, Regensburg",
      "10/2019 – 04/2022",
      "- SQL reporting",
    ].join("\n");
    const profile = parseResume(text, { now: NOW });
    const requirements = parseJobDescription(DATA_JOB_TEXT);
    const result = scoreResume({ profile, requirements, resumeText: text, jobText: DATA_JOB_TEXT });
    const e = buildExplanation({ result, requirements, profile, text });
    expect(e.uncertainties).toContain(
      "Senior Data Engineer at Isarwerk GmbH, Munich (about 4.5 years) carries no dates: its years are estimated from the total the resume states beyond the dated roles.",
    );
    expect(e.strengths.find((line) => line.startsWith("Senior Data Engineer at Isarwerk GmbH, Munich"))).toContain(
      "(about 4.5 years, estimated)",
    );
  });
});
