import { describe, expect, it } from "vitest";
import { buildExplanation } from "./explanation";
import { createScorer } from "./scorer";
import { buildJob, buildResume, icuRole, testLookup } from "./test-helpers";
import { prepareJob } from "./prepare";
import { TITLE_SKILL_WEIGHT } from "./title-skills";

const scorer = createScorer(testLookup);

const JOB_TEXT = `Registered Nurse – Medical/Surgical ICU
Requirements: 2 years of patient care as a registered nurse.`;

/** The posting as requirements schema 5 reads it: critical care named only by the title. */
const icuByTitle = buildJob({
  schemaVersion: 5,
  title: "Registered Nurse – Medical/Surgical ICU",
  mustHaveSkills: ["patient-care"],
  niceToHaveSkills: [],
  titleSkills: ["critical-care"],
  minYearsExperience: 2,
});

const icuNurse = buildResume({ roles: [icuRole("2018-01", "2026-01")] });
const wardNurse = buildResume({
  roles: [
    {
      title: "Registered Nurse",
      employer: "Mercy Hospital",
      start: "2018-01",
      end: "2026-01",
      bullets: ["Patient care for six patients per shift on a medical ward."],
      skills: ["patient-care"],
    },
  ],
});

const score = (resume: ReturnType<typeof buildResume>, requirements = icuByTitle) =>
  scorer.scoreResume({ profile: resume.profile, requirements, resumeText: resume.text, jobText: JOB_TEXT });
const mustHave = (r: ReturnType<typeof score>) => r.components.find((c) => c.key === "mustHave");

describe("skills named only by the job title", () => {
  it("count toward fit: the ICU nurse scores above the ward nurse", () => {
    const icu = score(icuNurse);
    const ward = score(wardNurse);
    expect(icu.score).toBeGreaterThan(ward.score);
    expect(mustHave(icu)?.score ?? 0).toBeGreaterThan(mustHave(ward)?.score ?? 1);
  });

  it("are a soft gap when missing: never a missing must-have or a knockout", () => {
    const ward = score(wardNurse);
    expect(ward.missingMustHave.map((m) => m.id)).not.toContain("critical-care");
    expect(ward.missingNiceToHave.map((m) => m.id)).toContain("critical-care");
    expect(ward.knockouts).toEqual([]);
    expect(mustHave(ward)?.detail).toMatch(/1 of 1 must-have skills shown; 0 of 1 skills the job title names/);
  });

  it("are named in the explanation's gaps as a softer gap, not among the missing must-haves", () => {
    const ward = score(wardNurse);
    const { gaps } = buildExplanation({ result: ward, requirements: icuByTitle, profile: wardNurse.profile, text: wardNurse.text });
    expect(gaps.some((g) => /^Critical Care.*, which the job title names, is not shown/.test(g))).toBe(true);
    expect(gaps.some((g) => /must-haves:.*Critical Care/.test(g))).toBe(false);
    const icu = score(icuNurse);
    const shown = buildExplanation({ result: icu, requirements: icuByTitle, profile: icuNurse.profile, text: icuNurse.text });
    expect(shown.gaps.some((g) => /job title names/.test(g))).toBe(false);
  });

  it("are listed as matched apart from the must-haves when shown", () => {
    const icu = score(icuNurse);
    expect(icu.matchedMustHave.map((m) => m.id)).not.toContain("critical-care");
    expect(icu.matchedNiceToHave.map((m) => m.id)).toContain("critical-care");
  });

  it("count once when the recruiter also makes the title skill a must-have", () => {
    const moved = buildJob({ ...icuByTitle, mustHaveSkills: ["patient-care", "critical-care"] });
    const ward = score(wardNurse, moved);
    expect(ward.missingMustHave.map((m) => m.id)).toContain("critical-care");
    expect(ward.missingNiceToHave.map((m) => m.id)).not.toContain("critical-care");
    expect(mustHave(ward)?.detail).not.toMatch(/title names/);
  });

  it("keep the weight the title gives the role's field, scaled by the title-skill weight", () => {
    const older = buildJob({ ...icuByTitle, schemaVersion: 4, titleSkills: undefined, mustHaveSkills: ["patient-care", "critical-care"] });
    const weightOf = (req: typeof icuByTitle) => prepareJob(req, JOB_TEXT, testLookup).must.find((r) => r.ids.includes("critical-care"));
    const now = weightOf(icuByTitle);
    expect(now?.fromTitle).toBe(true);
    expect(now?.inTitle).toBe(true);
    expect(weightOf(older)?.fromTitle).toBeUndefined();
    expect(now?.weight).toBeCloseTo((weightOf(older)?.weight ?? 0) * TITLE_SKILL_WEIGHT, 6);
  });
});
