import { describe, expect, it } from "vitest";
import { findDateRanges, findSeasonTerm, monthsBetween, parseDate, unionMonths } from "./dates";

const NOW = { year: 2026, month: 11 };

function range(text: string) {
  const r = findDateRanges(text, NOW)[0];
  if (!r) return null;
  return { start: r.start, end: r.end, current: r.current, months: monthsBetween(r.start, r.end) };
}

describe("parseDate", () => {
  it.each([
    ["Jan 2019", 2019, 1],
    ["January 2019", 2019, 1],
    ["Sept. 2020", 2020, 9],
    ["Sep 2020", 2020, 9],
    ["03/2017", 2017, 3],
    ["3/2017", 2017, 3],
    ["2022.01", 2022, 1],
    ["2023-01", 2023, 1],
    ["2015", 2015, 1],
    ["Summer 2021", 2021, 6],
    ["Jan '19", 2019, 1],
  ])("%s", (raw, year, month) => {
    expect(parseDate(raw)).toEqual({ year, month });
  });

  it("rejects non-dates", () => {
    expect(parseDate("13/2017")).toBeNull();
    expect(parseDate("hello")).toBeNull();
  });
});

describe("findDateRanges", () => {
  it("reads month-name ranges with en/em dashes and hyphens", () => {
    expect(range("Jan 2019 – Present")).toMatchObject({ start: { year: 2019, month: 1 }, end: NOW, current: true, months: 94 });
    expect(range("January 2019 - Current")).toMatchObject({ current: true, months: 94 });
    expect(range("Jan 2019 — Mar 2019")).toMatchObject({ months: 2, current: false });
    expect(range("Sept. 2020 – Aug 2022")?.months).toBe(23);
  });

  it("reads numeric ranges", () => {
    expect(range("03/2017 - 08/2020")?.months).toBe(41);
    expect(range("2022.01 – 2023.07")?.months).toBe(18);
    expect(range("2023-01 – present")).toMatchObject({ start: { year: 2023, month: 1 }, current: true, months: 46 });
    expect(range("08/2022 - Present")?.months).toBe(51);
  });

  it("reads year-only ranges as January to January", () => {
    expect(range("2015–2018")?.months).toBe(36);
    expect(range("2015 - 2018")?.months).toBe(36);
    expect(range("Nimbus Maps — Staff Frontend Engineer, 2021–Present")?.months).toBe(70);
  });

  it("reads worded separators", () => {
    expect(range("October 2024 to Present")?.months).toBe(25);
    expect(range("June 2022 to September 2023")?.months).toBe(15);
    expect(range("May 2020 until Jun 2021")?.months).toBe(13);
    expect(range("Summer 2021 – Fall 2021")?.months).toBe(3);
  });

  it("finds a range embedded in a title line", () => {
    const line = "Recruiter — Talonbridge Staffing Jul 2022 – Dec 2022";
    const [r] = findDateRanges(line, NOW);
    expect(r?.index).toBe(line.indexOf("Jul"));
    expect(r && monthsBetween(r.start, r.end)).toBe(5);
  });

  it("does not read phone numbers, amounts or single years as ranges", () => {
    expect(findDateRanges("(720) 555-0111", NOW)).toEqual([]);
    expect(findDateRanges("Closing $10k–$45k ACV deals", NOW)).toEqual([]);
    expect(findDateRanges("2025: 127% of $1.1M quota", NOW)).toEqual([]);
    expect(findDateRanges("100–800 employee companies", NOW)).toEqual([]);
  });
});

describe("unionMonths", () => {
  it("counts overlapping intervals once", () => {
    expect(
      unionMonths([
        { start: 0, end: 12 },
        { start: 6, end: 18 },
        { start: 30, end: 36 },
      ]),
    ).toBe(24);
    expect(
      unionMonths([
        { start: 0, end: 12 },
        { start: 12, end: 24 },
      ]),
    ).toBe(24);
    expect(unionMonths([])).toBe(0);
  });
});

describe("European present words and lone seasons", () => {
  it("reads 'heute' and other common present words as the current month", () => {
    expect(range("04.2024 – heute")).toMatchObject({ start: { year: 2024, month: 4 }, end: NOW, current: true, months: 31 });
    expect(range("03/2019 - aujourd'hui")).toMatchObject({ current: true });
    expect(range("2020 – actualidad")).toMatchObject({ current: true });
  });

  it("reads a lone season as one three-month term", () => {
    const t = findSeasonTerm("UX Design Intern — Motorola Solutions, Summer 2018");
    expect(t).toMatchObject({ start: { year: 2018, month: 6 }, end: { year: 2018, month: 9 }, current: false });
    expect(t && monthsBetween(t.start, t.end)).toBe(3);
  });

  it("leaves seasons inside a range to the range reader", () => {
    expect(findSeasonTerm("Summer 2024 – May 2026")).toBeNull();
    expect(findSeasonTerm("Jan 2020 – Present")).toBeNull();
  });
});
