import { describe, expect, it } from "vitest";
import type { JobRequirements } from "../types";
import { acronymExpansion, misreadAcronym } from "./acronyms";
import { prepareJob } from "./prepare";
import { buildJob, testLookup } from "./test-helpers";

const THERAPIST = `Outpatient Therapist (LCSW)
Requirements: current LCSW license in Oregon.
Please note: Clinical Social Work Associates (CSWA) and licensed master's social workers (LMSW) should look at our Associate openings.`;
const SOLIDWORKS = ["Certified SolidWorks Professional", "CSWA certification", "CSWP certification", "Certified SOLIDWORKS Associate"];

describe("acronymExpansion", () => {
  it("finds the words a posting spells an acronym out with", () => {
    expect(acronymExpansion("CSWA", THERAPIST)).toBe("Clinical Social Work Associates");
    expect(acronymExpansion("LMSW", THERAPIST)).toBe("licensed master's social workers");
    expect(acronymExpansion("CPA", "Certified Public Accountant (CPA) required")).toBe("Certified Public Accountant");
    expect(acronymExpansion("CSWP", THERAPIST)).toBeNull();
  });
});

describe("misreadAcronym", () => {
  it("flags a requirement read only from an acronym the posting defines as something else", () => {
    expect(misreadAcronym(SOLIDWORKS, THERAPIST)).toBe(true);
  });

  it("keeps a requirement the posting names in full or spells out as itself", () => {
    expect(misreadAcronym(SOLIDWORKS, `${THERAPIST}\nCertified SolidWorks Professional preferred.`)).toBe(false);
    expect(misreadAcronym(["Certified Public Accountant (CPA)", "CPA"], "Must be a Certified Public Accountant (CPA).")).toBe(false);
    expect(misreadAcronym(["Registered Nurse (RN)", "RN"], "Current RN license required.")).toBe(false);
  });
});

describe("prepareJob", () => {
  it("drops a requirement read from an acronym the posting spells out as another credential", () => {
    const skill = testLookup.allSkills().find((s) => s.aliases.some((a) => /^[A-Z]{2,6}$/.test(a)));
    expect(skill).toBeDefined();
    if (!skill) return;
    const acronym = skill.aliases.find((a) => /^[A-Z]{2,6}$/.test(a)) ?? "";
    const words = [...acronym].map((c) => `${c}xx`).join(" ");
    const text = `Analyst\nRequirements: SQL.\n${words} (${acronym}) applicants should see our other openings.`;
    const req: JobRequirements = buildJob({
      mustHaveSkills: ["sql", skill.id],
      certifications: [{ id: skill.id, name: skill.name, required: true }],
    });
    const job = prepareJob(req, text, testLookup);
    expect(job.must.map((r) => r.ids[0])).toEqual(["sql"]);
    expect(job.credentials).toEqual([]);
    // Named in full, it stays.
    const named = prepareJob(req, `${text}\n${skill.name} required.`, testLookup);
    expect(named.must.map((r) => r.ids[0])).toContain(skill.id);
  });
});
