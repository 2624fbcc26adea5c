import { describe, expect, it } from "vitest";
import { createScorer } from "./scorer";
import { buildJob, buildResume, DATA_JOB_TEXT, testLookup } from "./test-helpers";

const scorer = createScorer(testLookup);
const { text, profile } = buildResume({ skillsList: ["python", "apache-spark", "apache-airflow", "sql"] });
const score = (over: Parameters<typeof buildJob>[0]) =>
  scorer.scoreResume({ profile, requirements: buildJob(over), resumeText: text, jobText: DATA_JOB_TEXT });

describe("skills read only from the duties", () => {
  it("are never listed as missing nice-to-haves, unlike a nice-to-have the posting asks for", () => {
    const asDuty = score({ niceToHaveSkills: [], duties: ["kafka"] });
    expect(asDuty.missingNiceToHave.map((m) => m.id)).not.toContain("kafka");
    const asked = score({ niceToHaveSkills: ["kafka"], duties: ["kafka"] });
    expect(asked.missingNiceToHave.map((m) => m.id)).toContain("kafka");
  });
});
