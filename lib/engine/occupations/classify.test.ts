import { describe, expect, it } from "vitest";
import { occupationAffinity, occupationOf } from "./classify";

describe("occupationOf", () => {
  it("classifies resume and job titles by their head occupation", () => {
    expect(occupationOf("Senior Backend Engineer (Go)")).toBe(occupationOf("iOS Developer"));
    expect(occupationOf("High School Math Teacher")).toBe("2330");
    expect(occupationOf("Data Scientist")).toBe("2511");
    expect(occupationOf("Registered Nurse, ICU")).toBe("2221");
    expect(occupationOf("Mech. Design Engineer")).toBe("2144");
  });

  it("reads grade words as seniority, not occupation, and subject teachers as school teachers", () => {
    expect(occupationOf("Senior Data Analyst")).toBe(occupationOf("Data Analyst"));
    expect(occupationOf("Teacher of Mathematics")).toBe("2330");
    expect(occupationOf("Trainee Teacher (PGCE placements)")).toBe("2330");
    expect(occupationOf("Data Engineer II")).not.toBe(occupationOf("Data Scientist"));
  });

  it("files Australian and New Zealand heavy-equipment trade titles with heavy machinery mechanics, not pipe fitters or car mechanics", () => {
    const plant = occupationOf("Heavy Equipment Mechanic");
    expect(occupationOf("HD Fitter")).toBe(plant);
    expect(occupationOf("Heavy Diesel Mechanic - Earthworks")).toBe(plant);
    expect(occupationOf("Mobile Plant Fitter")).toBe(plant);
    expect(occupationOf("Pipe Fitter")).not.toBe(plant);
    expect(occupationOf("Automotive Technician")).not.toBe(plant);
  });

  it("reads the current title of a promotion line", () => {
    expect(occupationOf("Accounting Assistant → Senior Staff Accountant")).toBe("2411");
  });

  it("returns null for titles the lexicon does not know, never a guess from a generic word", () => {
    expect(occupationOf("Senior Lead")).toBeNull();
    expect(occupationOf("")).toBeNull();
  });
});

describe("occupationAffinity", () => {
  it("ranks the same occupation above a neighbour above an unrelated one", () => {
    const ds = occupationOf("Data Scientist") as string;
    const sameField = occupationAffinity(ds, occupationOf("Machine Learning Engineer") as string);
    const ict = occupationAffinity(ds, occupationOf("Software Engineer") as string);
    const teacher = occupationAffinity(ds, occupationOf("Mathematics Teacher") as string);
    expect(sameField).toBe(1);
    expect(ict).toBeGreaterThan(teacher);
    expect(teacher).toBeLessThan(0.5);
  });

  it("counts a neighbouring occupation's years about half, not nearly in full", () => {
    const se = occupationOf("Software Engineer") as string;
    const ds = occupationOf("Data Scientist") as string;
    const pt = occupationOf("Physiotherapist") as string;
    const ot = occupationOf("Occupational Therapist") as string;
    expect(occupationAffinity(se, ds)).toBeLessThanOrEqual(0.6);
    expect(occupationAffinity(pt, ot)).toBeLessThanOrEqual(0.6);
    expect(occupationAffinity(pt, ot)).toBeGreaterThan(occupationAffinity(pt, occupationOf("Mathematics Teacher") as string));
  });
});
