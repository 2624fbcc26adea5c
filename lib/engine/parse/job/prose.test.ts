import { describe, expect, it } from "vitest";
import { findYearsRequirement, parseJobDescription } from "../job";
import { isBoilerplate } from "./clauses";
import { cityOfSite } from "./places";

const posting = (requirements: string, preferred = "") =>
  `Account Manager\nNorthwind Supply · Leeds\n\nWhat you'll do\n- Look after a book of wholesale customers\n\nRequirements\n${requirements}\n${
    preferred ? `\nPreferred\n${preferred}\n` : ""
  }`;

describe("money that is not pay", () => {
  it("keeps deal sizes and quotas as requirement text", () => {
    expect(isBoilerplate("Experience running a full sales cycle with deals of $20K–$150K")).toBe(false);
    expect(isBoilerplate("A track record against a quota of $500K to $700K")).toBe(false);
    expect(isBoilerplate("Salary: $50,000–$60,000 depending on experience")).toBe(true);
  });

  it("judges a clause by what lies outside a pay aside in parentheses", () => {
    expect(isBoilerplate("Fluent Polish or Czech (language allowance of $1,200 per year)")).toBe(false);
    expect(isBoilerplate("Competitive salary ($45,000–$52,000)")).toBe(true);
  });

  it("reads a full sales cycle asked for with a deal size as a must-have", () => {
    const r = parseJobDescription(posting("- Experience running a full sales cycle (prospecting to close) with deals of $10K–$90K."));
    expect(r.mustHaveSkills).toContain("full-cycle-sales");
  });
});

describe("a general kind named with examples of it", () => {
  it("reads 'bilingual in X or Y' as the languages, not a generic language skill", () => {
    const r = parseJobDescription(
      posting("- 2+ years in account management", "- Bilingual in Spanish or Vietnamese (bilingual allowance of $2,000/year)."),
    );
    expect(r.niceToHaveSkills).toEqual(expect.arrayContaining(["spanish", "vietnamese"]));
    expect(r.niceToHaveSkills).not.toContain("foreign-languages");
  });

  it("keeps a skill that has a broader skill of its own when a detail follows it", () => {
    const r = parseJobDescription(posting("- Advanced Microsoft Excel (Power Query)"));
    expect(r.mustHaveSkills).toContain("microsoft-excel");
  });

  it("reads examples in parentheses after a general kind as the requirement", () => {
    const r = parseJobDescription(posting("- Basic computer skills (Excel, Word)."));
    expect(r.mustHaveGroups).toContainEqual(["microsoft-excel", "microsoft-word"]);
    expect(r.mustHaveSkills).not.toContain("computer-literacy");
  });

  it("keeps other experience that an aside says counts as context, not requirements", () => {
    const r = parseJobDescription(posting("- 1+ year in account management (retail and hospitality experience counts)."));
    expect(r.mustHaveSkills).toContain("account-management");
    expect(r.mustHaveSkills).not.toContain("hospitality");
    expect(r.duties).toContain("hospitality");
  });
});

describe("years that are a deadline", () => {
  it("does not read a deadline for a credential as years of experience", () => {
    expect(findYearsRequirement("ASCP certification (or eligible, with certification within one year of hire)")).toBeNull();
    expect(findYearsRequirement("Complete the CMSRN exam within 2 years of starting")).toBeNull();
    expect(findYearsRequirement("1+ year of hospital core lab experience")).toEqual({ min: 1, max: null });
    expect(findYearsRequirement("Two years of post-master's clinical experience")).toEqual({ min: 2, max: null });
  });
});

describe("a site named by its city in the header", () => {
  it("places a hospital trust's site in its city and country", () => {
    expect(cityOfSite("Leeds General site")).toBe("Leeds");
    expect(cityOfSite("Northfield Community Health site")).toBeNull();
    const r = parseJobDescription(
      "Staff Nurse (Band 5) – Respiratory Ward\nRiverside Hospitals NHS Trust – Manchester Royal site\nPermanent | Full time\n\nRequirements\n- NMC registration\n",
    );
    expect(r.location).toEqual({ text: "Manchester", workplace: "onsite" });
    expect(r.eligibility?.countries).toEqual(["United Kingdom"]);
  });
});
