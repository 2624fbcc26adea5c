// A posting open only to citizens sponsors no visa, unless it offers a waiver. Snippets are made up.
import { describe, expect, it } from "vitest";
import { extractEligibility } from "./eligibility";

const sponsorship = (text: string) => extractEligibility(text, "Canberra ACT", "hybrid").sponsorship;

describe("citizens only", () => {
  it("reads a citizenship requirement as no sponsorship", () => {
    expect(sponsorship("To be eligible you must be an Australian citizen. The department will not consider a citizenship waiver.")).toBe(
      "no",
    );
    expect(sponsorship("U.S. citizenship is required for this position.")).toBe("no");
  });

  it("leaves sponsorship unstated when a waiver may be granted or citizenship is only one of several statuses", () => {
    expect(sponsorship("You must be an Australian citizen; a citizenship waiver may be considered in exceptional cases.")).toBeNull();
    expect(sponsorship("Persons residing in Canada and Canadian citizens abroad may apply.")).toBeNull();
  });
});
