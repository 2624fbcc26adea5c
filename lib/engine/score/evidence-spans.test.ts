// Evidence spans end to end with the bundled taxonomy: the parser records the
// length of the text as written, and the scorer carries it into the stored
// breakdown, so the candidate page highlights exactly what matched.
import { describe, expect, it } from "vitest";
import { parseResume } from "../parse";
import type { Evidence } from "../types";
import { evaluationResultSchema, scoreResume } from ".";
import { buildJob } from "./test-helpers";

const RESUME = `Jordan Lee
jordan.lee@example.com | +1 415 555 0100

EXPERIENCE
Senior Platform Engineer, Acme Logistics
Jan 2021 - Oct 2026
- Migrated 40 services to k8s and ran the clusters for three teams.
- Tuned Postgres queries behind the billing API, cutting p95 latency by 30%.
- Built ETL jobs in AWS Glue feeding the finance warehouse.
- Trained machine learning models for delivery-time prediction.
`;

const JOB_TEXT = "Platform Engineer\nRequirements: Kubernetes, SQL, machine learning.\nNice to have: Amazon Web Services, MySQL.";

const requirements = buildJob({
  title: "Platform Engineer",
  mustHaveSkills: ["kubernetes", "sql", "machine-learning"],
  niceToHaveSkills: ["aws", "mysql"],
  minYearsExperience: null,
});

const now = new Date(Date.UTC(2026, 10, 1));
const written = (text: string, e: Evidence | undefined) =>
  e?.length === undefined ? undefined : text.slice(e.offset, e.offset + e.length);

describe("evidence spans", () => {
  const profile = parseResume(RESUME, { now });
  const skill = (id: string) => profile.skills.find((s) => s.id === id);

  it("records the alias as written: k8s for Kubernetes, Postgres for PostgreSQL", () => {
    expect(written(RESUME, skill("kubernetes")?.evidence[0])).toBe("k8s");
    expect(written(RESUME, skill("postgresql")?.evidence[0])).toBe("Postgres");
  });

  it("records the whole multi-word phrase, not just the skill's name", () => {
    expect(written(RESUME, skill("machine-learning")?.evidence[0])).toBe("machine learning models");
    expect(written(RESUME, skill("aws-glue")?.evidence[0])).toBe("AWS Glue");
  });

  it("gives a broader skill implied by a longer name the span of that name", () => {
    expect(written(RESUME, skill("aws")?.evidence[0])).toBe("AWS Glue");
  });

  it("carries the spans into the stored breakdown, broader matches included; related credit is listed apart", () => {
    const result = scoreResume({ profile, requirements, resumeText: RESUME, jobText: JOB_TEXT });
    const stored = evaluationResultSchema.parse(JSON.parse(JSON.stringify(result)));
    const matched = new Map([...stored.matchedMustHave, ...stored.matchedNiceToHave].map((m) => [m.id, m]));

    expect(written(RESUME, matched.get("kubernetes")?.evidence[0])).toBe("k8s");
    expect(written(RESUME, matched.get("machine-learning")?.evidence[0])).toBe("machine learning models");
    // SQL is credited through PostgreSQL (a narrower skill), MySQL through its sibling PostgreSQL.
    expect(matched.get("sql")).toMatchObject({ via: "broader", matchedId: "postgresql" });
    expect(written(RESUME, matched.get("sql")?.evidence[0])).toBe("Postgres");
    // MySQL is only related to PostgreSQL: credited, but listed apart from the matched skills.
    expect(matched.has("mysql")).toBe(false);
    expect(stored.relatedSkills).toContainEqual(expect.objectContaining({ required: "MySQL", via: "PostgreSQL" }));
    expect(written(RESUME, matched.get("aws")?.evidence[0])).toBe("AWS Glue");
  });

  it("still reads breakdowns stored before evidence had a length", () => {
    const result = scoreResume({ profile, requirements, resumeText: RESUME, jobText: JOB_TEXT });
    const old = JSON.parse(JSON.stringify(result), (key, value) => (key === "length" && typeof value === "number" ? undefined : value));
    const parsed = evaluationResultSchema.safeParse({ ...old, engineVersion: "relevance-2026.11.1" });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.matchedMustHave[0]?.evidence[0]?.length).toBeUndefined();
  });
});
