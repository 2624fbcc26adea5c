import { describe, expect, it } from "vitest";
import { customSkillId } from "../score/custom-skill-id";
import { cleanItem, splitListItems } from "./custom-skills";
import { parseResume } from "./resume";

const NOW = new Date(Date.UTC(2026, 10, 1));

const RESUME = [
  "Dana Whitfield",
  "Pharmacy Technician | dana.whitfield@example.com | 555-201-3344",
  "",
  "Experience",
  "Pharmacy Technician, Northside Drugs — Leeds",
  "March 2021 – Present",
  "• Prepared prescriptions and managed stock for a busy community pharmacy.",
  "",
  "Skills",
  "Software: Zorbix Dispense, Quillon Stock, Microsoft Excel",
  "Blister Packing; Controlled Drug Registers | Python",
  "",
  "Tools: Zebra Label Printers (Advanced)",
  "",
  "Education",
  "BTEC Level 3 Pharmaceutical Science, Leeds City College, 2020",
].join("\n");

describe("custom resume skills", () => {
  const profile = parseResume(RESUME, { now: NOW });
  const names = (profile.customSkills ?? []).map((s) => s.name);

  it("keeps listed items the taxonomy does not know, under the custom id a posting uses", () => {
    expect(names).toEqual(expect.arrayContaining(["Zorbix Dispense", "Quillon Stock", "Blister Packing", "Controlled Drug Registers"]));
    const fill = profile.customSkills?.find((s) => s.name === "Zorbix Dispense");
    expect(fill?.id).toBe(customSkillId("Zorbix Dispense"));
    expect(fill?.evidence[0]?.section).toBe("skills");
  });

  it("drops the level in parentheses and leaves known skills to the taxonomy", () => {
    expect(names).toContain("Zebra Label Printers");
    expect(names).not.toContain("Python");
    expect(names).not.toContain("Microsoft Excel");
    expect(profile.skills.map((s) => s.id)).toContain("python");
  });

  it("takes nothing from the contact line, the employer or described work", () => {
    for (const n of names) expect(n).not.toMatch(/Northside|Dana|example\.com|Prepared/);
  });
});

describe("list items", () => {
  it("splits on commas, semicolons, pipes and bullets but not inside parentheses or on A/B", () => {
    expect(splitListItems("Bluetooth Low Energy (BLE, 5.0), SPI; A/B Testing | CM/ECF • DMA")).toEqual([
      "Bluetooth Low Energy (BLE, 5.0)",
      "SPI",
      "A/B Testing",
      "CM/ECF",
      "DMA",
    ]);
  });

  it("rejects sentences, levels and contact details", () => {
    expect(cleanItem("I am a hard worker who loves to learn new things")).toBeNull();
    expect(cleanItem("Advanced")).toBeNull();
    expect(cleanItem("jane@example.com")).toBeNull();
    expect(cleanItem("worked closely with the regional team")).toBeNull();
    expect(cleanItem("• Trial Bundles.")).toBe("Trial Bundles");
  });
});

describe("list lines", () => {
  it("joins a comma list wrapped onto the next line and skips a qualifications table's headings and schools", () => {
    const text = [
      "Sam Okafor",
      "",
      "Core Competencies",
      "Net mending, knot tying, bilge",
      "pump overhaul, Yanmar outboards, rope splicing",
      "Qualification | Provider | Year",
      "HNC Electrical Engineering | Stockport College | 2019",
    ].join("\n");
    const names = (parseResume(text, { now: NOW }).customSkills ?? []).map((s) => s.name);
    expect(names).toContain("bilge pump overhaul");
    expect(names).toContain("Yanmar outboards");
    expect(names).toContain("HNC Electrical Engineering");
    expect(names).not.toContain("bilge");
    expect(names).not.toContain("Provider");
    expect(names).not.toContain("Stockport College");
  });
});
