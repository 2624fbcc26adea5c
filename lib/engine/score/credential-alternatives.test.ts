import { describe, expect, it } from "vitest";
import { parseJobDescription } from "../parse/job";
import { parseResume } from "../parse/resume";
import { getDefaultSkillMatcher } from "../skills/matcher";
import { prepareJob, scoreResume } from "./index";

const JOB_TEXT = `Registered Nurse — Medical/Surgical ICU (Nights)

Requirements
- Current, unrestricted Registered Nurse (RN) license in Wisconsin or a multistate Nurse Licensure Compact (NLC) license — required on your start date
- BLS certification required
- At least 2 years of recent RN experience in an adult ICU
`;
const requirements = parseJobDescription(JOB_TEXT);

const resume = (license: string) => `Dana Lee
Milwaukee, WI · dana.lee@example.com

LICENSES & CERTIFICATIONS
${license}
BLS, American Heart Association, expires 2027

EXPERIENCE
Staff Nurse, Medical ICU — Mercy Hospital
Jan 2020 – Present
- Cared for two ventilated ICU patients per shift; titrated vasoactive drips and monitored hemodynamics
`;
const score = (license: string) => {
  const text = resume(license);
  return scoreResume({
    requirements,
    jobText: JOB_TEXT,
    profile: parseResume(text, { now: new Date(Date.UTC(2026, 10, 1)) }),
    resumeText: text,
  });
};

describe("the Nurse Licensure Compact alias", () => {
  const ids = (text: string) =>
    getDefaultSkillMatcher()
      .match(text)
      .map((m) => m.id);

  it("is not matched by a plain RN license", () => {
    expect(ids("RN, Wisconsin #123456")).not.toContain("nurse-licensure-compact");
    expect(ids("Registered Nurse (RN) license")).not.toContain("nurse-licensure-compact");
  });

  it("is matched by a multistate or compact license", () => {
    for (const t of ["Multistate RN license (Iowa)", "Compact RN license, active", "NLC license #A123"]) {
      expect(ids(t), t).toContain("nurse-licensure-compact");
    }
  });

  it("is not met by a resume that only says RN", () => {
    const nlc = prepareJob(requirements, JOB_TEXT).credentials.find((c) => c.id === "nurse-licensure-compact");
    expect(nlc).toBeDefined();
    expect(nlc?.patterns.some((p) => p.test("RN, Wisconsin #123456"))).toBe(false);
    expect(nlc?.patterns.some((p) => p.test("Compact RN license (Iowa)"))).toBe(true);
  });
});

describe("alternative required licenses", () => {
  it("is met by a Wisconsin-only license", () => {
    const r = score("Registered Nurse (RN), Wisconsin #123456, active");
    expect(r.knockouts).toEqual([]);
    expect(r.verdict).toBe("high");
  });

  it("is met by a compact license from another state", () => {
    const r = score("Multistate RN license (Iowa), active");
    expect(r.knockouts).toEqual([]);
    expect(r.verdict).toBe("high");
  });

  it("is a knockout naming both alternatives when neither is held", () => {
    const r = score("Illinois RN license #041-987654, active");
    expect(r.knockouts.map((k) => k.code)).toEqual(["missing_required_license"]);
    expect(r.knockouts[0]?.message).toBe(
      "Required license not found on the resume: Registered Nurse (RN) license (Wisconsin) or Nurse Licensure Compact.",
    );
    expect(r.feedback.some((f) => f.includes("requires Registered Nurse (RN) license (Wisconsin) or Nurse Licensure Compact"))).toBe(true);
    expect(r.verdict).toBe("low");
  });
});
