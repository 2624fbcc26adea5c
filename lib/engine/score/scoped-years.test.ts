import { describe, expect, it } from "vitest";
import { scopedYearsFit, yearsCredit } from "./components";
import { prepareJob, prepareResume } from "./prepare";
import { createScorer } from "./scorer";
import { buildResume, ICU_JOB_TEXT, icuJob, icuRole, type ResumeSpec, type RoleSpec, testLookup } from "./test-helpers";

const scorer = createScorer(testLookup);

const job = prepareJob(icuJob, ICU_JOB_TEXT, testLookup);

const wardRole = (start: string, end: string): RoleSpec => ({
  title: "Registered Nurse, Medical Ward",
  employer: "Mercy Hospital",
  start,
  end,
  bullets: ["Patient care for five adults per shift."],
  skills: ["patient-care"],
});
const stepDownRole = (start: string, end: string): RoleSpec => ({
  title: "Registered Nurse, Progressive Care",
  employer: "Mercy Hospital",
  start,
  end,
  bullets: ["Patient care on Telemetry.", "Float to Critical Care (ICU) two shifts a month."],
  skills: ["patient-care", "telemetry", "critical-care"],
});

const prepared = (spec: ResumeSpec) => {
  const { text, profile } = buildResume(spec);
  return { text, profile, resume: prepareResume(profile, text) };
};
const icuYears = (spec: ResumeSpec) => scopedYearsFit(job, prepared(spec).resume).checks[0]?.years ?? Number.NaN;
const score = (spec: ResumeSpec) => {
  const { text, profile } = buildResume(spec);
  return scorer.scoreResume({ requirements: icuJob, jobText: ICU_JOB_TEXT, profile, resumeText: text });
};

describe("yearsCredit", () => {
  it("is full at the minimum, zero at none, and rises smoothly in between", () => {
    expect(yearsCredit(2, 2)).toBe(1);
    expect(yearsCredit(5, 2)).toBe(1);
    expect(yearsCredit(0, 2)).toBe(0);
    let prev = 0;
    for (let y = 0.1; y < 2; y += 0.1) {
      const c = yearsCredit(y, 2);
      expect(c).toBeGreaterThan(prev);
      expect(c - prev).toBeLessThan(0.15);
      prev = c;
    }
    expect(yearsCredit(1.4, 2)).toBeGreaterThan(0.55);
    expect(yearsCredit(1.4, 2)).toBeLessThan(0.75);
  });
});

describe("scoped years on the resume", () => {
  it("counts the ICU role, not the years of nursing around it", () => {
    expect(icuYears({ roles: [icuRole("2025-06", "2026-11"), wardRole("2020-06", "2025-05")] })).toBeCloseTo(17 / 12, 5);
  });

  it("counts overlapping roles about the scope once", () => {
    expect(icuYears({ roles: [icuRole("2023-01", "2025-01"), { ...icuRole("2024-01", "2026-01"), employer: "Agency" }] })).toBeCloseTo(
      3,
      5,
    );
  });

  it("gives no ICU years to a step-down nurse who floats to the ICU", () => {
    expect(icuYears({ roles: [stepDownRole("2020-01", "2026-01")] })).toBe(0);
  });

  it("counts a role whose bullets show the scope (or a narrower skill) under a neutral title", () => {
    const neutral: RoleSpec = {
      title: "Staff Nurse",
      employer: "Mercy Hospital",
      start: "2022-01",
      end: "2025-01",
      bullets: ["Hemodynamic Monitoring of post-cardiac surgery patients."],
      skills: ["hemodynamic-monitoring"],
    };
    expect(icuYears({ roles: [neutral] })).toBeCloseTo(3, 5);
  });

  it("gives a skill named only in the skills list no years", () => {
    expect(icuYears({ skillsList: ["critical-care"], roles: [wardRole("2018-01", "2026-01")] })).toBe(0);
  });

  it("counts a student placement at part weight", () => {
    const placement = { ...icuRole("2024-01", "2025-01"), kind: "internship" as const };
    const years = icuYears({ roles: [placement] });
    expect(years).toBeGreaterThan(0);
    expect(years).toBeLessThan(1);
  });

  it("reads profiles stored before roles listed their skills from the skill evidence", () => {
    const { text, profile } = buildResume({ roles: [icuRole("2024-01", "2026-01"), wardRole("2018-01", "2024-01")] });
    const legacy = { ...profile, experience: profile.experience.map(({ skills: _s, titleSkills: _t, ...e }) => e) };
    const years = scopedYearsFit(job, prepareResume(legacy, text)).checks[0]?.years;
    expect(years).toBeCloseTo(2, 5);
  });
});

