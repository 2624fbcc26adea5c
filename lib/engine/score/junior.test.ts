import { describe, expect, it } from "vitest";
import { juniorCap } from "./components";
import { capScore, scorePrepared } from "./evaluate";
import { prepareJob, prepareResume } from "./prepare";
import { createScorer } from "./scorer";
import { buildResume, ICU_JOB_TEXT, icuJob, icuRole, type ResumeSpec, type RoleSpec, testLookup } from "./test-helpers";

const scorer = createScorer(testLookup);

const score = (spec: ResumeSpec, over: Partial<typeof icuJob> = {}) => {
  const { text, profile } = buildResume(spec);
  return scorer.scoreResume({ requirements: { ...icuJob, ...over }, jobText: ICU_JOB_TEXT, profile, resumeText: text });
};

const facts = (spec: ResumeSpec) => {
  const { text, profile } = buildResume(spec);
  return scorePrepared(prepareJob(icuJob, ICU_JOB_TEXT, testLookup), prepareResume(profile, text)).facts;
};

const techRole = (start: string, end: string): RoleSpec => ({
  title: "Patient Care Technician",
  employer: "Mercy Hospital",
  start,
  end,
  bullets: ["Patient care: vital signs, EKGs, assisting with codes."],
  skills: ["patient-care"],
  kind: "part_time",
});
const wardRole = (start: string, end: string): RoleSpec => ({
  title: "Registered Nurse, Medical Ward",
  employer: "Mercy Hospital",
  start,
  end,
  bullets: ["Patient care for five adults per shift."],
  skills: ["patient-care"],
});

// A new graduate: an ICU practicum and a summer technician job, the job's skills all shown.
const newGrad: ResumeSpec = {
  summary: "New graduate Registered Nurse seeking an ICU role. Critical Care (ICU) practicum.",
  skillsList: ["critical-care", "patient-care"],
  roles: [icuRole("2026-02", "2026-05", "internship"), techRole("2025-06", "2025-09")],
};

describe("too junior for a stated minimum", () => {
  it("caps at 45 with no relevant years and lifts the cap by a third of the minimum", () => {
    expect(juniorCap(0)).toBe(45);
    expect(juniorCap(1 / 3)).toBe(100);
    expect(juniorCap(1)).toBe(100);
    let prev = 0;
    for (let r = 0; r <= 1; r += 0.02) {
      expect(juniorCap(r)).toBeGreaterThanOrEqual(prev);
      prev = juniorCap(r);
    }
    // No cap at 100; a weak score under the cap is left as it is.
    expect(capScore(87, juniorCap(1))).toBe(87);
    expect(capScore(30, juniorCap(0))).toBe(30);
    expect(capScore(95, juniorCap(0))).toBeLessThan(45);
    expect(capScore(95, juniorCap(0))).toBeGreaterThan(capScore(70, juniorCap(0)));
  });

  it("scores a new graduate with the right skills low against 2 required ICU years", () => {
    const r = score(newGrad);
    expect(r.verdict).toBe("low");
    expect(r.summary).toContain("far too junior for the stated minimum");
    // The same resume against a job that states no minimum is not held down for it.
    const open = score(newGrad, { minYearsExperience: null, scopedYears: [] });
    expect(open.score).toBeGreaterThan(r.score);
    // A minimum of one year is a short gap, not a seniority mismatch.
    const oneYear = score(newGrad, {
      minYearsExperience: 1,
      scopedYears: [{ minYears: 1, groups: [["critical-care"]], text: "1 year of ICU experience" }],
    });
    expect(oneYear.verdict).not.toBe("low");
  });

  it("leaves someone with a third of the minimum or more, and long careers outside the scope, untouched", () => {
    expect(score({ roles: [icuRole("2025-06", "2026-10"), wardRole("2019-01", "2025-05")] }).verdict).not.toBe("low");
    // Ten years on a ward and none in the ICU: short on the scope (experience component), not a junior.
    const ward = facts({ roles: [wardRole("2016-01", "2026-10")] });
    expect(ward.experience.scoped[0]?.years).toBe(0);
    expect(juniorCap(ward.experience.seniorityRatio)).toBe(100);
    expect(juniorCap(facts(newGrad).experience.seniorityRatio)).toBeLessThan(50);
    const experienced = score({ roles: [icuRole("2022-01", "2026-10")] });
    expect(experienced.verdict).toBe("high");
    expect(experienced.summary).not.toContain("too junior");
  });

  it("does not read a resume whose roles could not be read, but which states its years, as a new graduate", () => {
    const { text, profile } = buildResume({ summary: "Registered Nurse with over twelve years on medical and surgical wards." });
    const prepared = (p: typeof profile) => scorePrepared(prepareJob(icuJob, ICU_JOB_TEXT, testLookup), prepareResume(p, text)).facts;
    expect(juniorCap(prepared(profile).experience.seniorityRatio)).toBeLessThan(50);
    const estimated = { ...profile, estimatedYears: 12, estimatedYearsBasis: { basis: "stated" as const, text: "over twelve years" } };
    expect(juniorCap(prepared(estimated).experience.seniorityRatio)).toBe(100);
  });

  it("never lowers the score as the new graduate gains ICU months or another role", () => {
    let prev = score(newGrad).score;
    for (const start of ["2026-09", "2026-06", "2026-01", "2025-08", "2025-01"]) {
      const s = score({ ...newGrad, roles: [...(newGrad.roles ?? []), icuRole(start, "2026-10")] }).score;
      expect(s, start).toBeGreaterThanOrEqual(prev);
      prev = s;
    }
    for (const role of [wardRole("2020-01", "2024-05"), techRole("2023-01", "2025-05"), icuRole("2023-01", "2023-06", "internship")]) {
      const s = score({ ...newGrad, roles: [...(newGrad.roles ?? []), role] }).score;
      expect(s, role.title).toBeGreaterThanOrEqual(score(newGrad).score);
    }
  });
});
