import { describe, expect, it } from "vitest";
import { parseResume } from "../parse/resume";
import { matchCustomSkill } from "./custom-requirements";
import { prepareResume } from "./prepare";

const NOW = new Date("2026-11-15T00:00:00Z");
const RESUME = (bullet: string, tail = "") => `Alex Example
alex@example.com

EXPERIENCE
Payroll Administrator — Northwind Foods, Toronto
Jan 2019 – Present
- Ran bi-weekly payroll for 400 employees and reconciled remittances every month.
${bullet}

EDUCATION
Diploma in Business Administration, Seneca College, 2018
${tail}`;

const prepared = (text: string) => prepareResume(parseResume(text, { now: NOW }), text);
const listedLines = (text: string) => prepared(text).keywordLines.map(([a, b]) => text.slice(a, b).trim());

describe("keyword lines", () => {
  it("reads a bullet of a few skill names and nothing else as a list, not as work shown", () => {
    const text = RESUME("- Python, Kubernetes, Tableau");
    expect(listedLines(text)).toContain("- Python, Kubernetes, Tableau");
    expect(prepared(text).skills.get("python")?.inExperience).toBe(false);
  });

  it("keeps a described bullet that uses the same skills as work shown", () => {
    const text = RESUME("- Automated the payroll reconciliation in Python, cutting month-end close by two days.");
    expect(listedLines(text)).toEqual([]);
    expect(prepared(text).skills.get("python")?.inExperience).toBe(true);
  });

  it("tells a long list of tool names from work described in short phrases", () => {
    expect(listedLines(RESUME("- Python, Kubernetes, Tableau, Docker, Kafka"))).toContain("- Python, Kubernetes, Tableau, Docker, Kafka");
    expect(listedLines(RESUME("- Led SIT, UAT, cutover and go-live, then support through hypercare"))).toEqual([]);
  });

  it("keeps work described in short phrases with a measured outcome as work shown", () => {
    const text = RESUME("- Payroll UI in React/TS; rendering performance (60fps with 20k rows); a11y lead; design system owner.");
    expect(listedLines(text)).toEqual([]);
    expect(prepared(text).skills.get("react")?.inExperience).toBe(true);
  });

  it("reads a line repeated verbatim as keywords wherever it stands, and its words count once", () => {
    const line = "Python Kubernetes Tableau";
    const once = prepared(RESUME("", line));
    const twenty = prepared(RESUME("", Array.from({ length: 20 }, () => line).join("\n")));
    expect(twenty.keywordLines.length).toBe(20);
    const term = [...twenty.tf.keys()].find((t) => t.startsWith("kubernet")) ?? "";
    expect(term).not.toBe("");
    expect(twenty.tf.get(term) ?? 0).toBeLessThanOrEqual((once.tf.get(term) ?? 0) + 1e-9);
  });

  it("reads a bullet of skill names with a name the taxonomy does not know among them as a list", () => {
    const text = RESUME("- Regulatory Compliance, Negotiation, machinery of government");
    expect(listedLines(text)).toContain("- Regulatory Compliance, Negotiation, machinery of government");
    // The unknown name, searched for a posting that asks for it, is listed there, not used in the role.
    const custom = matchCustomSkill("custom:machinery of government", prepared(text));
    expect(custom?.inExperience).toBe(false);
    expect(custom?.listedOnly).toBe(true);
  });

  it("gives the role nothing for a keyword bullet: its vocabulary is the role's described work only", () => {
    const plain = prepared(RESUME(""));
    const bullet = prepared(RESUME("- Python, Kubernetes, Tableau, Docker, Kafka"));
    expect(bullet.keywordLines.length).toBe(1);
    const terms = (tf?: Map<string, number>) => [...(tf ?? [])].filter(([, w]) => w > 0).sort();
    expect(terms(bullet.roles[0]?.tf)).toEqual(terms(plain.roles[0]?.tf));
    expect(bullet.roles[0]?.skillIds.has("python")).toBe(false);
  });

  it("flags a line of skill names written five times as stuffing, but not the same line once", () => {
    const line = "Payroll Excel Kubernetes";
    expect(prepared(RESUME("", line)).keywordStuffing).toBe(false);
    expect(prepared(RESUME("", Array.from({ length: 5 }, () => line).join("\n"))).keywordStuffing).toBe(true);
  });

  it("reads a bullet wrapped over two lines as one sentence, so its tail is not a list of names", () => {
    const one = RESUME(
      "- Ran bi-weekly payroll for 400 staff across three provinces with whole-year remittances and Excel, ADP, Ceridian.",
    );
    const wrapped = RESUME(
      "- Ran bi-weekly payroll for 400 staff across three provinces with whole-year remittances and\nExcel, ADP, Ceridian.",
    );
    expect(listedLines(one)).toEqual([]);
    expect(listedLines(wrapped)).toEqual([]);
  });

  it("does not flag one title written three times (header, two registrations) as stuffing", () => {
    const text = `Siobhan Example
Registered Midwife
siobhan@example.ie

EXPERIENCE
Staff Midwife — Lee Valley Maternity Hospital, Cork
Jan 2020 – Present
- Care in labour for women with low- and high-risk pregnancies, including induction and water births.

REGISTRATION
Registered Midwife
Nursing and Midwifery Council (NMC), UK
Registered Midwife
Nursing and Midwifery Board of Ireland (NMBI)
`;
    expect(prepared(text).keywordStuffing).toBe(false);
  });
});
