import { describe, expect, it } from "vitest";
import { splitLines } from "./lines";
import { detectSections, matchHeading } from "./sections";

describe("matchHeading", () => {
  it.each([
    ["Experience", "experience"],
    ["WORK EXPERIENCE", "experience"],
    ["Professional Experience:", "experience"],
    ["Employment History", "experience"],
    ["---- Summary ----", "summary"],
    ["## Technical Skills", "skills"],
    ["Core Competencies", "skills"],
    ["About", "summary"],
    ["Licenses & Certifications", "certifications"],
    ["Licensure", "certifications"],
    ["Registration and certificates", "certifications"],
    ["Professional Registration", "certifications"],
    ["EDUCATION", "education"],
    ["Relevant Experience", "experience"],
    ["Other Experience", "experience"],
    ["Clinical Experience", "experience"],
    ["Volunteering", "volunteering"],
    ["Awards & Honors", "awards"],
    ["Publications", "publications"],
    ["Languages", "languages"],
    ["EMPLOYERS", "experience"],
    ["Where I've worked", "experience"],
    ["WHAT I DO", "experience"],
    ["Day to day", "experience"],
  ])("%s → %s", (line, kind) => {
    expect(matchHeading(line)?.kind).toBe(kind);
  });

  it("recognises the 'Heading: content' form and where the content starts", () => {
    const m = matchHeading("Skills: Python, SQL, Tableau");
    expect(m).toMatchObject({ kind: "skills", heading: "Skills" });
    expect(m?.inlineAt).toBe(8);
  });

  it("does not take prose or entries for headings", () => {
    expect(matchHeading("Experience with large datasets.")).toBeNull();
    expect(matchHeading("Note: relocating in January")).toBeNull();
    expect(matchHeading("- Skills")).toBeNull();
    expect(matchHeading("Education 2019")).toBeNull();
  });
});

describe("detectSections", () => {
  it("puts text before the first heading in the header and follows any order", () => {
    const text = "Jane Doe\njane@example.com\n\nEDUCATION\nB.S. Biology, 2015\n\nSkills: Excel, SQL\n\nWork History\nNurse, 2016 - 2020\n";
    const sections = detectSections(splitLines(text));
    expect(sections.map((s) => [s.kind, s.heading])).toEqual([
      ["header", ""],
      ["education", "EDUCATION"],
      ["skills", "Skills"],
      ["experience", "Work History"],
    ]);
    const skills = sections[2];
    expect(skills && text.slice(skills.inlineContentStart ?? 0, skills.endOffset)).toBe("Excel, SQL");
  });

  it("treats unknown all-caps lines as section breaks but not employers followed by dates", () => {
    const text = "EXPERIENCE\nACME CORPORATION\nEngineer, Jan 2019 - Present\n- built things\nVOLUNTEER LEADERSHIP ROLES\nCoach\n";
    const kinds = detectSections(splitLines(text)).map((s) => s.heading);
    expect(kinds).toEqual(["", "EXPERIENCE", "VOLUNTEER LEADERSHIP ROLES"]);
  });
});

describe("matchHeading: combined headings", () => {
  it.each([
    ["Work Experience & Internships", "experience"],
    ["PROFESSIONAL EXPERIENCE AND LEADERSHIP", "experience"],
    ["Skills & Certifications", "skills"],
    ["Education and Professional Training", "education"],
    ["Selected Research Projects", "projects"],
  ])("%s → %s", (line, kind) => {
    expect(matchHeading(line)?.kind).toBe(kind);
  });

  it.each(["Director of Education Programs", "Experience with large data sets", "Skills Development Coordinator"])(
    "%s is not a heading",
    (line) => {
      expect(matchHeading(line)).toBeNull();
    },
  );
});

describe("detectSections: acronyms in lists", () => {
  it("does not split a skills list at an all-caps acronym line", () => {
    const text = "Jane Roe\n\nCORE SKILLS\nSQL (T-SQL)\nSSIS\nSQL Server, Oracle\nEDUCATION\nM.S. Computer Science\n";
    expect(detectSections(splitLines(text)).map((s) => s.kind)).toEqual(["header", "skills", "education"]);
  });
});

describe("table header rows", () => {
  it.each([
    ["Qualification | Institution | Year", "education"],
    ["Degree\tUniversity\tGraduated", "education"],
    ["Education & Training | Institution | Year", "education"],
    ["Role | Employer | Dates", "experience"],
    ["Certification | Issuer | Expiry", "certifications"],
  ])("%s opens a %s section", (row, kind) => {
    expect(matchHeading(row)?.kind).toBe(kind);
  });

  it.each(["Jane Doe | Data Engineer | Denver, CO", "Python | SQL | Tableau", "Year | 2019 | 2020"])("%s is not a heading", (row) => {
    expect(matchHeading(row)).toBeNull();
  });
});

describe("tool lists under a systems heading", () => {
  it("reads SYSTEMS and 'Software & Systems' as skills sections", () => {
    expect(matchHeading("SYSTEMS")?.kind).toBe("skills");
    expect(matchHeading("Software & Systems")?.kind).toBe("skills");
  });
});

describe("matchHeading: a heading in a left column", () => {
  it("reads a known heading with its first content line beside it", () => {
    const line = "EXPERIENCE    Senior Engineer — Acme Corp";
    const m = matchHeading(line);
    expect(m?.kind).toBe("experience");
    expect(line.slice(m?.inlineAt ?? 0)).toBe("Senior Engineer — Acme Corp");
  });

  it("leaves ordinary lines with wide spaces alone", () => {
    expect(matchHeading("Senior Engineer    Acme Corp")).toBeNull();
  });

  it.each([
    "CONTACT  EXPERIENCE",
    "EXPERIENCE                SKILLS",
    "CORE SKILLS  technicians: AKS clusters",
    "CERTIFICATIONS  2019 – 2021",
  ])("does not take two columns side by side for a heading and its content: %s", (line) => {
    expect(matchHeading(line)?.inlineAt ?? null).toBeNull();
  });
});
