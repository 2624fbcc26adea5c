// Requirement sections named the public-sector and job-board way ("Key selection criteria", "Essential criteria",
// "Eligibility", "Desired candidate profile"): read at must tier, their "Desirable" counterpart as preferences.
// Snippets are made up.
import { describe, expect, it } from "vitest";
import { parseJobDescription } from "../job";
import { isRequirementHeading } from "./clauses";

describe("requirement headings", () => {
  it("knows selection criteria, person specifications and job-board profiles, but not their desirable halves", () => {
    for (const h of ["Key selection criteria", "Essential criteria", "Person specification", "Eligibility", "Desired candidate profile"])
      expect(isRequirementHeading(h)).toBe(true);
    for (const h of ["Desirable criteria", "About the role", "Preferred qualifications"]) expect(isRequirementHeading(h)).toBe(false);
  });

  it("reads numbered criteria at must tier and the desirable list as preferences, with nothing else made required", () => {
    const r = parseJobDescription(
      [
        "Data Officer - APS Level 5",
        "",
        "About the role",
        "- maintain dashboards in Tableau",
        "",
        "Key selection criteria",
        "1. Data analysis: demonstrated experience writing SQL queries against large datasets.",
        "2. Reporting: well-developed skills in Microsoft Excel.",
        "",
        "Desirable",
        "- Experience with Python",
      ].join("\n"),
    );
    expect(r.mustHaveSkills).toEqual(expect.arrayContaining(["sql", "microsoft-excel"]));
    expect(r.mustHaveSkills).not.toContain("python");
    expect(r.mustHaveSkills).not.toContain("tableau");
    expect(r.niceToHaveSkills).toContain("python");
  });

  it("reads a job board's 'Desired candidate profile' as the requirements and its education line's degree as required", () => {
    const r = parseJobDescription(
      [
        "SAP Consultant",
        "",
        "Roles and responsibilities",
        "- Configure modules",
        "",
        "Desired candidate profile",
        "- 5+ years of SQL",
        "- Education: B.Com / M.Com / MBA (Finance) / CA or any graduate",
      ].join("\n"),
    );
    expect(r.mustHaveSkills).toContain("sql");
    expect(r.degree).toMatchObject({ required: true, fields: ["Finance"] });
    // A chartered accountant is one way to meet the education asked for, not a requirement of its own.
    expect(r.certifications.find((c) => c.id === "chartered-accountant")?.required).toBe(false);
    expect(r.mustHaveSkills).not.toContain("chartered-accountant");
  });
});

describe("selection criteria written as prose", () => {
  it("reads 'Demonstrated …' and 'Well-developed …' criteria as requirements outside a requirement section, not in duties", () => {
    const r = parseJobDescription(
      [
        "Project Officer",
        "",
        "Requirements",
        "- Current driver licence",
        "",
        "Position details",
        "Demonstrated experience writing SQL queries. Well-developed skills in Microsoft Excel.",
        "",
        "Duties",
        "- Demonstrated commitment to Tableau dashboards",
      ].join("\n"),
    );
    expect(r.mustHaveSkills).toEqual(expect.arrayContaining(["sql", "microsoft-excel"]));
    expect(r.mustHaveSkills).not.toContain("tableau");
  });
});

describe("the kind of employer the experience comes from", () => {
  it("does not require the field that names the employer ('at a law firm', 'in a recruitment agency')", () => {
    const r = parseJobDescription(
      "Paralegal\nDenver, CO\n\nRequirements\n- 3 years of litigation paralegal experience at a law firm\n- Experience with Westlaw\n",
    );
    expect(r.mustHaveSkills).not.toContain("law");
    expect(r.mustHaveSkills).toContain("litigation");
    const lawyer = parseJobDescription("Associate\nDenver, CO\n\nRequirements\n- Knowledge of employment law\n");
    expect(lawyer.mustHaveSkills.length).toBeGreaterThan(0);
  });
});

describe("duties of a role the posting asks experience in", () => {
  const duties =
    "Responsibilities\n- Prepare interim valuations and final accounts\n- Work closely with the project manager\n\nRequirements\n";
  it("requires the specific skills its duty bullets name when it asks for experience as the role", () => {
    const r = parseJobDescription(`Quantity Surveyor\nDublin\n\n${duties}- 3 years' experience as a QS with a main contractor\n`);
    expect(r.mustHaveSkills).toEqual(expect.arrayContaining(["interim-valuations", "final-accounts"]));
    // A broad field named in a duty is the setting, not the experience asked for.
    expect(r.mustHaveSkills).not.toContain("project-management");
  });
  it("keeps them duties when the posting asks for something else", () => {
    const r = parseJobDescription(`Quantity Surveyor\nDublin\n\n${duties}- Degree in Quantity Surveying\n`);
    expect(r.mustHaveSkills).not.toContain("interim-valuations");
    expect(r.duties).toContain("interim-valuations");
  });
});
