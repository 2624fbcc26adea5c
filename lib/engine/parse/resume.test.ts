import { describe, expect, it } from "vitest";
import { compileSkillMatcher } from "../skills/matcher";
import { TEST_SKILLS } from "../skills/test-fixtures";
import { resumeProfileSchema } from "../types";
import { parseResume } from "./resume";

const matcher = compileSkillMatcher(TEST_SKILLS);
const now = new Date(Date.UTC(2026, 10, 1));
const parse = (text: string) => parseResume(text, { now, matcher });

const NURSE = `MARIA LOPEZ, RN, BSN
Marietta, GA 30060 | +1 (404) 555-0134 | maria.lopez@example.com | linkedin.com/in/marialopezrn

PROFESSIONAL SUMMARY
Critical care nurse with six years in ICU settings.

LICENSES & CERTIFICATIONS
Registered Nurse (RN), Georgia, #RN123456
BLS, ACLS (American Heart Association)

CLINICAL EXPERIENCE
Staff Nurse, Medical ICU
Wellstar Kennestone Hospital, Marietta, GA
06/2020 - Present
- Care for 2-3 critically ill patients per shift in a 24-bed ICU.

Registered Nurse (Part-Time), Med-Surg
Piedmont Atlanta Hospital — Atlanta, GA
01/2019 - 05/2020
- Medication administration and patient education.

EDUCATION
Bachelor of Science in Nursing (BSN), Kennesaw State University, 2018
Master of Science in Nursing — expected May 2027
`;

const ACCOUNTANT = `David Chen, CPA
Senior Accountant
London, UK · +44 20 7946 0958 · d.chen@example.co.uk

Summary:
Chartered accountant with experience in audit and financial reporting; advanced Excel.

Work History:
Deloitte LLP
Senior Associate, Audit & Assurance      Sept. 2019 – Present
• Led audits for FTSE 250 clients.

KPMG
Audit Associate      Sep 2016 – Aug 2019
• Year-end audits; prepared workpapers in Excel.

Education:
BSc (Hons) Accounting and Finance, London School of Economics, 2016

Skills: Excel, SQL, financial reporting
`;

const OVERLAP = `Priya Raman
Pune, India | +91 98765 43210 | priya.r@example.com

EXPERIENCE
Data Analyst (Contract) | Acme Analytics | 2022.01 – 2023.06
Built Python and SQL reports.
Software Engineering Intern | Beta Corp | 2022.06 – 2022.09
Teaching Assistant, Pune University, 2020 - 2021

PROJECTS
Personal finance app, 2015 – 2024

EDUCATION
PhD in Computer Science (in progress), Pune University, 2024 – Present
M.Tech, Computer Science, IIT Bombay, 2021
`;

describe("parseResume", () => {
  it("reads a nursing resume with post-nominals, licences and a clinical experience section", () => {
    const p = parse(NURSE);
    expect(resumeProfileSchema.parse(p)).toBeTruthy();
    expect(p.contact).toMatchObject({
      name: "MARIA LOPEZ",
      email: "maria.lopez@example.com",
      phone: "+1 (404) 555-0134",
      location: "Marietta, GA 30060",
    });
    expect(p.contact.links).toEqual([{ kind: "linkedin", url: "linkedin.com/in/marialopezrn" }]);
    expect(p.experience).toHaveLength(2);
    expect(p.experience[0]).toMatchObject({ title: "Staff Nurse, Medical ICU", start: "2020-06", current: true });
    expect(p.experience[1]).toMatchObject({ kind: "part_time", start: "2019-01", end: "2020-05", months: 16 });
    expect(p.totalYearsExperience).toBe(7.8);
    expect(p.highestDegree).toBe("bachelor");
    expect(p.education.find((e) => e.level === "master")?.completed).toBe(false);
    expect(p.certifications.map((c) => c.id)).toEqual(expect.arrayContaining(["registered-nurse", "bls"]));
    expect(p.sections.map((s) => s.kind)).toEqual(["header", "summary", "certifications", "experience", "education"]);
  });

  it("reads a UK accountant with 'Heading:' sections and employer-above-title entries", () => {
    const p = parse(ACCOUNTANT);
    expect(p.contact).toMatchObject({ name: "David Chen", phone: "+44 20 7946 0958", location: "London, UK" });
    expect(p.headline).toBe("Senior Accountant");
    expect(p.experience.map((e) => [e.title, e.employer, e.start, e.end])).toEqual([
      ["Senior Associate, Audit & Assurance", "Deloitte LLP", "2019-09", "2026-11"],
      ["Audit Associate", "KPMG", "2016-09", "2019-08"],
    ]);
    expect(p.totalYearsExperience).toBe(10.1);
    expect(p.highestDegree).toBe("bachelor");
    const excel = p.skills.find((s) => s.id === "excel");
    expect(excel?.inExperience).toBe(true);
    expect(excel?.sections).toEqual(expect.arrayContaining(["summary", "experience", "skills"]));
  });

  it("counts overlapping roles once and ignores projects and unfinished degrees", () => {
    const p = parse(OVERLAP);
    expect(p.contact.phone).toBe("+91 98765 43210");
    expect(p.contact.location).toBe("Pune, India");
    expect(p.experience.map((e) => e.kind)).toEqual(["contract", "internship", "unknown"]);
    // 2020-01..2021-01 (12) + 2022-01..2023-06 (17); the internship overlaps.
    expect(p.totalYearsExperience).toBe(2.4);
    expect(p.highestDegree).toBe("master");
    const python = p.skills.find((s) => s.id === "python");
    expect(python).toMatchObject({ inExperience: true, years: 1.4, lastUsedYear: 2023 });
  });

  it("finds the name in a sidebar layout where experience comes first", () => {
    const text = `EXPERIENCE
Senior Engineer — Quarry Software
Apr 2021 – Present
• Built React apps.
Renée Côté
Senior Frontend Engineer
CONTACT
Burlington, VT
(802) 555-0119
renee.cote@example.com
`;
    const p = parse(text);
    expect(p.contact).toMatchObject({ name: "Renée Côté", location: "Burlington, VT", phone: "(802) 555-0119" });
    expect(p.experience).toHaveLength(1);
    expect(p.totalYearsExperience).toBe(5.6);
  });

  it("returns an empty profile for text without structure", () => {
    const p = parse("hello world");
    expect(resumeProfileSchema.parse(p)).toBeTruthy();
    expect(p.contact.name).toBeNull();
    expect(p.totalYearsExperience).toBe(0);
    expect(p.highestDegree).toBe("none");
  });
});

