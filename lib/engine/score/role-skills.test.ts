import { describe, expect, it } from "vitest";
import { parseResume } from "../parse/resume";
import { prepareResume } from "./prepare";

const NOW = new Date("2026-11-15T00:00:00Z");
const HEADER = `Robin Example
robin@example.com`;
const SKILLS = `SKILLS
Payroll, Excel, Xero`;
const EXPERIENCE = `SUMMARY
Payroll specialist; payroll for retail and payroll for logistics firms.

EXPERIENCE
Payroll Officer — Harbour Retail, Auckland
Jan 2022 – Present
- Ran weekly payroll for 300 staff in Xero and reconciled payroll journals.
- Payroll audits every quarter; payroll year-end.

Accounts Assistant — Kauri Logistics, Auckland
Jan 2019 – Dec 2021
- Prepared the fortnightly payroll for 80 drivers and answered their pay queries.`;

const rolesWithPayroll = (text: string) => {
  const resume = prepareResume(parseResume(text, { now: NOW }), text);
  return resume.roles.map((r) => r.skillIds.has("payroll"));
};

describe("skills a role's work shows", () => {
  it("do not depend on where the resume puts its skills section", () => {
    const last = rolesWithPayroll(`${HEADER}\n\n${EXPERIENCE}\n\n${SKILLS}\n`);
    const first = rolesWithPayroll(`${HEADER}\n\n${SKILLS}\n\n${EXPERIENCE}\n`);
    expect(last).toEqual([true, true]);
    expect(first).toEqual(last);
  });

  it("leave out a role that only lists the skill on a keyword line", () => {
    const listed = EXPERIENCE.replace(
      "- Prepared the fortnightly payroll for 80 drivers and answered their pay queries.",
      "- Payroll, Excel, Xero",
    );
    expect(rolesWithPayroll(`${HEADER}\n\n${SKILLS}\n\n${listed}\n`)[1]).toBe(false);
  });
});
