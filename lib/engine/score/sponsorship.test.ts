import { describe, expect, it } from "vitest";
import type { JobRequirements } from "../types";
import { createScorer } from "./scorer";
import { postingRefusesSponsorship, sponsorshipNeedStatement, statesSponsorshipNeed } from "./sponsorship";
import { buildJob, buildResume, DATA_JOB_TEXT, dataEngineerRole, testLookup } from "./test-helpers";

describe("statesSponsorshipNeed", () => {
  it.each([
    "Data engineer; will require H-1B sponsorship.",
    "Canadian citizen; would require US visa sponsorship (TN eligible) to work in the United States.",
    "Work authorization: H-1B (requires transfer/sponsorship)",
    "Passed the NCLEX-RN in 2026; seeking a US employer to sponsor an immigrant visa (EB-3).",
    "Visa status: F-1 OPT",
    "Currently on an H-1B visa.",
    "Sponsorship required.",
    "Australian citizen; will require Tier 2/Skilled Worker sponsorship.",
    "Australian citizen. Open to a UK role with Skilled Worker visa sponsorship.",
    "Would need a work visa to take up a post in Germany.",
    "I will require H-1B sponsorship.",
    "British citizen; no US work authorisation.",
    "Not currently authorized to work in the United States.",
    "Based in Toronto, without UK right to work at present.",
  ])("reads a need in %j", (text) => {
    expect(statesSponsorshipNeed(text)).toBe(true);
  });

  it.each([
    "Authorized to work in the US; will not require sponsorship.",
    "U.S. permanent resident (green card, 2024)",
    "Formerly on an H-1B visa, now a green card holder.",
    "No sponsorship needed.",
    "Recruited and onboarded H-1B engineers for the platform team.",
    "Sponsored the company 5K run.",
    "Needed to secure event sponsorship from three brands for the annual conference.",
    "Irish citizen: no visa or sponsorship needed to work in the UK.",
    "Processed Skilled Worker visa applications for 40 overseas hires.",
    "Lives in Lisbon, Portugal.",
    "UK citizen with no right to work restrictions.",
    "Ran right to work checks for 200 new starters.",
    "Authorized to work in the US without sponsorship; no work authorization issues.",
  ])("reads no need in %j", (text) => {
    expect(statesSponsorshipNeed(text)).toBe(false);
  });
});

describe("postingRefusesSponsorship", () => {
  const req = (over: Partial<JobRequirements> = {}) => buildJob(over);
  it.each([
    "The right to work in the UK: we are not able to offer visa sponsorship for this role.",
    "We cannot provide sponsorship.",
    "Visa sponsorship is not available for this position.",
    "Applicants must be authorized to work in the US without sponsorship.",
  ])("reads a refusal in %j", (text) => {
    expect(postingRefusesSponsorship(req(), text)).toBe(true);
  });

  it("follows the posting's parsed eligibility, and reads no refusal in an offer", () => {
    const eligibility = { countries: ["United Kingdom"], openToOthers: false, timeZone: null, relocation: null };
    expect(postingRefusesSponsorship(req({ eligibility: { ...eligibility, sponsorship: "no" } }), "Structural Engineer")).toBe(true);
    expect(postingRefusesSponsorship(req({ eligibility: { ...eligibility, sponsorship: "yes" } }), "We sponsor visas.")).toBe(false);
    expect(postingRefusesSponsorship(req(), "Visa sponsorship available for the right candidate.")).toBe(false);
  });
});

describe("a stated need for sponsorship against a posting that offers none", () => {
  const scorer = createScorer(testLookup);
  const jobText = `${DATA_JOB_TEXT}\nWe are unable to offer visa sponsorship.`;
  const scoreWith = (extra: string, location: string | null = null) => {
    const { text, profile } = buildResume({
      summary: `Data engineer. ${extra}`,
      roles: [dataEngineerRole()],
    });
    const withPlace = { ...profile, contact: { ...profile.contact, location } };
    return scorer.scoreResume({ requirements: buildJob(), jobText, profile: withPlace, resumeText: text });
  };

  it("is a knockout whose explanation quotes the resume", () => {
    const r = scoreWith("Will require Tier 2/Skilled Worker sponsorship.");
    const k = r.knockouts.find((x) => x.code === "work_authorization");
    expect(k?.message).toContain("Will require Tier 2/Skilled Worker sponsorship");
    expect(r.verdict).not.toBe("high");
    expect(r.score).toBeLessThan(scoreWith("").score);
  });

  it("leaves a candidate who states nothing about visas without that knockout", () => {
    expect(scoreWith("").knockouts.some((x) => x.code === "work_authorization")).toBe(false);
    expect(sponsorshipNeedStatement("Data engineer based in Sydney, Australia.")).toBeNull();
  });
});
