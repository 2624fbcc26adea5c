// Years requirements with their scope, read with the bundled taxonomy (the scope is whatever
// the taxonomy recognises in the requirement, so the real one is what matters).
import { describe, expect, it } from "vitest";
import { REQUIREMENTS_SCHEMA_VERSION } from "../constants";
import { jobRequirementsSchema } from "../types";
import { parseJobDescription } from "./job";
import { parseResume } from "./resume";

const jd = (requirement: string, extra = "") =>
  `Senior Engineer\nAcme Corp\n\nRequirements\n- ${requirement}\n- Clear written communication\n${extra}`;
const scopes = (requirement: string, extra = "") => parseJobDescription(jd(requirement, extra)).scopedYears;

describe("parseJobDescription: scoped years", () => {
  it.each([
    ["2+ yrs of Python", 2, [["python"]]],
    ["At least three years of experience with React and TypeScript", 3, [["react"], ["typescript"]]],
    ["Minimum of 5 years' experience in accounts payable", 5, [["accounts-payable"]]],
    ["5+ years with Python and SQL", 5, [["python"], ["sql"]]],
    ["3+ years of Python or Go in production", 3, [["python", "go"]]],
  ])("%s", (requirement, minYears, groups) => {
    const r = scopes(requirement);
    expect(r).toHaveLength(1);
    expect(r?.[0]?.minYears).toBe(minYears);
    expect(r?.[0]?.groups).toEqual(groups);
  });

  it("keeps the overall minimum and adds no scope to a sentence naming no skill", () => {
    const r = parseJobDescription(jd("5+ years of professional experience"));
    expect(r.minYearsExperience).toBe(5);
    expect(r.scopedYears).toEqual([]);
  });

  it("reads the ICU requirement as critical care, without the step-down track it excludes or the license", () => {
    const text = jd(
      "At least 2 years of recent RN experience in an adult ICU (medical, surgical, cardiovascular, neuro or trauma ICU). Step-down / progressive care experience is considered for our ICU residency track, not for this posting",
    );
    const r = parseJobDescription(text);
    expect(r.minYearsExperience).toBe(2);
    expect(r.scopedYears).toEqual([expect.objectContaining({ minYears: 2, groups: [["critical-care"]] })]);
  });

  it("takes no scope from deadlines, softened clauses, role phrasing or 'closely related' allowances", () => {
    expect(scopes("BSN required; ADN-prepared nurses must complete a BSN within 5 years of hire")).toEqual([]);
    expect(scopes("5+ years of Kafka is a plus")).toEqual([]);
    expect(scopes("4+ years of experience as a data engineer")).toEqual([]);
    expect(scopes("4+ years building data pipelines in Python (or in a closely related role)")).toEqual([]);
    // The softened part is cut off, the rest keeps its scope.
    expect(scopes("3+ years of Python, Kafka a plus")?.[0]?.groups).toEqual([["python"]]);
  });

  it("ignores years asked for in a preferred section", () => {
    expect(scopes("Python", "\nPreferred\n- 3+ years of Kubernetes\n")).toEqual([]);
  });

  it("is schema version 4, and version-1 requirements stored before scopedYears still parse", () => {
    const r = parseJobDescription(jd("2+ yrs of Python"));
    expect(r.schemaVersion).toBe(REQUIREMENTS_SCHEMA_VERSION);
    expect(REQUIREMENTS_SCHEMA_VERSION).toBe(5);
    expect(jobRequirementsSchema.parse(r).scopedYears).toEqual(r.scopedYears);
    const { scopedYears: _dropped, ...v1 } = { ...r, schemaVersion: 1 };
    const old = jobRequirementsSchema.parse(v1);
    expect(old.schemaVersion).toBe(1);
    expect(old.scopedYears).toBeUndefined();
  });
});

const NOW = new Date(Date.UTC(2026, 10, 1));

describe("parseResume: what each role mentions and what its title names", () => {
  const text = `Sam Rivera
Milwaukee, WI

EXPERIENCE
ICU Registered Nurse — Mercy Hospital
Jan 2024 – Present
- Care for two ventilated patients per shift

Registered Nurse, Progressive Care Unit — Mercy Hospital
Jan 2020 – Dec 2023
- Float to the ICU two shifts a month
- Telemetry monitoring for post-cardiac patients

SKILLS
Python, critical care
`;
  const p = parseResume(text, { now: NOW });

  it("records title skills and mentioned skills per dated role", () => {
    const [icu, pcu] = p.experience;
    expect(icu?.titleSkills).toContain("critical-care");
    expect(icu?.skills).toContain("critical-care");
    expect(pcu?.titleSkills).toContain("telemetry");
    expect(pcu?.titleSkills).not.toContain("critical-care");
    expect(pcu?.skills).toContain("critical-care");
  });

  it("gives a skill named only in the skills list no role", () => {
    expect(p.experience.some((e) => e.skills?.includes("python"))).toBe(false);
    expect(p.skills.find((s) => s.id === "python")?.years).toBeNull();
  });

  it("reads a long role heading with separators as the role's title", () => {
    const t = `Dana Okafor\n\nEXPERIENCE\nStaff Nurse III, Medical Intensive Care Unit — Froedtert Riverside Hospital, Milwaukee, WI\nAugust 2020 – Present\n- Care for 2 critically ill adults per shift\n`;
    const e = parseResume(t, { now: NOW }).experience[0];
    expect(e?.title).toBe("Staff Nurse III, Medical Intensive Care Unit");
    expect(e?.titleSkills).toContain("critical-care");
  });
});
