import { Paragraph, Table, TableCell, TableRow } from "docx";
import { describe, expect, it } from "vitest";
import { extractText } from "../extract/extract-core";
import { makeDocx } from "../extract/test-fixtures";
import { findDateRanges } from "./dates";
import { matchDegree } from "./education";
import { parseResume } from "./resume";

// Resumes written in national forms: family-name-first names, contract and sea-service tables, national degree names.
const NOW = new Date(Date.UTC(2026, 10, 1));
const parse = (text: string) => parseResume(text, { now: NOW });
const withName = (name: string) =>
  parse(`${name}\nmail.person@example.com | +65 9123 4567\n\nExperience\nSite Engineer, Acme Pte Ltd, 2019 - 2021\n`);

describe("names in family-name-first order", () => {
  it.each([
    ["QUAN Mei-Xin, Irene", "QUAN Mei-Xin"],
    ["Hoang Bao-Chau, Tina", "Hoang Bao-Chau"],
    ["DO Van Khoa", "DO Van Khoa"],
    ["LE Thi Ngoc", "LE Thi Ngoc"],
    ["TOH Kah Seng", "TOH Kah Seng"],
  ])("%s → %s", (line, name) => {
    expect(withName(line).contact.name).toBe(name);
  });

  it("a place after a comma is still no name, a title after it no given name", () => {
    expect(withName("Springfield, Illinois").contact.name).toBeNull();
    expect(withName("Kovac Ana, Senior Engineer").contact.name).toBeNull();
  });

  it("a family name that is also a degree letter does not give a degree", () => {
    const p = withName("MA Jun-Wei");
    expect(p.contact.name).toBe("MA Jun-Wei");
    expect(p.highestDegree).toBe("none");
  });
});

describe("experience in contract, rotation and sea-service records", () => {
  it("reads the From | To cells of a table row as a range", () => {
    const [r] = findDateRanges("MV Ostrava | Ro-Ro | Second Officer | 04/2021 | 10/2021", { year: 2026, month: 11 });
    expect(r).toMatchObject({ start: { year: 2021, month: 4 }, end: { year: 2021, month: 10 } });
  });

  it.each([
    ["14.05.2018 – 02.12.2018", 2018, 5, 12],
    ["14/05/2018 | 02/12/2018", 2018, 5, 12],
    ["2018-05-14 to 2018-12-02", 2018, 5, 12],
    ["14 May 2018 – 2 Dec 2018", 2018, 5, 12],
    ["14-May-2018 - 02-Dec-2018", 2018, 5, 12],
    ["May 14, 2018 - December 2, 2018", 2018, 5, 12],
    // A US month-first pair: the end's 28 shows the order of both.
    ["05/04/2018 - 11/28/2018", 2018, 5, 11],
  ])("reads the sign-on and sign-off dates %s by month", (text, year, startMonth, endMonth) => {
    const [r] = findDateRanges(text, { year: 2026, month: 11 });
    expect(r).toMatchObject({ start: { year, month: startMonth }, end: { year, month: endMonth } });
  });

  it("reads sign-on and sign-off columns laid out with spaces, not a bare year beside a date", () => {
    const [r] = findDateRanges("MV Lyra      Reefer      3/O      09.04.2017      21.11.2017", { year: 2026, month: 11 });
    expect(r).toMatchObject({ start: { year: 2017, month: 4 }, end: { year: 2017, month: 11 } });
    expect(findDateRanges("Deck Cadet   2012   Mar 2016", { year: 2026, month: 11 })).toHaveLength(0);
  });

  it("counts rotation rows with day-precise dates", () => {
    const p = parse(
      "Ola Brandt\nola@example.com\n\nRotation History\nCamp Boss | Pilbara Iron | 03.02.2021 – 30.06.2021\nCamp Boss | Goldfields Nickel | 01.09.2021 – 28.02.2022\n",
    );
    // Feb–Jun (4 months) and Sep–Feb (5 months).
    expect(p.totalYearsExperience).toBeCloseTo(0.8, 1);
  });

  it("counts a sea-service table's contracts, not the time ashore between them", async () => {
    const row = (...cells: string[]) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
    const doc = await makeDocx([
      new Paragraph("Tomas Reyes"),
      new Paragraph("tomas.reyes@example.com"),
      new Paragraph("Sea Service"),
      new Table({
        rows: [
          row("Vessel", "Type", "Rank", "From", "To"),
          row("MV Ostrava", "Ro-Ro", "Third Officer", "04/2020", "10/2020"),
          row("MV Kestrel Bay", "Bulk carrier", "Second Officer", "01/2021", "07/2021"),
          row("MT Lindholm", "Tanker", "Second Officer", "03/2022", "12/2022"),
        ],
      }),
    ]);
    const p = parse((await extractText(doc)).text);
    expect(p.experience).toHaveLength(3);
    // 6 + 6 + 9 months, the shore leave between contracts excluded.
    expect(p.totalYearsExperience).toBeCloseTo(1.8, 1);
  });

  it("adds up the lengths an undated contract table lists, not a duration told in a bullet", () => {
    const p = parse(
      "Ines Falk\nines@example.com\n\nSea Service\nVessel | Rank | Sea time\nMV Tern | Deck Cadet | 9 months\nMV Skua | Third Officer | 1 year 1 month 20 days\n- Kept a 6 months watch log\n",
    );
    expect(p.totalYearsExperience).toBe(0);
    // 9 + 13 months; the bullet's "6 months" is no contract.
    expect(p.estimatedYears).toBeCloseTo(1.8, 1);
  });

  it.each(["Sea Service Record", "Locum History", "Contract History", "FIFO Rotations", "Employment Record"])(
    "%s opens an experience section",
    (heading) => {
      const p = parse(
        `Jo Ames\njo@example.com\n\n${heading}\nLocum GP | Hillside Surgery | 02/2022 - 08/2022\nLocum GP | Riverside Practice | 11/2022 - 05/2023\n`,
      );
      expect(p.sections.map((s) => s.kind)).toContain("experience");
      expect(p.totalYearsExperience).toBeCloseTo(1.0, 1);
    },
  );
});

