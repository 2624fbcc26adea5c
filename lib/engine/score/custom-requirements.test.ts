import { describe, expect, it } from "vitest";
import { customSkillId, customSkillName, findCustomSkill, findPhraseStems, isCustomSkillId } from "./custom-requirements";
import { createScorer } from "./scorer";
import { buildJob, buildResume, DATA_JOB_TEXT, testLookup } from "./test-helpers";

const scorer = createScorer(testLookup);

describe("custom requirement ids", () => {
  it("carry the name, with spaces collapsed", () => {
    const id = customSkillId("  Epic   Willow ");
    expect(id).toBe("custom:Epic Willow");
    expect(isCustomSkillId(id)).toBe(true);
    expect(customSkillName(id)).toBe("Epic Willow");
    expect(customSkillName("python")).toBeNull();
  });
});

describe("findCustomSkill", () => {
  it("finds the name in any case, across line breaks and extra spaces", () => {
    const text = "Pharmacist\nVerified orders in EPIC  willow daily.\nTrained staff on epic\nwillow.";
    expect(findCustomSkill("Epic Willow", text).map((m) => text.slice(m.offset, m.offset + m.length))).toEqual([
      "EPIC  willow",
      "epic\nwillow",
    ]);
  });

  it("needs word boundaries: a longer word that contains the name is not it", () => {
    expect(findCustomSkill("Kroll", "Worked at Krollman Inc. and Kroll-adjacent firms")).toHaveLength(1);
    expect(findCustomSkill("Kroll", "Krollman, Skroll")).toHaveLength(0);
    expect(findCustomSkill("Kroll", "Kroll2 release")).toHaveLength(0);
  });

  it("treats symbols in the name literally", () => {
    expect(findCustomSkill("C++/CLI", "wrote C++/CLI bindings")).toHaveLength(1);
    expect(findCustomSkill("C++/CLI", "wrote C bindings")).toHaveLength(0);
    expect(findCustomSkill("Q.A. (manual)", "did Q.A. (manual) work")).toHaveLength(1);
    expect(findCustomSkill("Q.A. (manual)", "did QxA  manual work")).toHaveLength(0);
  });

  it("finds nothing for an empty name", () => {
    expect(findCustomSkill("  ", "anything")).toEqual([]);
  });
});

describe("scoring a custom requirement", () => {
  const willow = customSkillId("Epic Willow");
  const job = buildJob({ mustHaveSkills: ["python", willow], mustHaveGroups: [["python"], [willow]], customSkills: ["Epic Willow"] });
  const withWillow = buildResume({
    roles: [
      {
        title: "Data Engineer",
        employer: "Mercy Health",
        start: "2020-01",
        end: "2026-10",
        bullets: ["Built Python loaders for the Epic Willow pharmacy module."],
        skills: ["python"],
      },
    ],
  });
  const without = buildResume({
    roles: [
      {
        title: "Data Engineer",
        employer: "Mercy Health",
        start: "2020-01",
        end: "2026-10",
        bullets: ["Built Python loaders for the pharmacy module."],
        skills: ["python"],
      },
    ],
  });

  it("is matched with evidence from the resume when named, missing otherwise", () => {
    const hit = scorer.scoreResume({ profile: withWillow.profile, resumeText: withWillow.text, requirements: job, jobText: DATA_JOB_TEXT });
    expect(hit.matchedMustHave.map((m) => m.name)).toContain("Epic Willow");
    const match = hit.matchedMustHave.find((m) => m.id === willow);
    expect(match?.credit).toBeGreaterThan(0.9);
    expect(match?.evidence[0]?.snippet).toContain("Epic Willow pharmacy module");
    expect(match?.evidence[0]?.section).toBe("experience");

    const miss = scorer.scoreResume({ profile: without.profile, resumeText: without.text, requirements: job, jobText: DATA_JOB_TEXT });
    expect(miss.missingMustHave).toContainEqual({ id: willow, name: "Epic Willow" });
    expect(miss.score).toBeLessThan(hit.score);
  });

  it("meets an either-or group with a taxonomy skill", () => {
    const either = buildJob({ mustHaveSkills: ["kafka", willow], mustHaveGroups: [["kafka", willow]], customSkills: ["Epic Willow"] });
    const hit = scorer.scoreResume({
      profile: withWillow.profile,
      resumeText: withWillow.text,
      requirements: either,
      jobText: DATA_JOB_TEXT,
    });
    expect(hit.missingMustHave).toEqual([]);
    const miss = scorer.scoreResume({ profile: without.profile, resumeText: without.text, requirements: either, jobText: DATA_JOB_TEXT });
    expect(miss.missingMustHave).toEqual([{ id: "kafka", name: "Kafka or Epic Willow" }]);
  });

  it("counts less when only listed than when used in a role, as a known skill does", () => {
    const listed = buildResume({
      skillsList: ["python"],
      roles: [
        {
          title: "Data Engineer",
          employer: "Acme",
          start: "2020-01",
          end: "2026-10",
          bullets: ["Built Python loaders."],
          skills: ["python"],
        },
      ],
    });
    const text = `${listed.text}Tools: Epic Willow\n`;
    const nice = buildJob({ niceToHaveSkills: [willow], customSkills: ["Epic Willow"] });
    const listedOnly = scorer.scoreResume({ profile: listed.profile, resumeText: text, requirements: nice, jobText: DATA_JOB_TEXT });
    const used = scorer.scoreResume({
      profile: withWillow.profile,
      resumeText: withWillow.text,
      requirements: nice,
      jobText: DATA_JOB_TEXT,
    });
    const credit = (r: typeof used) => r.matchedNiceToHave.find((m) => m.id === willow)?.credit ?? 0;
    expect(credit(listedOnly)).toBeGreaterThan(0);
    expect(credit(listedOnly)).toBeLessThan(credit(used));
  });
});