describe("parseResume layouts", () => {
  it("reads date-first entries, short month ranges and a non-Latin name", () => {
    const text = `李明 (Li Ming)
Austin, TX, USA (relocating to London, Jan 2027) · 512.555.0199 · li.ming@example.com

Work Experience

Jan 2021 – Present
Senior Accountant
Lone Star Audit Partners
• Month-end close in Excel.

Jun – Aug 2020
Audit Intern, Hill Country CPAs
• Tested controls.

Education
B.B.A. Accounting, University of Texas at Austin, 2020
`;
    const p = parse(text);
    expect(p.contact).toMatchObject({ name: "李明 (Li Ming)", location: "Austin, TX, USA", phone: "512.555.0199" });
    expect(p.experience.map((e) => [e.title, e.employer, e.start, e.end, e.kind])).toEqual([
      ["Senior Accountant", "Lone Star Audit Partners", "2021-01", "2026-11", "unknown"],
      ["Audit Intern", "Hill Country CPAs", "2020-06", "2020-08", "internship"],
    ]);
    expect(p.totalYearsExperience).toBe(6);
  });
});

describe("parseResume: more layouts", () => {
  it("keeps an all-caps name while dropping its credentials", () => {
    const p = parse("JENNIFER A. MORALES, MSN, RN, CCRN\nSan Antonio, Texas | 210-555-0177 | jm@example.com\n");
    expect(p.contact).toMatchObject({ name: "JENNIFER A. MORALES", location: "San Antonio, Texas", phone: "210-555-0177" });
  });

  it("reads labelled contact fields, 'Till date' ranges and Indian school levels", () => {
    const p = parse(`Curriculum Vitae

Name: Arjun Mehta
Email: arjun.mehta@example.com
Phone: +91 98765 43210
Address: Bengaluru, Karnataka, India

Work Experience:
Senior Software Engineer, Razorpay, Bengaluru (Jan 2022 - Till date)
- Payment microservices in Java.
Software Engineer, Infosys, Pune (Jul 2018 - Dec 2021)

Education:
B.Tech in Computer Science, VIT Vellore, 2018
Class XII, CBSE, 2014
`);
    expect(p.contact).toMatchObject({ name: "Arjun Mehta", phone: "+91 98765 43210", location: "Bengaluru, Karnataka, India" });
    expect(p.experience.map((e) => [e.title, e.start, e.end, e.current])).toEqual([
      ["Senior Software Engineer", "2022-01", "2026-11", true],
      ["Software Engineer", "2018-07", "2021-12", false],
    ]);
    expect(p.totalYearsExperience).toBe(8.3);
    expect(p.education.map((e) => e.level)).toEqual(["bachelor", "high_school"]);
  });

  it("tells employer from title by organisation words and never reads a state code as a skill", () => {
    const p = parse(`MARCUS JOHNSON
Memphis, TN • marcus.johnson@example.com • 901.555.0123

EMPLOYMENT HISTORY
Walmart Distribution Center — Order Picker (Seasonal)      11/2015 – 01/2016
Teacher, Lincoln Elementary School, Portland, OR      Aug 2019 - Present
`);
    expect(p.experience.map((e) => [e.title, e.employer, e.location])).toEqual([
      ["Order Picker (Seasonal)", "Walmart Distribution Center", null],
      ["Teacher", "Lincoln Elementary School", "Portland, OR"],
    ]);
  });
});