describe("scoring a scoped years requirement", () => {
  const short: ResumeSpec = { roles: [icuRole("2025-06", "2026-11"), wardRole("2020-06", "2025-05")] };
  const enough: ResumeSpec = { roles: [icuRole("2024-06", "2026-11"), wardRole("2020-06", "2024-05")] };

  it("ranks 1.4 years of ICU below 2.4 years, with the same total years of nursing", () => {
    const experience = (spec: ResumeSpec) => score(spec).components.find((c) => c.key === "experience")?.score;
    expect(experience(enough)).toBe(1);
    expect(experience(short)).toBeLessThan(0.85);
    expect(experience(short)).toBeGreaterThan(0.5);
    expect(score(short).score).toBeLessThan(score(enough).score);
  });

  it("ranks a step-down nurse who floated to the ICU below an ICU nurse", () => {
    expect(score({ roles: [stepDownRole("2020-06", "2026-11")] }).score).toBeLessThan(score(short).score);
  });

  it("names the gap in the findings, the summary and the feedback", () => {
    const r = score(short);
    const gap = "1.4 of the 2 years of Critical Care (ICU) experience asked for";
    expect(r.findings.experience).toContain(gap);
    expect(r.summary).toContain(gap);
    expect(r.feedback.some((f) => f.includes(gap))).toBe(true);
    expect(score(enough).feedback.some((f) => f.includes("years of critical care"))).toBe(false);
  });

  it("leaves jobs without scoped years scored as before", () => {
    const plain = { ...icuJob, scopedYears: undefined };
    const { text, profile } = buildResume(short);
    const a = scorer.scoreResume({ requirements: plain, jobText: ICU_JOB_TEXT, profile, resumeText: text });
    const b = scorer.scoreResume({ requirements: { ...plain, scopedYears: [] }, jobText: ICU_JOB_TEXT, profile, resumeText: text });
    expect(a.score).toBe(b.score);
    expect(a.score).toBeGreaterThan(score(short).score);
  });
});

describe("monotonicity with a scoped years requirement", () => {
  const bases: ResumeSpec[] = [
    { roles: [wardRole("2019-01", "2026-10")] },
    { roles: [icuRole("2025-06", "2026-10"), wardRole("2019-01", "2025-05")] },
    { roles: [stepDownRole("2020-01", "2026-10")] },
    { skillsList: ["critical-care"] },
  ];
  const additions: RoleSpec[] = [
    icuRole("2016-01", "2017-06"),
    icuRole("2024-01", "2026-10"),
    { ...icuRole("2017-01", "2018-01"), kind: "internship" },
    stepDownRole("2014-01", "2016-01"),
    wardRole("2012-01", "2014-01"),
  ];

  it("never lowers the score when the resume gains a role", () => {
    for (const base of bases) {
      const before = score(base).score;
      for (const role of additions) {
        const after = score({ ...base, roles: [...(base.roles ?? []), role] }).score;
        expect(after, `${role.title} ${role.start} added to ${JSON.stringify(base.roles?.map((r) => r.title))}`).toBeGreaterThanOrEqual(
          before,
        );
      }
    }
  });

  it("never lowers the score when an ICU role runs longer", () => {
    let prev = Number.NEGATIVE_INFINITY;
    for (const start of ["2026-06", "2026-01", "2025-06", "2025-01", "2024-06", "2024-01", "2022-01"]) {
      const s = score({ roles: [icuRole(start, "2026-10"), wardRole("2018-01", "2021-12")] }).score;
      expect(s, start).toBeGreaterThanOrEqual(prev);
      prev = s;
    }
  });
});
