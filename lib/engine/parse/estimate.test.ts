import { describe, expect, it } from "vitest";
import { compileSkillMatcher } from "../skills/matcher";
import { TEST_SKILLS } from "../skills/test-fixtures";
import { splitLines } from "./lines";
import { countUndatedRoles, statedYears } from "./estimate";
import { parseResume } from "./resume";

const NOW = new Date(Date.UTC(2026, 10, 1));
const matcher = compileSkillMatcher(TEST_SKILLS);

describe("statedYears", () => {
  it.each([
    ["Licensed practical nurse with over eleven years in skilled nursing.", 11],
    ["10+ years of experience building data platforms", 10],
    ["Accountant with 7 years’ experience in audit", 7],
    ["Nearly twenty years as a classroom teacher", 20],
    ["Over twelve years of commercial and industrial electrical work in the Denver area", 12],
  ])("%s → %d", (line, years) => {
    expect(statedYears(splitLines(line))?.years).toBe(years);
  });

  it.each(["Completed a 2-year programme in 2019", "Managed a 5 year contract with the county", "Graduated 3 years ago"])(
    "ignores %s",
    (line) => {
      expect(statedYears(splitLines(line))).toBeNull();
    },
  );
});

describe("countUndatedRoles", () => {
  it("counts job headings followed by duties", () => {
    const lines = splitLines(
      ["Senior Accountant — KPMG", "• Audited clients", "Staff Accountant — BDO", "• Reconciliations", "Some note"].join("\n"),
    );
    expect(countUndatedRoles([lines])).toBe(2);
  });

  it("counts a heading whose employer sits on the next line, and one ending in 'Co.'", () => {
    const lines = splitLines(
      [
        "Registered Nurse, Neuroscience ICU",
        "Rush University Medical Center, Chicago, IL",
        "",
        "- Stroke alerts",
        "Cloud Engineer I, Rainier Outdoor Co.",
        "",
        "• Terraform modules",
      ].join("\n"),
    );
    expect(countUndatedRoles([lines])).toBe(2);
  });
});

describe("parseResume: undated resumes", () => {
  const undated = (summary: string, education: string) =>
    [
      "Pat Quinn",
      "pat@example.com",
      "",
      "SUMMARY",
      summary,
      "",
      "EXPERIENCE",
      "Senior Accountant — Harbor CPA Group",
      "• Led audits of 30 clients",
      "Staff Accountant — Lakeside Partners",
      "• Month-end close",
      "",
      "EDUCATION",
      education,
    ].join("\n");

  it("takes a stated total", () => {
    const p = parseResume(undated("Accountant with over eleven years of experience in audit.", "B.S. Accounting, 2012"), {
      now: NOW,
      matcher,
    });
    expect(p.totalYearsExperience).toBe(0);
    expect(p.estimatedYears).toBe(11);
    expect(p.estimatedYearsBasis).toEqual({ basis: "stated", text: "over eleven years of experience" });
  });

  it("falls back to years since graduation, never 0 with roles listed", () => {
    const p = parseResume(undated("Detail-minded accountant.", "B.S. Accounting, University of Vermont, 2016"), { now: NOW, matcher });
    expect(p.estimatedYears).toBe(10);
    expect(p.estimatedYearsBasis).toEqual({ basis: "graduation", text: null });
  });

  it("falls back to the number of roles when nothing else is known", () => {
    const p = parseResume(undated("Detail-minded accountant.", "Coursework in accounting"), { now: NOW, matcher });
    expect(p.estimatedYearsBasis?.basis).toBe("role-count");
    expect(p.estimatedYears).toBeGreaterThan(0);
  });

  it("gives no estimate for a dated resume that states no total", () => {
    const p = parseResume("Pat Quinn\npat@example.com\n\nEXPERIENCE\nAccountant — Harbor\nJan 2020 – Jan 2024\n• Audits\n", {
      now: NOW,
      matcher,
    });
    expect(p.totalYearsExperience).toBe(4);
    expect(p.estimatedYears).toBeUndefined();
  });
});

describe("parseResume: an undated resume in prose", () => {
  it("takes the total its profile states, not 0, when roles carry no dates", () => {
    const text = [
      "ROISIN DALY",
      "Galway | 087 000 1234 | roisin@example.ie",
      "",
      "Profile",
      "Chef with over twelve years in Galway kitchens, the last few as sous chef.",
      "",
      "Experience",
      "Sous Chef - The Quay Room, Galway",
      "Run the pass on the head chef's days off; seasonal menus, ordering and rotas for a brigade of six.",
      "",
      "Chef de Partie - Harbour Bistro, Galway",
      "Fish and sauce sections.",
      "",
      "Training",
      "Level 6 Advanced Certificate in Culinary Arts",
    ].join("\n");
    const p = parseResume(text, { now: NOW, matcher });
    expect(p.totalYearsExperience).toBe(0);
    expect(p.estimatedYears).toBe(12);
    expect(p.estimatedYearsBasis).toEqual({ basis: "stated", text: "over twelve years in" });
    expect(p.highestDegree).toBe("none");
  });
});

