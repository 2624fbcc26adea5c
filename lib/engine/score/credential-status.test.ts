import { describe, expect, it } from "vitest";
import { createScorer } from "./scorer";
import { buildJob, buildResume, type ResumeSpec, testLookup } from "./test-helpers";

const scorer = createScorer(testLookup);
const JOB_TEXT = `ICU Registered Nurse
- Registered Nurse (RN) license required on your start date
- BLS certification required`;
const requirements = buildJob({
  title: "ICU Registered Nurse",
  mustHaveSkills: ["critical-care", "patient-care"],
  niceToHaveSkills: [],
  certifications: [
    { id: null, name: "RN license", required: true },
    { id: null, name: "BLS certification", required: true },
  ],
});
const roles: ResumeSpec["roles"] = [
  {
    title: "ICU Registered Nurse",
    employer: "Mercy Hospital",
    start: "2019-01",
    end: "2026-10",
    bullets: ["Critical Care (ICU) nursing: patient care for two ventilated patients per shift."],
    skills: ["critical-care", "patient-care"],
  },
];
const score = (certifications: string[]) => {
  const { text, profile } = buildResume({ roles, certifications });
  return scorer.scoreResume({ requirements, jobText: JOB_TEXT, profile, resumeText: text });
};

describe("credentials not held yet in the explanation", () => {
  it("says a pending license is pending, not absent, and keeps the knockout", () => {
    const r = score(["Wisconsin RN license — application submitted / pending", "BLS (AHA), expires 2027"]);
    expect(r.knockouts.map((k) => k.code)).toEqual(["missing_required_license"]);
    const line = r.feedback.find((f) => f.includes("RN license is pending"));
    expect(line).toContain("Wisconsin RN license — application submitted / pending");
    expect(line).toContain("requires it held by the start date");
    expect(r.feedback.some((f) => f.includes("do not appear") || f.includes("does not appear"))).toBe(false);
    const licensed = score(["Wisconsin RN license #123, active", "BLS (AHA), expires 2027"]);
    expect(licensed.knockouts).toEqual([]);
    expect(licensed.verdict).toBe("high");
    expect(r.verdict).not.toBe("high");
  });

  it("says an expired certificate is expired and scores it below a current one", () => {
    const expired = score(["RN, Wisconsin #123", "BLS, expired 2023"]);
    const current = score(["RN, Wisconsin #123", "BLS, renewed 2025"]);
    expect(expired.feedback.some((f) => f.startsWith("BLS certification is expired on your resume"))).toBe(true);
    expect(current.feedback.some((f) => f.includes("BLS certification is expired"))).toBe(false);
    expect(expired.score).toBeLessThan(current.score);
    expect(expired.summary).toContain("required certification pending or expired: BLS certification");
  });

  it("gives one line for credentials shown pending on the same resume line", () => {
    const r = score(["RN license (application submitted); BLS certification (scheduled May 2027)"]);
    const lines = r.feedback.filter((f) => f.includes("pending on your resume"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("RN license and BLS certification are pending on your resume");
  });
});

describe("a license required from a named state", () => {
  const STATE_JOB_TEXT = `ICU Registered Nurse
Requirements
- Current Registered Nurse (RN) license in Wisconsin or a multistate Nurse Licensure Compact license, required on your start date
- BLS certification required`;
  const run = (certifications: string[]) => {
    const { text, profile } = buildResume({ roles, certifications });
    return scorer.scoreResume({ requirements, jobText: STATE_JOB_TEXT, profile, resumeText: text });
  };
  const bls = "BLS (AHA), expires 2027";

  it("does not count another state's license, and reads the required state's one as pending", () => {
    const elsewhere = run(["Illinois RN license (active)", bls]);
    expect(elsewhere.knockouts.map((k) => k.code)).toEqual(["missing_required_license"]);
    expect(elsewhere.knockouts[0]?.message).toContain("not found");
    const applied = run(["Illinois RN license (active). Wisconsin RN license by endorsement: application submitted October 2026.", bls]);
    expect(applied.knockouts[0]?.message).toContain("pending");
    expect(applied.feedback.some((f) => f.startsWith("RN license is pending on your resume"))).toBe(true);
  });

  it("takes another state's license as on its way when the posting accepts eligibility for the license", () => {
    const eligibleText = `ICU Registered Nurse
Requirements
- Current Registered Nurse (RN) license in Wisconsin, or eligibility for the license before your start date
- BLS certification required`;
    const runEligible = (certifications: string[]) => {
      const { text, profile } = buildResume({ roles, certifications });
      return scorer.scoreResume({ requirements, jobText: eligibleText, profile, resumeText: text });
    };
    const endorsed = runEligible(["Illinois RN license (active)", bls]);
    expect(endorsed.knockouts).toEqual([]);
    expect(endorsed.components.find((c) => c.key === "certifications")?.detail).toContain("Held in another state");
    expect(endorsed.feedback.some((f) => f.startsWith("RN license is held in another state on your resume"))).toBe(true);
    expect(runEligible(["Illinois RN license (active)", bls]).score).toBeGreaterThan(runEligible([bls]).score);
    // Nothing held anywhere is still no license, eligibility or not.
    expect(runEligible([bls]).knockouts.map((k) => k.code)).toEqual(["missing_required_license"]);
    // The posting that asks for the state's license alone still does not take another state's.
    expect(run(["Illinois RN license (active)", bls]).knockouts.map((k) => k.code)).toEqual(["missing_required_license"]);
  });

  it("reads a license held in another state as pending once licensure in the required state is applied for", () => {
    const endorsing = run([
      "Illinois RN license (active)",
      "Wisconsin licensure by endorsement: application submitted October 2026, pending",
      bls,
    ]);
    expect(endorsing.knockouts.map((k) => k.code)).toEqual(["missing_required_license"]);
    expect(endorsing.knockouts[0]?.message).toContain("pending");
    expect(endorsing.score).toBeGreaterThan(run(["Illinois RN license (active)", bls]).score);
    // Nothing held anywhere: the application alone is not a license on its way.
    const none = run(["Wisconsin licensure by endorsement: application submitted October 2026, pending", bls]);
    expect(none.knockouts[0]?.message).toContain("not found");
  });

  it("does not let a job title stand in for the license once the resume says which state it is from", () => {
    const named = { ...requirements, certifications: [{ id: null, name: "Registered Nurse license", required: true }] };
    const runNamed = (certifications: string[]) => {
      const { text, profile } = buildResume({ roles, certifications });
      return scorer.scoreResume({ requirements: named, jobText: STATE_JOB_TEXT, profile, resumeText: text });
    };
    // The role title "ICU Registered Nurse" names the credential with no state.
    expect(runNamed(["Illinois Registered Nurse license (active)"]).knockouts.map((k) => k.code)).toEqual(["missing_required_license"]);
    expect(runNamed(["Wisconsin Registered Nurse license (active)"]).knockouts).toEqual([]);
    // Nor does the role title alone: it names the job, it does not state a license.
    expect(runNamed([]).knockouts.map((k) => k.code)).toEqual(["missing_required_license"]);
  });

  it("counts the required state's license, a multistate one, or one that names no state", () => {
    for (const line of [
      "Registered Nurse (RN), State of Wisconsin (active, unrestricted)",
      "Multistate RN license (Iowa), active",
      "RN license #123456",
    ]) {
      expect(run([line, bls]).knockouts, line).toEqual([]);
    }
  });

  it("caps a pending license as a timing gap: medium at best, above a license not held at all", () => {
    const licensed = run(["Wisconsin RN license, active", bls]);
    const pending = run(["Wisconsin RN license: application submitted", bls]);
    const none = run([bls]);
    expect(licensed.verdict).toBe("high");
    expect(pending.verdict).toBe("medium");
    expect(none.verdict).toBe("low");
    expect(pending.score).toBeGreaterThan(none.score);
    expect(pending.score).toBeLessThan(licensed.score);
  });
});
