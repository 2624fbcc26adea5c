import { describe, expect, it } from "vitest";
import { experienceFit, ROLE_YEARS_FULL, yearsWeight } from "./components";
import { prepareJob, prepareResume } from "./prepare";
import { buildJob, buildResume, DATA_JOB_TEXT, dataEngineerRole, type RoleSpec, testLookup } from "./test-helpers";

describe("yearsWeight", () => {
  it("counts a role's months in proportion to its relevance from ROLE_YEARS_FULL up, and less below", () => {
    expect(yearsWeight(1)).toBe(1);
    expect(yearsWeight(ROLE_YEARS_FULL)).toBeCloseTo(ROLE_YEARS_FULL, 10);
    expect(yearsWeight(0.8)).toBeCloseTo(0.8, 10);
    expect(yearsWeight(0)).toBe(0);
    // A quarter-relevant role counts half as much as its relevance.
    expect(yearsWeight(ROLE_YEARS_FULL / 2)).toBeCloseTo(ROLE_YEARS_FULL / 4, 10);
  });

  it("never decreases with relevance", () => {
    let prev = 0;
    for (let r = 0; r <= 1.0001; r += 0.02) {
      const w = yearsWeight(r);
      expect(w).toBeGreaterThanOrEqual(prev);
      expect(w).toBeLessThanOrEqual(r + 1e-12);
      prev = w;
    }
  });
});

const dataJob = prepareJob(buildJob(), DATA_JOB_TEXT, testLookup);
const teacher = (start: string, end: string): RoleSpec => ({
  title: "Mathematics Teacher",
  employer: "Hill School",
  start,
  end,
  bullets: ["Taught statistics with Python notebooks and SQL exercises."],
  skills: ["python", "sql"],
});
const experienceOf = (roles: RoleSpec[]) => {
  const r = buildResume({ roles });
  return experienceFit(dataJob, prepareResume(r.profile, r.text));
};

describe("years of another occupation that touches the job's skills", () => {
  it("add less than their relevance-weighted months to a short career change into the job", () => {
    const changer = experienceOf([dataEngineerRole("2025-01", "2026-01"), teacher("2014-01", "2024-12")]);
    const teacherRel = changer.roles[1]?.relevance ?? 1;
    expect(teacherRel).toBeGreaterThan(0);
    expect(teacherRel).toBeLessThan(ROLE_YEARS_FULL);
    const teacherYears = changer.relevantYears - 1;
    // Eleven years at relevance r would be 11·r years; below ROLE_YEARS_FULL they count less.
    expect(teacherYears).toBeLessThan(11 * teacherRel * 0.99);
    expect(teacherYears).toBeCloseTo(11 * yearsWeight(teacherRel), 1);
    // One year in the job and a decade of teaching is still short of the four years asked for.
    expect(changer.score).toBeLessThan(0.75);
  });

  it("leave a career in the job itself counted in full", () => {
    const own = experienceOf([dataEngineerRole("2020-01", "2026-01")]);
    expect(own.relevantYears).toBeCloseTo(6, 1);
    expect(own.score).toBe(1);
  });
});

describe("years asked for after qualifying", () => {
  const POST_TEXT = DATA_JOB_TEXT.replace("4+ years building", "4+ years' post-qualification experience building");
  const postJob = prepareJob(buildJob(), POST_TEXT, testLookup);
  const trainee = { ...dataEngineerRole("2020-01", "2023-01"), title: "Apprentice Data Engineer", kind: "internship" as const };
  const career = () => buildResume({ roles: [dataEngineerRole("2023-01", "2026-01"), trainee] });

  it("leave out a dated apprenticeship, which the same job without that wording counts in part", () => {
    const r = career();
    const resume = prepareResume(r.profile, r.text);
    const plain = experienceFit(dataJob, resume);
    const post = experienceFit(postJob, resume);
    expect(post.relevantYears).toBeCloseTo(3, 1);
    expect(plain.relevantYears).toBeGreaterThan(post.relevantYears + 0.5);
    expect(post.score).toBeLessThan(plain.score);
  });

  it("count the qualified years in full", () => {
    const r = buildResume({ roles: [dataEngineerRole("2020-01", "2026-01")] });
    expect(experienceFit(postJob, prepareResume(r.profile, r.text)).relevantYears).toBeCloseTo(6, 1);
  });
});
