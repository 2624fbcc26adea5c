import { describe, expect, it } from "vitest";
import { parseResume } from "./resume";

const HEADER = `Aroha Tane
Plant Mechanic
Hamilton, New Zealand | aroha.tane@example.co.nz`;

const SKILLS = `Skills
Excavators, dozers, graders, haul trucks, excavators (tracked), dozers (D-series)`;

const WORK = `Experience
Plant Mechanic - Waikato Earthmoving Ltd, Hamilton
March 2019 - Present
- Servicing and repairs of excavators and dozers for the hire fleet
- Rebuilt graders and haul trucks after winter breakdowns`;

const NOW = new Date("2026-11-15");

function evidenceSections(text: string, id: string): string[] {
  const skill = parseResume(text, { now: NOW }).skills.find((s) => s.id === id);
  return (skill?.evidence ?? []).map((e) => e.section).sort();
}

describe("resume skill evidence", () => {
  it("keeps the work that shows a skill, wherever the skills list sits", () => {
    const listLast = `${HEADER}\n\n${WORK}\n\n${SKILLS}\n`;
    const listFirst = `${HEADER}\n\n${SKILLS}\n\n${WORK}\n`;
    const last = evidenceSections(listLast, "heavy-equipment");
    expect(last).toContain("experience");
    expect(last).toContain("skills");
    expect(evidenceSections(listFirst, "heavy-equipment")).toEqual(last);
  });
});
