import { describe, expect, it } from "vitest";
import { parseJobDescription } from "../job";
import { inCredentialParts } from "./clauses";

describe("a credential named in passing, then asked for", () => {
  it("requires the licence the requirements ask for even when a duty line named it first", () => {
    const r = parseJobDescription(
      "Staff Pharmacist – Hospital\n\nResponsibilities\n- Work alongside licensed pharmacists on the oncology ward.\n\nRequirements\n- Licensed as a pharmacist in the State of Vermont.\n- 2+ years of hospital pharmacy practice.\n",
    );
    expect(r.certifications.find((c) => c.id === "pharmacist-license")?.required).toBe(true);
    expect(r.mustHaveSkills).toContain("pharmacist-license");
  });
});

describe("the parts of a credential in parentheses", () => {
  it("tells the parts of a named credential from a list of credentials", () => {
    const line = "Authorization to administer injections (injection training, current CPR and First Aid)";
    expect(inCredentialParts(line, line.indexOf("CPR"))).toBe(true);
    const list = "Current certifications (BLS and ACLS) at hire";
    expect(inCredentialParts(list, list.indexOf("BLS"))).toBe(false);
    const choice = "Authorization to dispense (RN or LPN licence)";
    expect(inCredentialParts(choice, choice.indexOf("RN"))).toBe(false);
    const plain = "Experience with infusion pumps (Alaris, Sigma) and BLS";
    expect(inCredentialParts(plain, plain.indexOf("Alaris"))).toBe(false);
    expect(inCredentialParts(plain, plain.indexOf("BLS"))).toBe(false);
  });

  it("reads one authorization with its parts, not CPR as a requirement of its own", () => {
    const r = parseJobDescription(
      "Community Pharmacist\n\nRequired\n• Authorization to administer injections with the provincial college (injection training certificate, current CPR and First Aid).\n• 1+ year of community pharmacy practice.\n",
    );
    expect(r.certifications.find((c) => c.id === "cpr-first-aid")?.required).toBe(false);
    expect(r.mustHaveSkills).not.toContain("cpr-first-aid");
  });
});

describe("vetting checks", () => {
  it("shows an enhanced DBS check the post is subject to, as a check at hire rather than a knockout", () => {
    const r = parseJobDescription(
      "Teaching Assistant (Primary)\n\nRequirements\n• Experience supporting pupils with SEND.\n• The post is subject to an enhanced DBS check.\n",
    );
    expect(r.certifications).toContainEqual(expect.objectContaining({ name: "Enhanced DBS Check", required: false }));
  });
});
