import { describe, expect, it } from "vitest";
import { parseResume } from "../parse/resume";
import { certificationFit } from "./components";
import { prepareJob, prepareResume } from "./prepare";
import { buildJob, testLookup } from "./test-helpers";

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

describe("credentials the taxonomy does not know, found by the job's own wording", () => {
  const job = prepareJob(
    buildJob({
      title: "Penetration Tester",
      mustHaveSkills: [],
      niceToHaveSkills: [],
      certifications: [
        { id: null, name: "CompTIA PenTest+", required: true },
        { id: null, name: "Notary Public Commission", required: false },
      ],
    }),
    "Penetration Tester\n- CompTIA PenTest+ required\n- Notary Public Commission a plus",
    testLookup,
  );
  const statuses = (body: string) => {
    const text = `Sam Roe\nsam.roe@example.com\n\n${body}\n`;
    return certificationFit(job, prepareResume(parseResume(text, { now: new Date(Date.UTC(2026, 10, 1)) }), text)).checks.map(
      (c) => c.status,
    );
  };

  it("finds names with regexp characters and in any letter case", () => {
    expect(statuses("CERTIFICATIONS\nCompTIA PenTest+ (2024)\nnotary public commission, State of Ohio")).toEqual(["held", "held"]);
  });

  it("does not find a name only part of another word, nor one that is absent", () => {
    expect(statuses("CERTIFICATIONS\nCompTIA PenTest+Pro\nNotary")).toEqual(["missing", "missing"]);
  });
});
