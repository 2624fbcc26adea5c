// Security clearances: read with their level as an eligibility credential, never as a skill of their own
// when the candidate may obtain them after the offer. Snippets are made up.
import { describe, expect, it } from "vitest";
import { parseJobDescription } from "../job";

const posting = (header: string, eligibility: string) =>
  `Policy Officer\nDepartment of Examples\n${header}\n\nKey selection criteria\n- Experience writing SQL queries\n\nEligibility\n${eligibility}\n`;

describe("security clearance", () => {
  it("reads a clearance the candidate may obtain as a credential with its level, not required and not a must-have", () => {
    const r = parseJobDescription(
      posting(
        "Security clearance: Baseline",
        "The successful candidate must be able to obtain and maintain a Baseline security clearance.",
      ),
    );
    expect(r.certifications).toContainEqual({ id: "security-clearance", name: "Baseline Security Clearance", required: false });
    expect(r.mustHaveSkills).not.toContain("security-clearance");
    expect(r.mustHaveSkills).toContain("sql");
  });

  it("keeps a clearance to hold already required, named with its level", () => {
    const r = parseJobDescription(posting("Clearance: NV1", "You must hold a current NV1 security clearance."));
    const c = r.certifications.filter((x) => x.id === "security-clearance");
    expect(c).toEqual([{ id: "security-clearance", name: "Negative Vetting Level 1 (NV1) Security Clearance", required: true }]);
  });

  it("reads a UK vetting field line as its level", () => {
    const r = parseJobDescription(posting("Vetting: SC", "You will need to undergo Security Check (SC) vetting."));
    expect(r.certifications).toContainEqual({ id: "security-clearance", name: "Security Check (SC) Clearance", required: false });
  });
});
