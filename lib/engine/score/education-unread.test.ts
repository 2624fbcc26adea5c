import { describe, expect, it } from "vitest";
import { createScorer } from "./scorer";
import { buildJob, buildResume, DATA_JOB_TEXT, dataEngineerRole, testLookup } from "./test-helpers";

const scorer = createScorer(testLookup);
const requirements = buildJob({
  degree: { level: "bachelor", fields: ["Computer Science"], required: true, orEquivalentExperience: false },
});
const role = dataEngineerRole();
const score = (tail: string) => {
  const { text, profile } = buildResume({ roles: [role] });
  return scorer.scoreResume({ requirements, jobText: DATA_JOB_TEXT, profile, resumeText: `${text}${tail}` });
};

describe("a required degree the resume names but the parser could not read", () => {
  it("is not a degree knockout when the resume names a degree (a table row, 'BE (Hons)')", () => {
    for (const tail of [
      "Qualification | Institution | Year\nMEng Computer Science | University of Bath | 2017\n",
      "BE (Hons) Computer Engineering, 2016\n",
    ]) {
      const r = score(tail);
      expect(r.knockouts.some((k) => k.code === "missing_required_degree")).toBe(false);
      expect(r.findings.education).toContain("not confirmed");
    }
  });

  it("stays a knockout when the resume names no degree at all, and scores below an unread one", () => {
    const none = score("Interests: hiking, chess\n");
    expect(none.knockouts.some((k) => k.code === "missing_required_degree")).toBe(true);
    expect(none.score).toBeLessThan(score("BSc Computer Science, 2016\n").score);
    // "MS Excel" or a state code is not a degree.
    expect(score("Tools: MS Excel; lives in Boston, MA\n").knockouts.some((k) => k.code === "missing_required_degree")).toBe(true);
  });
});
