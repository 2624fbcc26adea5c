import { describe, expect, it } from "vitest";
import { getDefaultSkillMatcher } from "../skills/matcher";
import { parseResume } from "./resume";

const NOW = new Date(Date.UTC(2026, 10, 1));
const matcher = getDefaultSkillMatcher();
const names = (text: string) => parseResume(text, { now: NOW, matcher }).skills.map((s) => s.name.toLowerCase());

describe("names, employers and places are not skill evidence", () => {
  it("a person named Taylor Swift living in Phoenix gains neither Swift nor Phoenix", () => {
    const text = [
      "TAYLOR SWIFT",
      "Phoenix, AZ · taylor.swift@example.com · (602) 555-0134",
      "",
      "EXPERIENCE",
      "Staff Accountant — Desert Ledger LLC, Phoenix, AZ",
      "Jan 2019 – Present",
      "• Month-end close and reconciliations in Excel",
    ].join("\n");
    const found = names(text);
    expect(found.some((n) => n.includes("swift"))).toBe(false);
    expect(found.some((n) => n.includes("phoenix"))).toBe(false);
    expect(found.some((n) => n.includes("excel"))).toBe(true);
  });

  it("the same words written as work still count", () => {
    const text = [
      "Jordan Lee",
      "Austin, TX · jordan@example.com",
      "",
      "EXPERIENCE",
      "iOS Engineer — Acme Apps",
      "Jan 2019 – Present",
      "• Built iOS apps in Swift and services in the Phoenix framework",
    ].join("\n");
    const found = names(text);
    expect(found.some((n) => n.includes("swift"))).toBe(true);
  });

  it("an employer named after a product is not evidence of it; the bracketed description is", () => {
    const profile = parseResume(
      [
        "Sam Rivera",
        "sam@example.com",
        "",
        "EXPERIENCE",
        "Account Executive — Salesforce (CRM software company)",
        "Mar 2020 – Present",
        "• Closed mid-market deals",
      ].join("\n"),
      { now: NOW, matcher },
    );
    expect(profile.skills.some((s) => s.id === "salesforce")).toBe(false);
    expect(profile.nonEvidence?.map((s) => s.kind)).toEqual(expect.arrayContaining(["contact", "employer"]));
    const employer = profile.nonEvidence?.find((s) => s.kind === "employer");
    expect(employer).toBeDefined();
  });
});

describe("people the text names are not skill evidence", () => {
  const resume = (line: string) =>
    [
      "Morgan Reyes",
      "Cambridge, MA · morgan.reyes@example.com",
      "",
      "EXPERIENCE",
      "Research Assistant — Cell Cycle Lab, Cambridge University",
      "Sep 2020 – Present",
      `• ${line}`,
    ].join("\n");

  it("a Nobel laureate, a doctor or a supervisor named in a bullet lends the candidate no skill", () => {
    for (const line of [
      "Yeast cell-cycle genetics in the group led by Nobel laureate Paul Nurse.",
      "Trained under Dr. Paul Nurse on fission yeast imaging.",
      "Fission yeast imaging in the lab of Paul Nurse.",
      "Supervised by Prof. Paul Nurse; fission yeast imaging.",
    ]) {
      expect(names(resume(line)).some((n) => n.includes("nurs"))).toBe(false);
    }
  });

  it("the same word written as work still counts", () => {
    expect(names(resume("Worked as a registered nurse on a cardiac ward before research.")).some((n) => n.includes("nurs"))).toBe(true);
  });

  it("a city cited with its state in a bullet is a place, not a framework", () => {
    const text = resume("13-week contracts in Phoenix AZ and Boise ID; Epic charting.");
    expect(names(text).some((n) => n.includes("phoenix"))).toBe(false);
    expect(names(text).some((n) => n.includes("epic"))).toBe(true);
  });

  it("the references section describes the referees, not the candidate", () => {
    const text = [resume("Fission yeast imaging and qPCR."), "", "REFERENCES", "Dr. Ana Ortiz, Nurse Manager, Mercy Hospital"].join("\n");
    expect(names(text).some((n) => n.includes("nurs"))).toBe(false);
  });
});
