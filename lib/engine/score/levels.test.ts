import { describe, expect, it } from "vitest";
import { levelFromTitle, levelFromYears } from "./levels";

describe("seniority levels", () => {
  it("reads levels from title wording across fields", () => {
    expect(levelFromTitle("Software Engineering Intern")).toBe(0);
    expect(levelFromTitle("Junior Data Analyst")).toBe(1);
    expect(levelFromTitle("Senior Accountant")).toBe(3);
    expect(levelFromTitle("Staff Frontend Engineer")).toBe(4);
    expect(levelFromTitle("Staff Accountant")).toBeNull();
    expect(levelFromTitle("Staff Nurse, ICU")).toBeNull();
    // A student's "Senior Capstone Practicum" is school work, not a senior role.
    expect(levelFromTitle("Senior Capstone Practicum, Medical ICU")).toBe(0);
    expect(levelFromTitle("Director of Nursing")).toBe(5);
    expect(levelFromTitle("VP Sales")).toBe(6);
    expect(levelFromTitle("Data Engineer")).toBeNull();
  });

  it("maps years to levels monotonically", () => {
    const ys = [0, 0.5, 1, 2, 3, 5, 8, 12];
    const ls = ys.map(levelFromYears);
    for (let i = 1; i < ls.length; i++) expect(ls[i]).toBeGreaterThanOrEqual(ls[i - 1] ?? 0);
  });
});
