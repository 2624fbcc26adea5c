import { describe, expect, it } from "vitest";
import { statesSponsorshipNeed } from "./sponsorship";

describe("statesSponsorshipNeed", () => {
  it.each([
    "Data engineer; will require H-1B sponsorship.",
    "Canadian citizen; would require US visa sponsorship (TN eligible) to work in the United States.",
    "Work authorization: H-1B (requires transfer/sponsorship)",
    "Passed the NCLEX-RN in 2026; seeking a US employer to sponsor an immigrant visa (EB-3).",
    "Visa status: F-1 OPT",
    "Currently on an H-1B visa.",
    "Sponsorship required.",
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
  ])("reads no need in %j", (text) => {
    expect(statesSponsorshipNeed(text)).toBe(false);
  });
});
