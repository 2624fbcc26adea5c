import { describe, expect, it } from "vitest";
import { evaluationResultSchema } from "./schema";
import { createScorer } from "./scorer";
import { buildJob, buildResume, DATA_JOB_TEXT, type ResumeSpec, testLookup } from "./test-helpers";

const scorer = createScorer(testLookup);

const practitioner: ResumeSpec = {
  summary: "Data engineer building batch pipelines for retail analytics.",
  roles: [
    {
      title: "Data Engineer",
      employer: "Acme Grocers",
      start: "2020-01",
      end: "2026-10",
      bullets: [
        "Built Apache Spark jobs in Python processing 2 TB of sales data daily.",
        "Orchestrated 140 Apache Airflow DAGs; cut pipeline failures by 40%.",
        "Modeled the warehouse in SQL for finance reporting.",
      ],
      skills: ["apache-spark", "python", "apache-airflow", "sql"],
    },
  ],
  skillsList: ["python", "apache-spark", "apache-airflow", "sql"],
  degree: { level: "bachelor", field: "Computer Science" },
};

const stuffer: ResumeSpec = {
  summary: "Motivated data professional, expert in big data, pipelines and cloud.",
  skillsList: [
    "python",
    "apache-spark",
    "apache-airflow",
    "sql",
    "kafka",
    "terraform",
    "react",
    "vue",
    "typescript",
    "postgresql",
    "mysql",
    "excel",
    "patient-care",
  ],
  roles: [
    {
      title: "Data Entry Specialist",
      employer: "Staffing Co",
      start: "2023-06",
      end: "2026-10",
      bullets: ["Entered insurance claim forms with 99% accuracy.", "Built an Excel sheet to flag duplicates."],
      skills: ["excel"],
    },
  ],
};

function run(spec: ResumeSpec, jobOver = {}) {
  const { text, profile } = buildResume(spec);
  return scorer.scoreResume({ profile, requirements: buildJob(jobOver), resumeText: text, jobText: DATA_JOB_TEXT });
}

