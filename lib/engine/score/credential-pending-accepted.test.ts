import { describe, expect, it } from "vitest";
import { buildExplanation } from "./explanation";
import { createScorer } from "./scorer";
import { buildResume, icuRole, rnLicenceJob, testLookup } from "./test-helpers";

const scorer = createScorer(testLookup);
const requirements = rnLicenceJob;
const roles = [icuRole("2019-01", "2026-10")];
const PENDING = "Wisconsin RN license — application submitted / pending";
const score = (jobText: string, certifications: string[]) => {
  const { text, profile } = buildResume({ roles, certifications });
  return scorer.scoreResume({ requirements, jobText, profile, resumeText: text });
};
const STRICT = "ICU Registered Nurse\n- Registered Nurse (RN) license required on your start date";
const ACCEPTING = "ICU Registered Nurse\n- You must hold an RN license or have applied for it before you start.";

describe("a posting that accepts a licence applied for", () => {
  it("counts a pending licence as meeting it: no knockout, and the same score as a held one on that posting", () => {
    const pending = score(ACCEPTING, [PENDING]);
    expect(pending.knockouts).toEqual([]);
    expect(pending.facts.credentials?.[0]).toMatchObject({ status: "pending", pendingAccepted: true });
    expect(pending.score).toBeCloseTo(score(ACCEPTING, ["Wisconsin RN license #123456"]).score, 5);
  });

  it("keeps the knockout for the same resume when the posting wants the licence held", () => {
    const strict = score(STRICT, [PENDING]);
    expect(strict.knockouts.map((k) => k.code)).toEqual(["missing_required_license"]);
    expect(strict.facts.credentials?.[0]?.pendingAccepted).toBeUndefined();
    expect(strict.score).toBeLessThan(score(ACCEPTING, [PENDING]).score);
  });

  it("tells the hiring manager to check the licence is granted, not that it is missing", () => {
    const result = score(ACCEPTING, [PENDING]);
    const { text, profile } = buildResume({ roles, certifications: [PENDING] });
    const explanation = buildExplanation({ result, requirements, profile, text });
    const lines = [...explanation.gaps, ...explanation.knockouts, ...explanation.uncertainties];
    expect(lines.some((l) => l.includes("the posting accepts that"))).toBe(true);
    expect(lines.some((l) => l.includes("pending, not held yet"))).toBe(false);
  });
});