describe("national degree names and their level", () => {
  it.each([
    ["Grado en Fisioterapia, Universidad de Granada, 2016", "bachelor"],
    ["Licenciada en Psicología, Universidad de Buenos Aires, 2011", "bachelor"],
    ["Diploma IV Teknik Informatika, Politeknik Negeri Malang, 2018", "bachelor"],
    ["D-IV Kebidanan, Poltekkes Surabaya, 2015", "bachelor"],
    ["Diploma III Akuntansi, Politeknik Negeri Medan, 2013", "diploma"],
    ["MLS, Indiana University, 2014", "master"],
    ["Library Science, MS, 2017", "master"],
    ["Public Policy – MA 2019", "master"],
    ["Ingeniera Civil, Universidad de Concepción, 2012", "bachelor"],
    ["Bacharelado em Enfermagem, UNIFESP, 2016", "bachelor"],
    ["Licence en sciences économiques, Université de Lille, 2014", "bachelor"],
    ["Dipl.-Ing. (FH) Maschinenbau, Hochschule Aalen, 2009", "bachelor"],
    ["Dipl.-Ing. Bauingenieurwesen, RWTH Aachen, 2007", "master"],
    ["Diplom-Kauffrau, Universität zu Köln, 2005", "master"],
    ["Magister inżynier, Politechnika Gdańska, 2013", "master"],
    ["Diplôme d'ingénieur, INSA Toulouse, 2016", "master"],
    ["MBO 4 Verzorgende IG, ROC Tilburg, 2018", "diploma"],
    ["MBO 2 Logistiek, ROC Tilburg, 2012", "high_school"],
  ])("%s → %s", (line, level) => {
    expect(matchDegree(line)?.level).toBe(level);
  });

  it.each([
    "Reported to the Ingeniero Jefe on site",
    "Forklift licence, 2019",
    "Jackson, MS 39201",
    "MLS (ASCP) certification, 2020",
    "Grado 4 de riesgo",
    "Vitamin D3 dosing protocol",
  ])("names no degree: %s", (line) => {
    expect(["master", "bachelor"]).not.toContain(matchDegree(line)?.level);
  });

  it("a college programme with no award word is a college diploma; an HNC or level 3 course is not", () => {
    const edu = (line: string) => parse(`Ari Vance\nari@example.com\n\nEducation\n${line}\n`).highestDegree;
    expect(edu("Paramedicine - Advanced Care, Seneca College, Toronto, 2021")).toBe("diploma");
    expect(edu("HNC Mechanical Engineering, West Lothian College, 2019")).toBe("none");
    expect(edu("Level 3 Health and Social Care, Bolton College, 2015")).toBe("none");
  });

  it("an education row left under the roles keeps its degree; a teaching role naming a programme is no degree", () => {
    const role = "Ola Brandt\nola@example.com\n\nExperience\nStaff Nurse, Mercy Hospital\nJan 2016 – Present\n- Cared for patients\n";
    expect(parse(`${role}\nLund University | BS in Nursing | 2014\n`).highestDegree).toBe("bachelor");
    expect(parse(`${role}\nClinical Instructor, BSN programme, Mercy College\n`).highestDegree).toBe("none");
  });

  it("a school diploma under a licences-and-training heading is still read", () => {
    const p = parse(
      "Ari Vance\nari@example.com\n\nExperience\nAvionics Technician, Royal Air Force, 2010 - 2022\n\nLicences and training\nAME licence exams passed\nAlberta High School Diploma, 2009\n",
    );
    expect(p.highestDegree).toBe("high_school");
  });
});
