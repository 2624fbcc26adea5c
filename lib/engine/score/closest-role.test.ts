import { describe, expect, it } from "vitest";
import { closestRoleFactor, experienceFit, type RoleRelevance, scopedYearsFit } from "./components";
import { prepareJob, prepareResume } from "./prepare";
import { createScorer } from "./scorer";
import { buildJob, buildResume, DATA_JOB_TEXT, ICU_JOB_TEXT, icuJob, type RoleSpec, testLookup } from "./test-helpers";

const rel = (relevance: number): RoleRelevance => ({ relevance, skill: relevance, title: 0, semantic: 0 });

describe("closestRoleFactor", () => {
  it("keeps the experience score when some role is the job's kind of work, and halves it when none is", () => {
    expect(closestRoleFactor([rel(0.2), rel(0.9)])).toBe(1);
    expect(closestRoleFactor([rel(0), rel(0)])).toBe(0.5);
    expect(closestRoleFactor([])).toBe(1);
  });

  it("rises with the closest role's relevance, never with a worse role added", () => {
    let prev = 0;
    for (let r = 0; r <= 1; r += 0.05) {
      const f = closestRoleFactor([rel(r)]);
      expect(f).toBeGreaterThanOrEqual(prev);
      prev = f;
    }
    expect(closestRoleFactor([rel(0.4), rel(0.1)])).toBe(closestRoleFactor([rel(0.4)]));
  });
});

const dataJob = prepareJob(buildJob(), DATA_JOB_TEXT, testLookup);
const pipelineBullets = ["Built data pipelines in Python with Apache Spark and Apache Airflow; SQL data modeling."];
const role = (title: string, start: string, end: string, bullets: string[], skills: string[]): RoleSpec => ({
  title,
  employer: "Acme",
  start,
  end,
  bullets,
  skills,
});

describe("experience of an adjacent career", () => {
  it("scores many years in a role only partly about the job below fewer years in the job itself", () => {
    const own = buildResume({
      roles: [role("Data Engineer", "2023-01", "2026-01", pipelineBullets, ["python", "apache-spark", "apache-airflow", "sql"])],
    });
    const adjacent = buildResume({
      roles: [
        role("Mathematics Teacher", "2012-01", "2026-01", ["Taught statistics and SQL basics with Python notebooks."], ["python", "sql"]),
      ],
    });
    const ownFit = experienceFit(dataJob, prepareResume(own.profile, own.text));
    const adjacentFit = experienceFit(dataJob, prepareResume(adjacent.profile, adjacent.text));
    // Three of the four years asked for, in the job itself: three quarters of the credit.
    expect(ownFit.score).toBeCloseTo(0.75, 2);
    // Fourteen years of a role that only touches the job's tools are not more of the job's experience.
    expect(adjacentFit.score).toBeLessThan(ownFit.score);
  });

  it("says in the breakdown why relevant years count only in part", () => {
    const scorer = createScorer(testLookup);
    const detail = (r: { text: string; profile: Parameters<typeof prepareResume>[0] }) =>
      scorer
        .scoreResume({ requirements: buildJob(), jobText: DATA_JOB_TEXT, profile: r.profile, resumeText: r.text })
        .components.find((c) => c.key === "experience")?.detail ?? "";
    const teacher = buildResume({
      roles: [
        role("Mathematics Teacher", "2012-01", "2026-01", ["Taught statistics and SQL basics with Python notebooks."], ["python", "sql"]),
      ],
    });
    const engineer = buildResume({
      roles: [role("Data Engineer", "2020-01", "2026-01", pipelineBullets, ["python", "apache-spark", "apache-airflow", "sql"])],
    });
    expect(detail(teacher)).toContain("no role is fully the job's kind of work");
    expect(detail(engineer)).not.toContain("kind of work");
  });
});

describe("scoped years from a role that only mentions the scope", () => {
  const icu = prepareJob(icuJob, ICU_JOB_TEXT, testLookup);
  const mentioning = (title: string) =>
    buildResume({
      roles: [role(title, "2021-01", "2026-01", ["Hemodynamic Monitoring of post-cardiac surgery patients."], ["hemodynamic-monitoring"])],
    });
  const years = (title: string) => {
    const { text, profile } = mentioning(title);
    return scopedYearsFit(icu, prepareResume(profile, text)).checks[0]?.years ?? Number.NaN;
  };

  it("counts in full under the job's occupation and only in part under another", () => {
    expect(years("Staff Nurse")).toBeCloseTo(5, 5);
    const other = years("Pharmaceutical Sales Representative");
    expect(other).toBeGreaterThan(0);
    expect(other).toBeLessThan(2);
  });
});