describe("parseResume: name sharing a line with contact details", () => {
  it("strips the e-mail and phone from the name line", () => {
    const p = parse("Jane Doe jane.doe@example.com (555) 201-3344\n\nEXPERIENCE\nNurse, Mercy Hospital, 2019 - 2021\n");
    expect(p.contact).toMatchObject({ name: "Jane Doe", email: "jane.doe@example.com", phone: "(555) 201-3344" });
  });
});

describe("parseResume: exported profile layout", () => {
  it("ignores durations printed next to the dates", () => {
    const p = parse(`Dana Whitfield
Chicago, Illinois · dana.w@example.com · 312-555-0100

Experience
Senior Accountant
KPMG
Jan 2019 - Present (7 years 11 months)
Chicago, Illinois
- Audits.

Staff Accountant
Grant Thornton
Jun 2016 - Dec 2018 · 2 yrs 7 mos
`);
    expect(p.experience.map((e) => [e.title, e.employer, e.start, e.end])).toEqual([
      ["Senior Accountant", "KPMG", "2019-01", "2026-11"],
      ["Staff Accountant", "Grant Thornton", "2016-06", "2018-12"],
    ]);
    expect(p.contact.location).toBe("Chicago, Illinois");
  });
});

describe("parseResume: employer under a dated title line", () => {
  it("reads the employer from the line below the title and dates", () => {
    const p = parse(`Sam Park
sam@example.com

PROFESSIONAL EXPERIENCE
Senior Accountant                          Jan 2019 – Present
KPMG LLP, Chicago, IL
• Led audits.

Staff Accountant                           Jun 2016 – Dec 2018
Grant Thornton
• Reconciliations.
`);
    expect(p.experience.map((e) => [e.title, e.employer, e.location])).toEqual([
      ["Senior Accountant", "KPMG LLP", "Chicago, IL"],
      ["Staff Accountant", "Grant Thornton", null],
    ]);
  });
});

describe("parseResume: two-column layout without an experience heading", () => {
  it("reads the roles that follow the sidebar's education entry", () => {
    const r = parse(`Carlos Ibarra
Dublin, OH
carlos.ibarra@example.com
TOOLS
Freshdesk
EDUCATION
B.S. Business Administration, Franklin University, 2016

Customer Experience Supervisor — Haulmark Logistics, Columbus, OH
Oct 2021 – Present
Supervise 11 agents across two shifts.
Help Desk Agent — Franklin University IT Service Desk
Aug 2016 – Feb 2019
Password resets for students.`);
    expect(r.experience.map((e) => [e.title, e.start, e.end])).toEqual([
      ["Customer Experience Supervisor", "2021-10", "2026-11"],
      ["Help Desk Agent", "2016-08", "2019-02"],
    ]);
    expect(r.highestDegree).toBe("bachelor");
  });

  it("does not read dated degrees under an education heading as roles", () => {
    const r = parse(`Ana Ruiz
ana@example.com
EDUCATION
B.S. Computer Science, University of Texas
2015 – 2019
M.S. Statistics, Rice University
2019 – 2021`);
    expect(r.experience).toEqual([]);
  });

  it("counts a lone 'Summer 2018' internship as three months", () => {
    const r = parse(`Hannah Green
EXPERIENCE
UX Designer — Blue Harbor Digital
Aug 2019 – Dec 2021
UX Design Intern — Motorola Solutions
Summer 2018`);
    expect(r.experience.map((e) => [e.title, e.start, e.end, e.kind])).toContainEqual([
      "UX Design Intern",
      "2018-06",
      "2018-09",
      "internship",
    ]);
    expect(r.totalYearsExperience).toBe(2.6);
  });

  it("counts a nursing practicum as an internship", () => {
    const r = parse(`Aaliyah Brooks
CLINICAL EXPERIENCE
Senior Capstone Practicum, Medical ICU — Ascension St. Joseph (Spring 2026, 144 hours)
- Cared for 1–2 ICU patients under a preceptor`);
    expect(r.experience.map((e) => [e.start, e.end, e.kind])).toEqual([["2026-03", "2026-06", "internship"]]);
  });
});
