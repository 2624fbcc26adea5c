import { describe, expect, it } from "vitest";
import { buildExplanation } from "./explanation";
import { createScorer } from "./scorer";
import { buildResume, icuRole, rnLicenceJob, testLookup } from "./test-helpers";

const scorer = createScorer(testLookup);
const requirements = rnLicenceJob;
const ALBERTA = "ICU Registered Nurse\n- RN license: current registration with the College of Registered Nurses of Alberta (CRNA)";
const ANYWHERE = "ICU Registered Nurse\n- Current RN license required";
const roles = [icuRole("2019-01", "2026-10")];
const score = (jobText: string, certifications: string[]) => {
  const { text, profile } = buildResume({ roles, certifications });
  return { result: scorer.scoreResume({ requirements, jobText, profile, resumeText: text }), text, profile };
};

describe("a registration required in one jurisdiction", () => {
  it("is met by a registration with the regulator the posting names", () => {
    const { result } = score(ALBERTA, ["RN license, CRNA #44512"]);
    expect(result.knockouts).toEqual([]);
    expect(result.facts.credentials?.[0]).toMatchObject({ status: "held" });
  });

  it("treats a registration with another country's regulator as pending transfer: a knockout, not a licence held", () => {
    const { result } = score(ALBERTA, ["RN license, Nursing and Midwifery Council PIN 12A3456E"]);
    expect(result.facts.credentials?.[0]).toMatchObject({ status: "pending", transferFrom: "Nursing and Midwifery Council" });
    expect(result.knockouts.map((k) => k.code)).toEqual(["missing_required_license"]);
    expect(result.score).toBeLessThan(score(ALBERTA, ["RN license, CRNA #44512"]).result.score - 15);
  });

  it("gives another province's registration partial credit, between a held one and one from abroad", () => {
    const held = score(ALBERTA, ["RN license, CRNA #44512"]).result.score;
    const ontario = score(ALBERTA, ["RN license, College of Nurses of Ontario #12345"]).result;
    const uk = score(ALBERTA, ["RN license, Nursing and Midwifery Council PIN 12A3456E"]).result.score;
    expect(ontario.facts.credentials?.[0]?.transferFrom).toBe("Ontario");
    expect(ontario.score).toBeLessThan(held);
    expect(ontario.score).toBeGreaterThan(uk);
  });

  it("counts the required registration applied for when the resume says so beside the other one", () => {
    const { result } = score(ALBERTA, ["RN license, College of Nurses of Ontario #12345", "CRNA registration: application submitted"]);
    expect(result.facts.credentials?.[0]?.transferFrom).toBeUndefined();
  });

  it("leaves a registration from anywhere as held when the posting names no jurisdiction", () => {
    const { result } = score(ANYWHERE, ["RN license, Nursing and Midwifery Council PIN 12A3456E"]);
    expect(result.knockouts).toEqual([]);
    expect(result.facts.credentials?.[0]).toMatchObject({ status: "held" });
  });

  it("lists the transfer under 'to check' with the regulator the resume names", () => {
    const { result, text, profile } = score(ALBERTA, ["RN license, Nursing and Midwifery Council PIN 12A3456E"]);
    const explanation = buildExplanation({ result, requirements, profile, text });
    expect(explanation.uncertainties.some((l) => l.includes("Nursing and Midwifery Council") && l.includes("transferred"))).toBe(true);
    expect(explanation.knockouts.some((l) => l.includes("pending transfer"))).toBe(true);
  });
});
