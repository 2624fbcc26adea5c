import { describe, expect, it } from "vitest";
import { educationFit, experienceFit, matchRequirement, seniorityFit } from "./components";
import { prepareJob, prepareResume } from "./prepare";
import { creditSources } from "./skill-graph";
import { buildJob, buildResume, DATA_JOB_TEXT, type ResumeSpec, testLookup } from "./test-helpers";

const job = (over = {}) => prepareJob(buildJob(over), DATA_JOB_TEXT, testLookup);
const resume = (spec: ResumeSpec) => {
  const { text, profile } = buildResume(spec);
  return prepareResume(profile, text);
};

const sqlRole = (skills: string[], bullet: string, start = "2020-01", end = "2026-10"): ResumeSpec["roles"] => [
  { title: "Data Engineer", employer: "Acme", start, end, bullets: [bullet], skills },
];

describe("skill credit", () => {
  it("gives full credit for an exact skill used in a recent dated role", () => {
    const j = job({ mustHaveSkills: ["sql"] });
    const r = resume({ roles: sqlRole(["sql"], "Wrote SQL models for finance.") });
    const m = matchRequirement(j.must[0] as (typeof j.must)[number], r);
    expect(m.credit).toBeGreaterThan(0.95);
    expect(m.source?.via).toBe("exact");
  });

  it("gives partial, never full, credit for a narrower skill (MySQL for SQL)", () => {
    const j = job({ mustHaveSkills: ["sql"] });
    const r = resume({ roles: sqlRole(["mysql"], "Tuned MySQL queries for 6 years.") });
    const m = matchRequirement(j.must[0] as (typeof j.must)[number], r);
    expect(m.source?.via).toBe("broader");
    expect(m.credit).toBeGreaterThan(0.4);
    expect(m.credit).toBeLessThan(1);
  });

  it("counts a skill used in a role more than one only listed", () => {
    const j = job({ mustHaveSkills: ["kafka"] });
    const used = matchRequirement(j.must[0] as (typeof j.must)[number], resume({ roles: sqlRole(["kafka"], "Ran Kafka clusters.") }));
    const listed = matchRequirement(
      j.must[0] as (typeof j.must)[number],
      resume({ skillsList: ["kafka"], roles: sqlRole([], "Wrote reports.") }),
    );
    expect(used.credit).toBeGreaterThan(listed.credit);
    expect(listed.credit).toBeGreaterThan(0);
  });

  it("counts recent use more than use ten years ago", () => {
    const j = job({ mustHaveSkills: ["kafka"] });
    const recent = resume({
      roles: [
        { title: "Data Engineer", employer: "New", start: "2022-01", end: "2026-10", bullets: ["Ran Kafka clusters."], skills: ["kafka"] },
        { title: "Data Engineer", employer: "Old", start: "2012-01", end: "2016-01", bullets: ["Wrote SQL."], skills: [] },
      ],
    });
    const old = resume({
      roles: [
        { title: "Data Engineer", employer: "New", start: "2022-01", end: "2026-10", bullets: ["Wrote SQL."], skills: [] },
        { title: "Data Engineer", employer: "Old", start: "2012-01", end: "2016-01", bullets: ["Ran Kafka clusters."], skills: ["kafka"] },
      ],
    });
    const req = j.must[0] as (typeof j.must)[number];
    expect(matchRequirement(req, recent).credit).toBeGreaterThan(matchRequirement(req, old).credit);
  });

  it("supports must-have alternatives (X or Y)", () => {
    const j = prepareJob(
      { ...buildJob({ mustHaveSkills: ["react", "vue"] }), mustHaveGroups: [["react", "vue"]] } as ReturnType<typeof buildJob>,
      "Frontend engineer with React or Vue",
      testLookup,
    );
    expect(j.must).toHaveLength(1);
    const r = resume({ roles: sqlRole(["vue"], "Built Vue.js apps.") });
    expect(matchRequirement(j.must[0] as (typeof j.must)[number], r).source?.via).toBe("exact");
  });

  it("derives narrower and related links from the taxonomy", () => {
    const src = creditSources("sql", testLookup);
    expect(src.find((s) => s.candidateId === "postgresql")?.via).toBe("broader");
    expect(creditSources("react", testLookup).find((s) => s.candidateId === "vue")?.via).toBe("related");
  });
});