describe("parseResume: undated roles share the estimate", () => {
  const text = [
    "GARY HOLDEN",
    "Refrigeration Service Engineer",
    "Bolton | 07700 900 164 | gary@example.co.uk",
    "",
    "PROFILE",
    "Refrigeration engineer with over eight years' experience on commercial systems.",
    "",
    "WHAT I DO",
    "- Fault-finding on compressors and controllers; Python scripts for logging",
    "",
    "EMPLOYERS",
    "Service Engineer - Pennine Cooling Services, Bury",
    "Apprentice Engineer - Coldcraft Refrigeration, Salford",
  ].join("\n");

  it("reads each listed role, with its share of the stated years", () => {
    const p = parseResume(text, { now: NOW, matcher });
    expect(p.estimatedYears).toBe(8);
    expect(p.experience.map((e) => [e.title, e.start, e.months])).toEqual([
      ["Service Engineer", null, 48],
      ["Apprentice Engineer", null, 48],
    ]);
  });

  it("counts skills named in the duties section as work shown", () => {
    const p = parseResume(text, { now: NOW, matcher });
    expect(p.skills.find((s) => s.id === "python")?.inExperience).toBe(true);
  });

  it("reads the roles of a resume with no experience heading when duties follow them", () => {
    const p = parseResume(
      "Kelsey Amundsen\nMadison, WI · kelsey@example.com\n\nDesign Engineer — Badger Hydraulics\n- Python tooling\n\nEducation: BSME, University of Wisconsin, 2022",
      { now: NOW, matcher },
    );
    expect(p.experience.map((e) => [e.title, e.employer, e.months])).toEqual([["Design Engineer", "Badger Hydraulics", 48]]);
  });
});

describe("parseResume: a role whose dates were left off beside dated ones", () => {
  it("reads it, with the stated years its dated neighbours do not cover", () => {
    const text = [
      "Stefan Huber",
      "stefan@example.de",
      "",
      "PROFILE",
      "Embedded engineer with seven years of experience in firmware.",
      "",
      "EXPERIENCE",
      "Senior Embedded Engineer — Isarwerk GmbH, Munich",
      "- Drivers for I2C and SPI sensors",
      "",
      "Embedded Engineer — Bavaria Electronics GmbH, Regensburg",
      "10/2019 – 04/2022",
      "- CAN drivers",
    ].join("\n");
    const p = parseResume(text, { now: NOW, matcher });
    expect(p.experience.map((e) => [e.title, e.start, e.months])).toEqual([
      ["Senior Embedded Engineer", null, 54],
      ["Embedded Engineer", "2019-10", 30],
    ]);
    expect(p.experience[0]?.endOffset).toBeLessThan(text.indexOf("Embedded Engineer — Bavaria"));
  });
});

describe("parseResume: an undated trade resume with titles outside the title word list", () => {
  const text = [
    "WAYNE TOLLAND",
    "Perth WA | 0400 000 111 | wayne@example.com.au",
    "",
    "PROFILE",
    "Heavy duty fitter with over sixteen years' experience on mobile plant.",
    "",
    "EXPERIENCE",
    "Leading Hand HD Fitter - Redrock Haulage (FIFO)",
    "- Breakdowns and PM services on haul trucks",
    "- Led a team of fitters on night shift",
    "",
    "HD Fitter - Karratha Plant Hire",
    "- Hydraulic fault-finding and hose repairs",
    "",
    "Apprentice HD Fitter - Karratha Plant Hire",
    "- Four-year apprenticeship",
  ].join("\n");

  it("reads every role, and gives the apprenticeship at most four years, not the whole career", () => {
    const p = parseResume(text, { now: NOW, matcher });
    expect(p.estimatedYears).toBe(16);
    expect(p.experience.map((e) => [e.title, e.employer, e.months])).toEqual([
      ["Leading Hand HD Fitter", "Redrock Haulage (FIFO)", 72],
      ["HD Fitter", "Karratha Plant Hire", 72],
      ["Apprentice HD Fitter", "Karratha Plant Hire", 48],
    ]);
  });

  it("gives an apprenticeship listed alone the whole estimate: it is all the resume shows", () => {
    const alone = text
      .split("\n")
      .slice(0, 7)
      .concat(["Apprentice HD Fitter - Karratha Plant Hire", "- Four-year apprenticeship"])
      .join("\n");
    expect(parseResume(alone, { now: NOW, matcher }).experience.map((e) => e.months)).toEqual([192]);
  });
});
