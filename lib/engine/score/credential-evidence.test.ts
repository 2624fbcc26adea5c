import { describe, expect, it } from "vitest";
import { parseResume } from "../parse/resume";
import { prepareResume } from "./prepare";

const TEXT = `Dana Lee
Milwaukee, WI · dana.lee@example.com

LICENSES & CERTIFICATIONS
Registered Nurse, Wisconsin
BLS and ACLS, American Heart Association

SKILLS
CPA, patient education

EXPERIENCE
Staff Nurse — Mercy Hospital
Jan 2020 – Present
- Cared for two ICU patients per shift
`;

describe("credential evidence", () => {
  const prepared = prepareResume(parseResume(TEXT, { now: new Date(Date.UTC(2026, 10, 1)) }), TEXT);

  it("gives a credential under a licenses/certifications heading full strength, not the skills-list discount", () => {
    for (const id of ["bls", "acls"]) {
      expect(prepared.skills.get(id)?.strength, id).toBe(1);
      expect(prepared.skills.get(id)?.listedOnly, id).toBe(false);
    }
  });

  it("still discounts a credential named only in a skills list", () => {
    expect(prepared.skills.get("cpa")?.strength).toBeLessThan(0.5);
    expect(prepared.skills.get("cpa")?.listedOnly).toBe(true);
  });
});
