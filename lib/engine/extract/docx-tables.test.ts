import { Paragraph, Table, TableCell, TableRow } from "docx";
import { describe, expect, it } from "vitest";
import { parseResume } from "../parse/resume";
import { compileSkillMatcher } from "../skills/matcher";
import { TEST_SKILLS } from "../skills/test-fixtures";
import { extractText } from "./extract-core";
import { makeDocx } from "./test-fixtures";

const NOW = new Date(Date.UTC(2026, 10, 1));
const matcher = compileSkillMatcher(TEST_SKILLS);
const row = (...cells: (string | string[])[]) =>
  new TableRow({ children: cells.map((c) => new TableCell({ children: (Array.isArray(c) ? c : [c]).map((t) => new Paragraph(t)) })) });
const HEAD = [
  new Paragraph("Dana Whitfield"),
  new Paragraph("Denver, CO · dana@example.com · (720) 555-0199"),
  new Paragraph("EXPERIENCE"),
  new Paragraph("Data Analyst — Acme Corp"),
  new Paragraph("Jan 2019 – Present"),
  new Paragraph("• Built dashboards in Tableau"),
];

async function profileOf(children: (Paragraph | Table)[]) {
  const out = await extractText(await makeDocx(children));
  return parseResume(out.text, { now: NOW, matcher });
}

describe("DOCX tables read as resume sections", () => {
  it("a degree in a row captioned EDUCATION is found", async () => {
    const p = await profileOf([
      ...HEAD,
      new Table({ rows: [row("EDUCATION", "B.S. Statistics, University of Denver, 2018"), row("SKILLS", "SQL, Python, Tableau, Excel")] }),
    ]);
    expect(p.highestDegree).toBe("bachelor");
    expect(p.sections.map((s) => s.kind)).toEqual(expect.arrayContaining(["education", "skills"]));
  });

  it("an education table with a header row keeps its degree", async () => {
    const p = await profileOf([
      ...HEAD,
      new Paragraph("EDUCATION"),
      new Table({ rows: [row("Degree", "Institution", "Year"), row("B.S. Statistics", "University of Denver", "2018")] }),
    ]);
    expect(p.highestDegree).toBe("bachelor");
  });

  it("an education table with only a caption row, right after the roles, keeps its degree", async () => {
    const p = await profileOf([
      ...HEAD,
      new Table({
        rows: [
          row("Qualification", "Institution", "Year"),
          row("MEng Civil Engineering", "University of Leeds", "2015"),
          row("Chartered Engineer (CEng)", "ICE", "2020"),
        ],
      }),
    ]);
    expect(p.highestDegree).toBe("master");
    expect(p.education[0]).toMatchObject({ level: "master", year: 2015 });
    // The table is not read as a role of the experience section.
    expect(p.experience).toHaveLength(1);
  });

  it("a combined education and certificates table under a caption row reads the diploma", async () => {
    const p = await profileOf([
      ...HEAD,
      new Table({
        rows: [
          row("Education / Certification", "Institution", "Year"),
          row("Payroll Fundamentals certificate", "Payroll Institute", "2022"),
          row("Diploma, Office Administration", "Seneca College", "2019"),
        ],
      }),
    ]);
    expect(p.highestDegree).toBe("diploma");
  });

  it("roles laid out as date | description rows are all read", async () => {
    const p = await profileOf([
      new Paragraph("Dana Whitfield"),
      new Paragraph("dana@example.com"),
      new Paragraph("EXPERIENCE"),
      new Table({
        rows: [
          row("Jan 2019 – Present", ["Data Analyst, Acme Corp", "• Built dashboards in Tableau"]),
          row("2016 – 2018", ["Junior Analyst, Beta LLC", "• SQL reports"]),
        ],
      }),
    ]);
    expect(p.experience.map((e) => [e.title, e.employer])).toEqual([
      ["Data Analyst", "Acme Corp"],
      ["Junior Analyst", "Beta LLC"],
    ]);
  });
});
