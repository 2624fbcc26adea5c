import { describe, expect, it } from "vitest";
import { compileSkillMatcher } from "../../skills/matcher";
import { TEST_SKILLS } from "../../skills/test-fixtures";
import { parseJobDescription } from "../job";
import { claimedAlternatives, clausePhrases, phraseKey } from "./phrases";

const read = (line: string, claimed: [number, number][] = []) => clausePhrases(line, claimed, true).map((g) => g.names);
const claim = (line: string, word: string): [number, number] => [line.indexOf(word), line.indexOf(word) + word.length];

describe("clausePhrases: what a requirement line asks for", () => {
  it("reads the thing after a cue ('knowledge of', 'experience with', 'an understanding of')", () => {
    expect(read("Knowledge of water policy, natural resource management or market regulation")).toEqual([
      ["water policy", "natural resource management", "market regulation"],
    ]);
    expect(read("Experience with regulation impact statements or legislative processes")).toEqual([
      ["regulation impact statements", "legislative processes"],
    ]);
    expect(read("Sound judgement and an understanding of the machinery of government and the APS's role in it")).toEqual([
      ["machinery of government"],
    ]);
    expect(read("Experience of first-opinion practice")).toEqual([["first-opinion practice"]]);
  });

  it("reads the thing before a cue ('F-Gas certificate', 'processing knowledge') without its grade", () => {
    expect(read("F-Gas Category 1 certificate (City & Guilds 2079 or equivalent)")).toEqual([["F-Gas"]]);
    expect(read("ROE/T4 processing knowledge")).toEqual([["ROE", "T4 processing"]]);
  });

  it("keeps a model number, which names the thing ('experience on Herdline 305')", () => {
    expect(read("Hands-on experience on Herdline 305")).toEqual([["Herdline 305"]]);
    expect(read("Gas Safe Category 2 training")).toEqual([["Gas Safe"]]);
  });

  it("reads a bullet's label and a bullet that is a noun phrase", () => {
    expect(read("Stakeholder engagement: experience building productive relationships with other governments.")).toEqual([
      ["stakeholder engagement"],
    ]);
    expect(read("Strong electrical fault-finding on three-phase and control circuits")).toEqual([["electrical fault-finding"]]);
    // Only a list item may be the requirement itself: the same words in running text are not read.
    expect(clausePhrases("Strong electrical fault-finding on three-phase circuits", [], false)).toEqual([]);
  });

  it("splits lists and gives a shared word to every part", () => {
    expect(read("Functional, cognitive and home safety assessments")).toEqual([
      ["functional assessments"],
      ["cognitive assessments"],
      ["home safety assessments"],
    ]);
    expect(read("Policy development and analysis: demonstrated experience developing policy advice.")).toEqual([
      ["policy development"],
      ["policy analysis"],
    ]);
    // Acronyms and names stand alone.
    expect(read("Hands-on GST and TDS configuration for Indian clients")).toEqual([["GST"], ["TDS"]]);
    expect(read("Working knowledge of Eurocodes and structural analysis")).toEqual([["Eurocodes"], ["structural analysis"]]);
  });

  it("keeps names whole: a capitalised qualifier of a name stays ('Advanced Life Support')", () => {
    expect(read("Advanced Life Support certificate")).toEqual([["Advanced Life Support"]]);
    expect(read("Knowledge of the Federal Rules of Civil Procedure")).toEqual([["Federal Rules of Civil Procedure"]]);
  });

  it("reads nothing from soft skills, generic words, duties, years, eligibility, degrees or pay", () => {
    expect(read("Excellent attention to detail")).toEqual([]);
    expect(read("Good communication skills for client-facing workshops")).toEqual([]);
    expect(read("A team player with a positive attitude")).toEqual([]);
    expect(read("Experience working with First Nations organisations")).toEqual([]);
    expect(read("Minimum 2 years of recent clinical experience as an occupational therapist")).toEqual([]);
    expect(read("Must be legally entitled to work in Canada")).toEqual([]);
    expect(read("Passport holders from Australia, New Zealand or Canada")).toEqual([]);
    expect(read("A tertiary qualification in a related discipline")).toEqual([]);
    expect(read("Competitive salary and pension")).toEqual([]);
    expect(read("Experience in Idaho")).toEqual([]);
  });

  it("leaves what the taxonomy claimed, with the words naming it", () => {
    const line = "Full UK driving licence (max 6 points)";
    expect(read(line, [claim(line, "driving licence")])).toEqual([]);
    const kind = "Experience with at least one cloud data warehouse: Snowflake, Redshift or BigQuery";
    expect(read(kind, [claim(kind, "Snowflake"), claim(kind, "Redshift"), claim(kind, "BigQuery")])).toEqual([]);
    const list = "Hands-on GST and TDS configuration";
    expect(read(list, [claim(list, "GST")])).toEqual([["TDS"]]);
  });

  it("compares phrases by case, hyphens and plurals", () => {
    expect(phraseKey("F-Gas")).toBe(phraseKey("f gas"));
    expect(phraseKey("Ministerial briefs")).toBe(phraseKey("ministerial brief"));
  });
});