describe("findPhraseStems: a phrase read from the posting, worded the resume's way", () => {
  const found = (name: string, text: string) => findPhraseStems(name, text).map((m) => text.slice(m.offset, m.offset + m.length));

  it("meets the content words' stems in one sentence, in any order", () => {
    expect(found("ministerial briefing", "Drafted briefings for ministers on water reform.")).toEqual(["briefings for ministers"]);
    expect(found("fault finding", "Electrical fault-finding on 3-phase circuits")).toEqual(["fault-finding"]);
    expect(found("Eurocodes", "Designed to Eurocode 2 and 3")).toEqual(["Eurocode"]);
    expect(found("machinery of government", "Advised on machinery-of-government changes")).toEqual(["machinery-of-government"]);
    expect(found("home safety assessments", "Completed home safety assessment visits")).toEqual(["home safety assessment"]);
  });

  it("needs every content word within the same sentence or bullet", () => {
    expect(found("ministerial briefing", "Briefed the team weekly.\nWorked for two ministers.")).toEqual([]);
    expect(found("fault finding", "Diagnosed faults in control circuits")).toEqual([]);
    expect(found("F-Gas", "Handled refrigerant gases safely")).toEqual([]);
  });
});

describe("scoring a requirement phrase read from the posting", () => {
  const briefing = customSkillId("ministerial briefing");
  const read = buildJob({
    mustHaveSkills: ["python", briefing],
    mustHaveGroups: [["python"], [briefing]],
    customSkills: ["ministerial briefing"],
    customSkillsRead: ["ministerial briefing"],
  });
  const typed = { ...read, customSkillsRead: undefined };
  const resume = buildResume({
    roles: [
      {
        title: "Policy Analyst",
        employer: "Department of Water",
        start: "2020-01",
        end: "2026-10",
        bullets: ["Wrote briefings for ministers and analysed policy data in Python."],
        skills: ["python"],
      },
    ],
  });
  const score = (requirements: typeof read) =>
    scorer.scoreResume({ profile: resume.profile, resumeText: resume.text, requirements, jobText: DATA_JOB_TEXT });

  it("is met by the resume's own wording, with that wording as evidence", () => {
    const hit = score(read);
    const match = hit.matchedMustHave.find((m) => m.id === briefing);
    expect(match?.evidence[0]?.snippet).toContain("briefings for ministers");
    expect(hit.missingMustHave).toEqual([]);
  });

  it("stays literal when the recruiter typed the same name", () => {
    expect(score(typed).missingMustHave).toContainEqual({ id: briefing, name: "ministerial briefing" });
  });
});