describe("experience fit", () => {
  it("is partial, not zero, two years short of five", () => {
    const j = job({ minYearsExperience: 5 });
    const r = resume({ roles: sqlRole(["sql", "python"], "Built Python and SQL pipelines for the warehouse.", "2023-10", "2026-10") });
    const e = experienceFit(j, r);
    // Three years in a data-engineering role (relevance a little under 1: it names only some must-haves).
    expect(e.relevantYears).toBeGreaterThan(2.4);
    expect(e.relevantYears).toBeLessThanOrEqual(3.01);
    expect(e.score).toBeGreaterThan(0.3);
    expect(e.score).toBeLessThan(0.8);
  });

  it("does not punish far more years unless the job sets a maximum", () => {
    const r = resume({ roles: sqlRole(["sql", "python"], "Built Python and SQL pipelines.", "2006-01", "2026-10") });
    expect(experienceFit(job({ minYearsExperience: 3 }), r).score).toBe(1);
    expect(experienceFit(job({ minYearsExperience: 3, maxYearsExperience: 5 }), r).score).toBeLessThan(1);
  });

  it("counts years in off-field roles far less than years in the job's field", () => {
    const inField = resume({
      roles: sqlRole(["sql", "python", "apache-spark"], "Built Apache Spark pipelines in Python and SQL.", "2020-01", "2026-01"),
    });
    const offField = resume({
      roles: [
        {
          title: "Retail Store Manager",
          employer: "Shop",
          start: "2020-01",
          end: "2026-01",
          bullets: ["Ran a store of 30 staff."],
          skills: [],
        },
      ],
    });
    const j = job();
    expect(experienceFit(j, inField).relevantYears).toBeGreaterThan(5);
    expect(experienceFit(j, offField).relevantYears).toBeLessThan(1);
  });
});

describe("experience without readable roles", () => {
  it("falls back to the whole resume's relevance when no dated roles were parsed", () => {
    const j = job();
    const { text, profile } = buildResume({ summary: "Data engineer: Apache Spark and Apache Airflow pipelines in Python and SQL." });
    const inField = prepareResume({ ...profile, totalYearsExperience: 6 }, text);
    const other = buildResume({ summary: "Registered nurse caring for ICU patients on night shifts." });
    const offField = prepareResume({ ...other.profile, totalYearsExperience: 6 }, other.text);
    expect(experienceFit(j, inField).relevantYears).toBeGreaterThan(experienceFit(j, offField).relevantYears);
    expect(experienceFit(j, offField).relevantYears).toBeLessThan(2);
  });
});

describe("seniority and education", () => {
  it("penalises an intern resume against a senior job", () => {
    const j = job({ seniority: "senior", minYearsExperience: 6 });
    const intern = resume({
      roles: [
        {
          title: "Data Engineering Intern",
          employer: "Acme",
          start: "2026-01",
          end: "2026-08",
          bullets: ["Built Python and SQL pipelines."],
          skills: ["python", "sql"],
          kind: "internship",
        },
      ],
    });
    const senior = resume({
      roles: sqlRole(["python", "sql", "apache-spark"], "Led Apache Spark pipelines in Python and SQL.", "2017-01", "2026-10"),
    });
    const si = seniorityFit(j, intern, experienceFit(j, intern));
    const ss = seniorityFit(j, senior, experienceFit(j, senior));
    expect(si.score).toBeLessThan(0.3);
    expect(ss.score).toBe(1);
  });

  it("accepts equivalent experience in place of a degree when the job allows it", () => {
    const degree = { level: "bachelor" as const, required: true, orEquivalentExperience: true, fields: ["Computer Science"] };
    const j = job({ degree });
    const experienced = resume({
      roles: sqlRole(["python", "sql", "apache-spark"], "Built Apache Spark pipelines in Python and SQL.", "2016-01", "2026-10"),
    });
    const e = educationFit(j, experienced, experienceFit(j, experienced));
    expect(e.met).toBe(true);
    expect(e.viaEquivalent).toBe(true);
    expect(e.knockout).toBe(false);
    const strict = job({ degree: { ...degree, orEquivalentExperience: false } });
    const s = educationFit(strict, experienced, experienceFit(strict, experienced));
    expect(s.knockout).toBe(true);
    const graduate = resume({ degree: { level: "master", field: "Computer Science" }, roles: sqlRole(["sql"], "SQL.") });
    expect(educationFit(strict, graduate, experienceFit(strict, graduate)).score).toBe(1);
  });
});