describe("scoreResume", () => {
  it("produces a schema-valid, explained evaluation for a strong candidate", () => {
    const r = run(practitioner);
    expect(evaluationResultSchema.safeParse(r).success).toBe(true);
    expect(r.verdict).toBe("high");
    expect(r.matchedMustHave.map((m) => m.id).sort()).toEqual(["apache-airflow", "apache-spark", "python", "sql"]);
    expect(r.matchedMustHave.every((m) => m.evidence.length > 0 && m.evidence[0]?.section === "experience")).toBe(true);
    expect(r.missingNiceToHave.map((m) => m.id).sort()).toEqual(["kafka", "terraform"]);
    expect(r.feedback.length).toBeGreaterThanOrEqual(3);
    expect(r.feedback.length).toBeLessThanOrEqual(6);
    expect(r.summary.split(/(?<=\.)\s+(?=[A-Z])/).length).toBe(2);
    const wsum = r.components.reduce((s, c) => s + c.weight, 0);
    expect(wsum).toBeCloseTo(1, 1);
  });

  it("ranks a keyword-stuffed resume below a genuine practitioner", () => {
    const real = run(practitioner);
    const stuffed = run(stuffer);
    expect(stuffed.score).toBeLessThan(real.score - 25);
    expect(stuffed.verdict).toBe("low");
    expect(stuffed.facts.keywordStuffing).toBe(true);
  });

  it("never lowers the score when a missing must-have is added", () => {
    const base: ResumeSpec = {
      ...practitioner,
      skillsList: ["python", "sql"],
      roles: [
        {
          title: "Data Engineer",
          employer: "Acme",
          start: "2021-01",
          end: "2026-10",
          bullets: ["Wrote Python services and SQL reports."],
          skills: ["python", "sql"],
        },
      ],
    };
    const before = run(base);
    const withListed = run({ ...base, skillsList: [...(base.skillsList ?? []), "apache-spark"] });
    const withUsed = run({
      ...base,
      roles: [
        {
          title: "Data Engineer",
          employer: "Acme",
          start: "2021-01",
          end: "2026-10",
          bullets: ["Wrote Python services and SQL reports.", "Ran Apache Spark jobs."],
          skills: ["python", "sql", "apache-spark"],
        },
      ],
    });
    expect(withListed.score).toBeGreaterThanOrEqual(before.score);
    expect(withUsed.score).toBeGreaterThanOrEqual(withListed.score);
    expect(before.missingMustHave.map((m) => m.id)).toContain("apache-spark");
    expect(withUsed.missingMustHave.map((m) => m.id)).not.toContain("apache-spark");
  });

  it("caps and flags a candidate missing a required license", () => {
    const nurseJob = {
      title: "ICU Registered Nurse",
      mustHaveSkills: ["patient-care"],
      niceToHaveSkills: [],
      minYearsExperience: 2,
      certifications: [{ id: "registered-nurse", name: "Registered Nurse (RN) license", required: true }],
    };
    const nurse = (certs: string[]) =>
      buildResume({
        roles: [
          {
            title: "ICU Nurse",
            employer: "City Hospital",
            start: "2019-01",
            end: "2026-10",
            bullets: ["Patient care for 4 ICU patients per shift; titrated drips."],
            skills: ["patient-care"],
          },
        ],
        certifications: certs,
      });
    const jobText = "ICU Registered Nurse. Active RN license required. 2+ years of ICU patient care.";
    const licensed = nurse(["RN, State Board of Nursing, #12345"]);
    const unlicensed = nurse([]);
    const a = scorer.scoreResume({ profile: licensed.profile, requirements: buildJob(nurseJob), resumeText: licensed.text, jobText });
    const b = scorer.scoreResume({ profile: unlicensed.profile, requirements: buildJob(nurseJob), resumeText: unlicensed.text, jobText });
    expect(a.knockouts).toEqual([]);
    expect(b.knockouts.map((k) => k.code)).toEqual(["missing_required_license"]);
    expect(b.score).toBeLessThanOrEqual(40);
    expect(a.score).toBeGreaterThan(b.score);
    expect(b.feedback[0]).toMatch(/Registered Nurse/);
  });

  it("is deterministic", () => {
    const a = run(practitioner);
    const b = run(practitioner);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it("keeps scores within 0–100 for empty and absurd inputs", () => {
    const empty = buildResume({});
    const cases = [
      scorer.scoreResume({ profile: empty.profile, requirements: buildJob(), resumeText: "", jobText: "" }),
      scorer.scoreResume({
        profile: empty.profile,
        requirements: buildJob({ mustHaveSkills: [], niceToHaveSkills: [], minYearsExperience: null, title: null }),
        resumeText: "",
        jobText: "",
      }),
      run(practitioner, { minYearsExperience: 0, maxYearsExperience: 0 }),
      run(practitioner, { minYearsExperience: 80 }),
      run({
        ...practitioner,
        roles: [{ ...(practitioner.roles?.[0] as NonNullable<ResumeSpec["roles"]>[number]), start: "1950-01", end: "2026-10" }],
      }),
      run(practitioner, { mustHaveSkills: ["no-such-skill"], niceToHaveSkills: ["nor-this"] }),
    ];
    for (const r of cases) {
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(100);
      expect(Number.isFinite(r.score)).toBe(true);
      expect(evaluationResultSchema.safeParse(r).success).toBe(true);
    }
  });

  it("honours per-job weights and thresholds", () => {
    const def = run(practitioner);
    const strict = scorer.scoreResume({
      ...(() => {
        const { text, profile } = buildResume(practitioner);
        return { profile, resumeText: text };
      })(),
      requirements: buildJob(),
      jobText: DATA_JOB_TEXT,
      thresholds: { high: 99.9, medium: 99 },
      weights: { niceToHave: 5 },
    });
    expect(strict.verdict).not.toBe("high");
    expect(strict.score).toBeLessThan(def.score);
  });
});

describe("feedback providers", () => {
  it("lets a provider reword feedback without touching the score, and keeps templates when it returns too little", async () => {
    const { applyFeedbackProvider } = await import("./apply-feedback");
    const { text, profile } = buildResume(practitioner);
    const job = scorer.prepareJob(buildJob(), DATA_JOB_TEXT);
    const resume = scorer.prepareResume(profile, text);
    const base = scorer.evaluate(job, resume);
    const findings = scorer.findings(job, resume);
    const seen: string[] = [];
    const rewritten = await applyFeedbackProvider(base, findings, {
      id: "test-provider",
      generate: async (f) => {
        seen.push(...f.missingNiceToHave.map((m) => m.id));
        return { feedback: ["One.", "Two.", "Three."], summary: "Short summary. Second sentence." };
      },
    });
    expect(seen.sort()).toEqual(["kafka", "terraform"]);
    expect(rewritten.feedback).toEqual(["One.", "Two.", "Three."]);
    expect(rewritten.score).toBe(base.score);
    expect(rewritten.verdict).toBe(base.verdict);
    const kept = await applyFeedbackProvider(base, findings, { id: "lazy", generate: () => ({ feedback: ["Only one."], summary: "" }) });
    expect(kept).toBe(base);
  });
});

describe("monotonicity", () => {
  const must = ["python", "apache-spark", "apache-airflow", "sql"];
  const bases: ResumeSpec[] = [
    {
      roles: [
        {
          title: "Data Engineer",
          employer: "Acme",
          start: "2021-01",
          end: "2026-10",
          bullets: ["Wrote Python services."],
          skills: ["python"],
        },
      ],
    },
    {
      // Nine listed skills: adding one more listed skill crosses the "long list" size.
      skillsList: ["react", "vue", "typescript", "postgresql", "mysql", "excel", "patient-care", "terraform", "kafka"],
      roles: [
        { title: "Analyst", employer: "Beta", start: "2022-01", end: "2026-10", bullets: ["Built Excel reports."], skills: ["excel"] },
      ],
    },
    { skillsList: ["python"] },
  ];

  // The same properties with the years scoped to two of the must-haves ("4+ years of Spark and Airflow").
  const scoped = { scopedYears: [{ minYears: 4, groups: [["apache-spark"], ["apache-airflow"]], text: "4+ years of Spark and Airflow" }] };

  it.each([
    ["", {}],
    [" (years scoped to Spark and Airflow)", scoped],
  ])("never lowers the score when a missing must-have is added, listed or used in a role%s", (_label, jobOver) => {
    for (const base of bases) {
      const before = run(base, jobOver).score;
      for (const id of must) {
        const has = (base.skillsList ?? []).includes(id) || (base.roles ?? []).some((r) => (r.skills ?? []).includes(id));
        if (has) continue;
        const listed = run({ ...base, skillsList: [...(base.skillsList ?? []), id] }, jobOver).score;
        expect(listed, `listing ${id}`).toBeGreaterThanOrEqual(before);
        const name = testLookup.getSkill(id)?.name ?? id;
        const roles = base.roles?.length
          ? base.roles.map((r, i) =>
              i === 0 ? { ...r, bullets: [...r.bullets, `Used ${name} daily.`], skills: [...(r.skills ?? []), id] } : r,
            )
          : [{ title: "Engineer", employer: "Gamma", start: "2022-01", end: "2026-10", bullets: [`Used ${name} daily.`], skills: [id] }];
        const used = run({ ...base, roles }, jobOver).score;
        expect(used, `using ${id}`).toBeGreaterThanOrEqual(before);
      }
    }
  });
});