describe("parseJobDescription: auto-read requirement phrases", () => {
  const parse = (text: string) => parseJobDescription(text, { matcher: compileSkillMatcher(TEST_SKILLS) });
  const posting = `Refrigeration Service Engineer

The role
- Fault-find and repair refrigeration systems for supermarket customers

Essential
- F-Gas Category 1 certificate
- Strong electrical fault-finding on three-phase circuits
- Excellent communication skills

Desirable
- Knowledge of CO2 transcritical systems

What we offer
- Company van and fuel card; 33 days holiday`;

  it("keeps them in the tier of their section, listed as read from the posting", () => {
    const r = parse(posting);
    expect(r.mustHaveGroups).toEqual(expect.arrayContaining([["custom:F-Gas"], ["custom:electrical fault-finding"]]));
    expect(r.niceToHaveSkills).toContain("custom:CO2 transcritical");
    expect(r.customSkillsRead).toEqual(["F-Gas", "electrical fault-finding", "CO2 transcritical"]);
    expect(r.customSkills).toEqual(r.customSkillsRead);
    // Duties and benefits are not requirements; soft skills are not phrases.
    const all = JSON.stringify(r.customSkills);
    expect(all).not.toMatch(/repair|supermarket|van|holiday|communication/i);
  });

  it("reads none from a posting without requirement wording", () => {
    expect(parse("Barista\nWe are a friendly cafe in Leeds with great coffee.").customSkillsRead).toBeUndefined();
  });
});

describe("clausePhrases: requirements stated as abilities", () => {
  it("names what an ability does with the verb's noun ('ability to manage a caseload' → caseload management)", () => {
    expect(read("Demonstrated ability to manage a caseload independently and prioritize competing demands")).toEqual([
      ["caseload management"],
    ]);
    expect(read("Experience operating forklifts, scissor lifts and pallet jacks")).toContainEqual(["forklift operation"]);
    expect(read("Experience supervising students or support staff")).toEqual([["student supervision"]]);
    expect(read("Confident reading blueprints")).toContainEqual(["blueprint reading"]);
  });

  it("reads nothing from an ability whose verb names no skill or whose object is a manner", () => {
    expect(read("Ability to work independently and manage competing priorities")).toEqual([]);
    expect(read("Able to lift 25 kg and stand for long periods")).toEqual([]);
    expect(read("Able to maintain focus and plan ahead")).toEqual([]);
    expect(read("Ability to coordinate production of content")).toEqual([]);
  });
});

describe("a word offered as the alternative of a skill the taxonomy reads", () => {
  it("joins 'X and/or <word>' into one any-of group with the word as a custom alternative", () => {
    const r = parseJobDescription(
      "Laboratory Scientist\n\nRequirements\n- At least two years' experience in biochemistry and/or serology in a hospital laboratory",
    );
    expect(r.mustHaveGroups).toContainEqual(["biochemistry", "custom:serology"]);
    expect(r.mustHaveGroups).not.toContainEqual(["custom:serology"]);
  });

  it("reads no alternative from the first word of a phrase or a kind ('or similar languages')", () => {
    const line = "Python or similar languages, or Excel or Google Sheets";
    const claimed = [claim(line, "Python"), claim(line, "Excel"), claim(line, "Google Sheets")];
    expect(claimedAlternatives(line, claimed)).toEqual([]);
  });
});

describe("two kinds of work joined are one requirement", () => {
  it("keeps 'service and maintenance' and 'installation and commissioning' whole", () => {
    expect(read("Boiler service and maintenance experience")).toEqual([["boiler service and maintenance"]]);
    expect(read("Installation and commissioning experience on chillers")).toEqual([["installation and commissioning"]]);
    const line = "3 years' commercial refrigeration or air conditioning service and maintenance experience";
    expect(read(line, [claim(line, "commercial refrigeration")])).toEqual([["service and maintenance"]]);
  });

  it("reads the pair as one must-have in a posting, not a lone 'maintenance' skill", () => {
    const r = parseJobDescription(
      "Field Engineer\nLeeds, UK\n\nRequirements\n- 3 years' commercial refrigeration and/or air conditioning service and maintenance experience\n",
    );
    expect(r.mustHaveGroups).toContainEqual(["custom:service and maintenance"]);
    expect(r.mustHaveSkills).not.toContain("maintenance");
  });
});

describe("a name offered as the alternative of a required skill", () => {
  it("joins the skill's group instead of becoming a requirement of its own", () => {
    const r = parseJobDescription("QA Engineer\nAustin, TX\n\nRequirements\n- Experience with Cypress or Playwright (we use both).\n");
    expect(r.mustHaveGroups).toHaveLength(1);
    expect(r.mustHaveGroups?.[0]).toHaveLength(2);
  });

  it("does not take a place or a name written before a longer skill name as an alternative", () => {
    const line = "Field work in Python or Leeds";
    expect(claimedAlternatives(line, [claim(line, "Python")])).toEqual([]);
    const combine = "Experience with Combine and/or Swift Concurrency";
    expect(claimedAlternatives(combine, [claim(combine, "Swift")])).toEqual([]);
  });
});

describe("clausePhrases: 'experience of using X'", () => {
  it("reads the tool, not the verb", () => {
    const names = clausePhrases("Experience of using Kestrelnet or a similar record system", [], true).flatMap((g) => g.names);
    expect(names).toContain("Kestrelnet");
    expect(names.some((n) => /using/i.test(n))).toBe(false);
  });
});

describe("clausePhrases: a list ending in the kind of the skills after it", () => {
  it("keeps the other parts of the list ('slip gauges and measuring software such as ¤')", () => {
    const clause = "Proficiency with slip gauges and measuring software such as Calypso";
    const at = clause.indexOf("Calypso");
    const names = clausePhrases(clause, [[at, at + 7]], true).flatMap((g) => g.names);
    expect(names).toContain("slip gauges");
    expect(names.some((n) => /software/i.test(n))).toBe(false);
  });
});