describe("credentials and knockouts", () => {
  it("finds a credential the JD names with filler words, by its core name or abbreviation", async () => {
    const { certificationFit } = await import("./components");
    const j = job({ certifications: [{ id: null, name: "Active unencumbered RN license", required: true }] });
    const nurse = resume({ certifications: ["RN — State Board of Nursing #123"], roles: sqlRole([], "Cared for ICU patients.") });
    const none = resume({ roles: sqlRole([], "Cared for ICU patients.") });
    expect(certificationFit(j, nurse).checks[0]?.held).toBe(true);
    expect(certificationFit(j, none).checks[0]?.held).toBe(false);
    // Lowercase "rn" in prose is not the license.
    const prose = resume({ roles: sqlRole([], "Helped turn around the unit; learned to return calls fast.") });
    expect(certificationFit(j, prose).checks[0]?.held).toBe(false);
  });

  it("does not count a pending license, and knocks out only missing licenses, not certificates", async () => {
    const { certificationFit } = await import("./components");
    const { scorePrepared } = await import("./evaluate");
    const j = job({
      certifications: [
        { id: "registered-nurse", name: "Registered Nurse (RN)", required: true },
        { id: null, name: "BLS certification", required: true },
      ],
    });
    const pending = resume({ certifications: ["NCLEX-RN: licensure pending"], roles: sqlRole([], "Cared for ICU patients.") });
    expect(certificationFit(j, pending).checks.map((c) => c.held)).toEqual([false, false]);
    const licensed = resume({ certifications: ["RN, California #123"], roles: sqlRole([], "Cared for ICU patients.") });
    const r = scorePrepared(j, licensed);
    expect(certificationFit(j, licensed).checks.map((c) => c.held)).toEqual([true, false]);
    // BLS is a required certificate, not a license: it lowers the component but is not a knockout.
    expect(r.knockouts).toEqual([]);
    expect(r.facts.certifications.score).toBeLessThan(1);
    expect(scorePrepared(j, pending).knockouts.map((k) => k.code)).toEqual(["missing_required_license"]);
  });

  it("counts a pending or expired credential as missing with a little credit, and says which", async () => {
    const { certificationFit } = await import("./components");
    const { scorePrepared } = await import("./evaluate");
    const j = job({
      certifications: [
        { id: null, name: "Active RN license", required: true },
        { id: null, name: "BLS certification", required: true },
        { id: null, name: "ACLS certification", required: true },
      ],
    });
    const roles = sqlRole([], "Cared for ICU patients.");
    const notYet = resume({
      certifications: ["Wisconsin RN license — application submitted / pending", "BLS, expired 2023", "ACLS (scheduled May 2026)"],
      roles,
    });
    const held = resume({ certifications: ["RN license — active, expires 2027", "BLS, renewed 2025", "ACLS, valid through 2027"], roles });
    const none = resume({ roles });
    const fit = certificationFit(j, notYet);
    expect(fit.checks.map((c) => c.status)).toEqual(["pending", "expired", "pending"]);
    expect(fit.checks.every((c) => !c.held)).toBe(true);
    expect(fit.checks[0]?.snippet).toBe("Wisconsin RN license — application submitted / pending");
    expect(certificationFit(j, held).checks.map((c) => c.status)).toEqual(["held", "held", "held"]);
    expect(certificationFit(j, none).checks.map((c) => c.status)).toEqual(["missing", "missing", "missing"]);
    // Small partial credit: above nothing, far below holding them.
    expect(fit.score).toBeGreaterThan(certificationFit(j, none).score);
    expect(fit.score).toBeLessThanOrEqual(0.25);
    const r = scorePrepared(j, notYet);
    expect(r.knockouts.map((k) => k.code)).toEqual(["missing_required_license"]);
    expect(r.knockouts[0]?.message).toContain("not held yet");
    expect(scorePrepared(j, held).knockouts).toEqual([]);
    expect(scorePrepared(j, held).score).toBeGreaterThan(r.score);
  });

  it("holds a credential listed once as held even if another line says a second one is pending", async () => {
    const { certificationFit } = await import("./components");
    const j = job({ certifications: [{ id: null, name: "Active RN license", required: true }] });
    const r = resume({
      certifications: ["Illinois RN license (active)", "Wisconsin RN license by endorsement: application submitted October 2026"],
      roles: sqlRole([], "Cared for ICU patients."),
    });
    expect(certificationFit(j, r).checks[0]?.status).toBe("held");
  });

  it("caps knocked-out scores without tying them", async () => {
    const { capScore } = await import("./evaluate");
    expect(capScore(95, 40)).toBeLessThanOrEqual(40);
    expect(capScore(95, 40)).toBeGreaterThan(capScore(70, 40));
    expect(capScore(70, 40)).toBeGreaterThan(capScore(30, 40));
    expect(capScore(10, 40)).toBe(10);
  });

  it("flags a sponsorship need against a job that cannot sponsor", async () => {
    const { scorePrepared } = await import("./evaluate");
    const j = prepareJob(buildJob({ workAuthorization: "We are not able to sponsor visas at this time." }), DATA_JOB_TEXT, testLookup);
    const spec: ResumeSpec = {
      summary: "Data engineer; will require H-1B sponsorship.",
      roles: sqlRole(["python", "sql", "apache-spark"], "Built Apache Spark pipelines in Python and SQL."),
    };
    const r = scorePrepared(j, resume(spec));
    expect(r.knockouts.map((k) => k.code)).toContain("work_authorization");
    const ok = scorePrepared(j, resume({ ...spec, summary: "Data engineer." }));
    expect(ok.knockouts).toEqual([]);
    expect(ok.score).toBeGreaterThan(r.score);
  });
});
