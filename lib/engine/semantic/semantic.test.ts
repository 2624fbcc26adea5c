import { describe, expect, it } from "vitest";
import { bm25Scores, tfidfCosineScores } from "./baselines";
import { buildJobTermProfile, coverageSimilarity, termFrequencies } from "./similarity";
import { stem, termWeight } from "./tokenize";

const JOB = "Data Engineer. Build batch data pipelines in Spark and Airflow; model the warehouse in SQL.";

describe("semantic similarity", () => {
  it("stems plurals and verb forms together", () => {
    expect(stem("pipelines")).toBe(stem("pipeline"));
    expect(stem("deployed")).toBe(stem("deploying"));
    expect(stem("analysis")).toBe("analysis");
    expect(stem("status")).toBe("status");
  });

  it("folds British spellings onto American ones", () => {
    expect(stem("haemodynamic")).toBe(stem("hemodynamic"));
    expect(stem("paediatric")).toBe(stem("pediatric"));
    expect(stem("licence")).toBe(stem("license"));
    expect(stem("organisation")).toBe(stem("organization"));
    expect(stem("modelling")).toBe(stem("modeling"));
    expect(stem("analysed")).toBe(stem("analyzed"));
    // "-ise" words that are spelled that way in American English too stay apart.
    expect(stem("expertise")).not.toBe(stem("expertize"));
    expect(stem("advised")).toBe("advis");
  });

  it("weights boilerplate below field vocabulary", () => {
    expect(termWeight(stem("experience"))).toBeLessThan(termWeight(stem("warehouse")));
    expect(termWeight("skill:react")).toBeGreaterThan(termWeight(stem("warehouse")));
  });

  it("scores an in-field resume above an off-field one, within 0–1", () => {
    const job = buildJobTermProfile(JOB, [{ id: "apache-spark", weight: 1 }]);
    const inField = termFrequencies("Data engineer: built Spark pipelines and Airflow DAGs; warehouse modeling in SQL.");
    inField.set("skill:apache-spark", 2);
    const offField = termFrequencies("Registered nurse in a busy ICU; patient care and medication administration.");
    const a = coverageSimilarity(job, inField);
    const b = coverageSimilarity(job, offField);
    expect(a).toBeGreaterThan(b);
    expect(a).toBeLessThanOrEqual(1);
    expect(b).toBeGreaterThanOrEqual(0);
  });

  it("does not depend on other resumes (fixed weights): same pair, same score", () => {
    const job = buildJobTermProfile(JOB, []);
    const tf = termFrequencies("Spark and Airflow pipelines");
    expect(coverageSimilarity(job, tf)).toBe(
      coverageSimilarity(buildJobTermProfile(JOB, []), termFrequencies("Spark and Airflow pipelines")),
    );
  });

  it("baselines rank the matching document first", () => {
    const docs = ["Spark Airflow SQL pipelines warehouse data engineer", "nurse patient care ICU", "sales quota pipeline"];
    const t = tfidfCosineScores(JOB, docs);
    const b = bm25Scores(JOB, docs);
    expect(t[0]).toBeGreaterThan(Math.max(t[1] ?? 0, t[2] ?? 0));
    expect(b[0]).toBeGreaterThan(Math.max(b[1] ?? 0, b[2] ?? 0));
  });
});
