import { describe, expect, it } from "vitest";
import { compileSkillMatcher } from "../skills/matcher";
import { TEST_SKILLS } from "../skills/test-fixtures";
import { extractExperience, extractUndatedExperience } from "./experience";
import { splitLines } from "./lines";
import { parseResume } from "./resume";

const NOW = { year: 2026, month: 11 };
const heads = (block: string) => extractExperience([splitLines(block)], NOW).map((e) => [e.title, e.employer, e.location, e.start, e.end]);

describe("extractExperience: role headings", () => {
  it("joins a title that wraps onto the dated line", () => {
    expect(
      heads(
        "Senior Site Reliability Engineer, Platform Infrastructure and\nDeveloper Tooling — Blue Ridge Outfitters | Jan 2019 – Present\n• Ran clusters",
      ),
    ).toEqual([
      [
        "Senior Site Reliability Engineer, Platform Infrastructure and Developer Tooling",
        "Blue Ridge Outfitters",
        null,
        "2019-01",
        "2026-11",
      ],
    ]);
  });

  it("joins an employer name that wraps onto the dated line", () => {
    expect(
      heads(
        "Senior Data Engineer | Blue Ridge Outfitters International Holdings\nCompany, Denver, CO | Jan 2019 – Present\n• Built Spark jobs",
      ),
    ).toEqual([["Senior Data Engineer", "Blue Ridge Outfitters International Holdings Company", "Denver, CO", "2019-01", "2026-11"]]);
  });

  it.each([
    ["Blue Ridge Outfitters — Senior Data Engineer\nJan 2019 – Present\n• Spark"],
    ["Jan 2019 – Present | Senior Data Engineer, Blue Ridge Outfitters\n• Spark"],
    ["2019 – Present  Blue Ridge Outfitters, Senior Data Engineer\n• Spark"],
    ["Senior Data Engineer, Blue Ridge Outfitters\nJan 2019 – Present\n• Spark"],
  ])("reads title and employer in either order, dates before or after: %s", (block) => {
    const [entry] = heads(block);
    expect(entry?.[0]).toBe("Senior Data Engineer");
    expect(entry?.[1]).toBe("Blue Ridge Outfitters");
  });

  it("keeps a city in an employer's name as the employer, the trailing place as the location", () => {
    expect(heads("Registered Nurse\nBoston Medical Center, Boston, MA\n2019 – 2023\n• ICU")[0]?.slice(0, 3)).toEqual([
      "Registered Nurse",
      "Boston Medical Center",
      "Boston, MA",
    ]);
  });
});

describe("splitHead: contact details are never the employer", () => {
  it("drops a phone number or e-mail that shares the heading line", () => {
    expect(heads("Data Analyst | (720) 555-0199 | Acme Corp\nJan 2019 – Present\n• SQL")[0]?.slice(0, 2)).toEqual([
      "Data Analyst",
      "Acme Corp",
    ]);
    expect(heads("Data Analyst — dana@example.com\nJan 2019 – Present\n• SQL")[0]?.slice(0, 2)).toEqual(["Data Analyst", null]);
  });
});

describe("parseResume: a wrapped title still names its skills", () => {
  it("credits the skill the wrapped title names to the role", () => {
    const p = parseResume(
      "Dana Whitfield\ndana@example.com\n\nEXPERIENCE\nSenior Software Engineer, Payments Platform and\nKubernetes Operations — Acme Corp | Jan 2019 – Present\n• On-call lead\n",
      { now: new Date(Date.UTC(2026, 10, 1)), matcher: compileSkillMatcher(TEST_SKILLS) },
    );
    expect(p.experience[0]?.titleSkills).toContain("kubernetes");
  });
});

describe("extractUndatedExperience: roles without dates", () => {
  const undatedHeads = (block: string, needBody = false) =>
    extractUndatedExperience([splitLines(block)], NOW, { needBody }).map((e) => [e.title, e.employer, e.location, e.start, e.months]);

  it("reads a role heading followed by its duties, title and employer on one line in either order", () => {
    expect(
      undatedHeads(
        "Service Engineer - Pennine Cooling Services, Bury\n- Breakdowns and PPM\n\nAcme Ltd — Apprentice Engineer\n- Cold rooms",
      ),
    ).toEqual([
      ["Service Engineer", "Pennine Cooling Services, Bury", null, null, 0],
      ["Apprentice Engineer", "Acme Ltd", null, null, 0],
    ]);
  });

  it("reads title and employer on two lines, either order", () => {
    expect(
      undatedHeads("Registered Nurse\nBoston Medical Center, Boston, MA\n• ICU\n\nHarbor Clinic\nMedical Assistant\n• Intake"),
    ).toEqual([
      ["Registered Nurse", "Boston Medical Center", "Boston, MA", null, 0],
      ["Medical Assistant", "Harbor Clinic", null, null, 0],
    ]);
  });

  it("reads a bare list of employers as one role each", () => {
    const block =
      "Service Engineer - Pennine Cooling Services, Bury\nService Engineer - Coldcraft Refrigeration, Salford\nApprentice Refrigeration Engineer - Coldcraft Refrigeration, Salford";
    expect(undatedHeads(block).map((h) => h[0])).toEqual(["Service Engineer", "Service Engineer", "Apprentice Refrigeration Engineer"]);
  });

  it("does not read duties, sentences or wrapped phrases as roles", () => {
    expect(
      undatedHeads(
        "- Led the night shift team\nManaged rotas for a team of twelve nurses.\nSupervised stock control and\nordering for the unit",
      ),
    ).toEqual([]);
  });

  it("reads titles the occupation lexicon knows, with grade and qualifier words", () => {
    expect(
      undatedHeads(
        "Leading Hand HD Fitter - Redrock Haulage\n- Breakdowns\n\nRN – Theatre\nSt Luke's Private\n- Scrub and scout\n\nLocum GP - Harbour Medical\n- Clinics\n\nLeading Hand\nKarratha Plant Hire\n- Crew of six",
      ).map((h) => [h[0], h[1]]),
    ).toEqual([
      ["Leading Hand HD Fitter", "Redrock Haulage"],
      ["RN – Theatre", "St Luke's Private"],
      ["Locum GP", "Harbour Medical"],
      ["Leading Hand", "Karratha Plant Hire"],
    ]);
  });

  it("does not read a duty, an equipment list or an employer line as a role", () => {
    expect(
      undatedHeads(
        "Led a Team of Fitters\n- Night shift\n\nExcavators, Graders, Loaders\n- Servicing\n\nKarratha Plant Hire\n- Hoses\n\nCertifications: CPA\n- Audit",
      ),
    ).toEqual([]);
  });

  it("with needBody, keeps only headings followed by duties", () => {
    expect(undatedHeads("Senior Engineer — Acme Corp\n\nProject Engineer — Beta Ltd\n- Pumps", true).map((h) => h[0])).toEqual([
      "Project Engineer",
    ]);
  });
});
