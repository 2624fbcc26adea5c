import { describe, expect, it } from "vitest";
import { SCOPE_UNMET_CAP, type ScopedYearsCheck, scopeCap, unmetScopes } from "./components";
import { CALIBRATION, ceilScore, finalScore } from "./calibration";
import { CAP_LIMITS, computeComponents, scoreFeatures } from "./evaluate";
import { prepareJob, prepareResume } from "./prepare";
import { createScorer } from "./scorer";
import { buildResume, ICU_JOB_TEXT, icuJob, icuRole, type ResumeSpec, type RoleSpec, testLookup } from "./test-helpers";

const check = (requirement: number, years: number, required = 2): ScopedYearsCheck => ({
  requirement,
  name: `scope ${requirement}`,
  required,
  years,
  credit: Math.min(1, years / required),
});

describe("unmetScopes / scopeCap", () => {
  it("caps only when every group of a scoped requirement shows no years", () => {
    expect(unmetScopes([check(0, 0)])).toEqual(["scope 0"]);
    expect(scopeCap([check(0, 0)])).toBe(SCOPE_UNMET_CAP);
    // Partial years of the scope: short, not missing.
    expect(scopeCap([check(0, 0.8)])).toBe(100);
    // Two groups of one requirement ("3 years of embedded C"): years in one of them are not "none".
    expect(scopeCap([check(0, 5), { ...check(0, 0), name: "C" }])).toBe(100);
    // Two separate requirements: the one with no years at all caps.
    expect(scopeCap([check(0, 5), check(1, 0)])).toBe(SCOPE_UNMET_CAP);
    expect(scopeCap([])).toBe(100);
  });
});

describe("ceilScore", () => {
  it("compresses only the top of the scale under the ceiling, keeping order", () => {
    expect(ceilScore(50, SCOPE_UNMET_CAP)).toBe(50);
    expect(ceilScore(100, SCOPE_UNMET_CAP)).toBe(SCOPE_UNMET_CAP);
    expect(ceilScore(87, 100)).toBe(87);
    let prev = 0;
    for (let x = 0; x <= 100; x += 2.5) {
      const y = ceilScore(x, SCOPE_UNMET_CAP);
      expect(y).toBeGreaterThanOrEqual(prev);
      expect(y).toBeLessThan(70);
      prev = y;
    }
  });
});

const scorer = createScorer(testLookup);
const job = prepareJob(icuJob, ICU_JOB_TEXT, testLookup);
const stepDown = (start: string, end: string): RoleSpec => ({
  title: "Registered Nurse, Progressive Care",
  employer: "Mercy Hospital",
  start,
  end,
  bullets: ["Patient care for four adults on Telemetry; Critical Care (ICU) protocols for step-down patients."],
  skills: ["patient-care", "telemetry", "critical-care"],
});
const score = (spec: ResumeSpec) => {
  const { text, profile } = buildResume(spec);
  return scorer.scoreResume({ requirements: icuJob, jobText: ICU_JOB_TEXT, profile, resumeText: text });
};
const features = (spec: ResumeSpec) => {
  const { text, profile } = buildResume(spec);
  const resume = prepareResume(profile, text);
  return scoreFeatures(job, resume, computeComponents(job, resume)).features;
};

describe("an ICU posting and a nurse from an adjacent specialty", () => {
  const adjacent: ResumeSpec = {
    summary: "Registered Nurse with six years of Critical Care (ICU) protocols and Patient Care on a step-down unit.",
    skillsList: ["critical-care", "patient-care", "telemetry"],
    roles: [stepDown("2020-06", "2026-11")],
    certifications: ["Registered Nurse (RN), State of Ohio"],
  };
  const someIcu: ResumeSpec = { ...adjacent, roles: [icuRole("2025-11", "2026-11"), stepDown("2020-06", "2025-10")] };

  it("holds a nurse with no ICU years below high however well the rest matches, and says why", () => {
    const r = score(adjacent);
    expect(r.facts.scopedYears?.[0]?.years).toBe(0);
    expect(r.score).toBeLessThan(SCOPE_UNMET_CAP);
    // Without the cap the same evidence would read as a strong fit.
    expect(finalScore({ ...features(adjacent), scopeCap: 100 }, CALIBRATION, CAP_LIMITS)).toBeGreaterThanOrEqual(70);
    expect(r.verdict).not.toBe("high");
    expect(r.findings.experience).toContain('held below "high"');
  });

  it("does not cap a nurse with part of the ICU years, who scores above the one with none", () => {
    expect(features(someIcu).scopeCap).toBe(100);
    expect(features(adjacent).scopeCap).toBe(SCOPE_UNMET_CAP);
    expect(score(someIcu).score).toBeGreaterThan(score(adjacent).score);
    expect(score(someIcu).findings.experience).not.toContain('held below "high"');
  });
});
