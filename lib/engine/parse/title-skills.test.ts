import { describe, expect, it } from "vitest";
import { REQUIREMENTS_SCHEMA_VERSION } from "../constants";
import { jobRequirementsSchema } from "../types";
import { parseJobDescription } from "./job";

const ICU = `Registered Nurse (RN) – Medical/Surgical ICU – Nights

Requirements
- Active RN license in Wisconsin or a multistate NLC license
- BLS certification
- 2 years of acute-care hospital experience
`;

describe("skills named by the job title", () => {
  it("keeps a field named only by the title out of the must-haves, as a title skill", () => {
    const r = parseJobDescription(ICU);
    expect(r.titleSkills).toEqual(["critical-care"]);
    expect(r.mustHaveSkills).not.toContain("critical-care");
    expect(r.niceToHaveSkills).not.toContain("critical-care");
    expect(r.duties ?? []).not.toContain("critical-care");
  });

  it("keeps a credential named by the title required, with the alternatives a later line gives", () => {
    const r = parseJobDescription(ICU);
    expect(r.mustHaveSkills).toContain("registered-nurse");
    const rn = r.certifications.find((c) => c.id === "registered-nurse");
    expect(rn?.required).toBe(true);
    expect(rn?.anyOf).toBeDefined();
    expect(r.certifications.find((c) => c.id === "nurse-licensure-compact")?.anyOf).toBe(rn?.anyOf);
  });

  it("reads tools in parentheses as the role's stack (required), and the rest of the title as title skills", () => {
    const r = parseJobDescription(`Senior Backend Engineer (Go) — Shipment Data Platform

Requirements
- 5+ years building backend services
- Experience with PostgreSQL and Kafka
`);
    expect(r.mustHaveSkills).toEqual(expect.arrayContaining(["go", "postgresql", "kafka"]));
    expect(r.titleSkills).toContain("data-engineering");
    expect(r.mustHaveSkills).not.toContain("data-engineering");
  });

  it("does not read an abbreviation in parentheses as a stack", () => {
    const r = parseJobDescription(`Security Operations Center (SOC) Analyst – L2

Requirements
- Experience with Splunk
`);
    expect(r.titleSkills).toContain("soc");
    expect(r.mustHaveSkills).toEqual(["splunk"]);
  });

  it("makes a title skill the body also requires a must-have that meets the body's group", () => {
    const r = parseJobDescription(`Data Scientist

Requirements
- Data science or machine learning experience in production
- Python and SQL
`);
    expect(r.mustHaveGroups).toEqual(expect.arrayContaining([["data-science"], ["python"], ["sql"]]));
    expect(r.mustHaveGroups?.some((g) => g.length > 1)).toBe(false);
    expect(r.titleSkills).toEqual([]);
  });

  it("keeps the title's skills required when the posting asks for nothing else", () => {
    const r = parseJobDescription(`Front Desk Agent – The Larkspur Hotel

You'll check guests in and out and handle reservations. We'd love someone friendly.
`);
    expect(r.mustHaveSkills).toEqual(["front-desk"]);
    expect(r.titleSkills).toEqual([]);
  });

  it("stores title skills in schema version 5 and still reads version-4 requirements without them", () => {
    const r = parseJobDescription(ICU);
    expect(r.schemaVersion).toBe(REQUIREMENTS_SCHEMA_VERSION);
    expect(jobRequirementsSchema.parse(r).titleSkills).toEqual(["critical-care"]);
    const { titleSkills: _t, ...older } = r;
    const v4 = jobRequirementsSchema.parse({ ...older, schemaVersion: 4 });
    expect(v4.titleSkills).toBeUndefined();
    expect(v4.mustHaveSkills).toEqual(r.mustHaveSkills);
  });
});
