// Abbreviations and phrasings from non-software fields (nursing, accounting, design,
// support, mechanical engineering) that the bundled taxonomy must recognise.
import { describe, expect, it } from "vitest";
import { getDefaultSkillMatcher } from "./matcher";

const matcher = getDefaultSkillMatcher();
const ids = (text: string, list = false) => new Set(matcher.match(text, list ? { listContext: () => true } : undefined).map((m) => m.id));

describe("field vocabulary in the bundled taxonomy", () => {
  it.each([
    ["Level 3 care of ventilated patients; invasive haemodynamic monitoring", ["ventilator-management", "hemodynamic-monitoring"]],
    ["Vital signs, EKGs, phlebotomy; sepsis bundle compliance", ["ekg-interpretation", "sepsis-management"]],
    ["M/E close owner; JEs, accruals and B/S recs in SAP", ["month-end-close", "account-reconciliation"]],
    ["Documented 22 key controls for the audit", ["internal-controls"]],
    ["Plan and run UXR: contextual interviews and usability studies", ["ux-research"]],
    [
      "Support Team Lead for a pod of 9; workforce scheduling; SLA attainment 97%",
      ["people-management", "workforce-management", "service-level-management"],
    ],
    ["Drawings with GD&T per Y14.5 and full feature control frames", ["gdt"]],
    ["Geometric dimensioning and tolerancing on machined parts", ["gdt"]],
    ["Education: BSME, University of Wisconsin", ["mechanical-engineering"]],
    ["Desktop support on Windows 11 laptops", ["windows"]],
    ["Experience in B2B software support", ["saas-product"]],
    ["Co-maintain our Figma design system; ran 30+ moderated usability tests", ["figma", "design-systems", "usability-testing"]],
  ])("%s", (text, expected) => {
    const found = ids(text);
    for (const id of expected) expect(found, id).toContain(id);
  });

  it("reads SW as SolidWorks in a skills list but not in prose", () => {
    expect(ids("CAD: SW, Creo, AutoCAD", true)).toContain("solidworks");
    expect(ids("Moved from SW Florida to Chicago")).not.toContain("solidworks");
  });

  it("reads Figma's auto layout as Figma, not as graphic design", () => {
    const found = ids("Components with variants and auto layout");
    expect(found).toContain("figma");
    expect(found).not.toContain("graphic-design");
  });

  it("does not read B2B software as a sales skill", () => {
    expect(ids("Experience in B2B software support")).not.toContain("b2b-sales");
  });
});
