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

describe("support for a work visa", () => {
  it("reads an employer's support for a work visa application as sponsorship", () => {
    expect(
      sponsorship(
        "Citizens need nothing more. For overseas-trained nurses who are registered we are an accredited employer and can support a work visa application and relocation costs.",
      ),
    ).toBe("yes");
  });

  it("reads an employer unable to support a visa application as no sponsorship", () => {
    expect(sponsorship("Unfortunately we are not able to support visa applications for this role.")).toBe("no");
  });
});
