import { describe, expect, it } from "vitest";
import { listsCredentials, verifiedAtOffer } from "../parse/credentials";
import { parseResume } from "../parse/resume";
import { certificationFit } from "./components";
import { buildExplanation } from "./explanation";
import { locationBlocker } from "./location";
import { prepareJob, prepareResume } from "./prepare";
import { createScorer } from "./scorer";
import { buildJob, testLookup } from "./test-helpers";

const NOW = { now: new Date(Date.UTC(2026, 10, 1)) };
const HEADER = "Robin Kaur\nLeeds, UK · robin.kaur@example.com · 07700 900 123";
const ROLE = `EXPERIENCE
Field Service Technician — Northern Cooling Ltd
Jan 2020 – Present
- Planned maintenance and breakdowns on chillers and cold rooms`;

function statuses(jobText: string, certifications: { id: string | null; name: string; required: boolean }[], body: string) {
  const job = prepareJob(
    buildJob({ title: "Service Technician", mustHaveSkills: [], niceToHaveSkills: [], certifications }),
    jobText,
    testLookup,
  );
  const text = `${HEADER}\n\n${body}\n`;
  const resume = prepareResume(parseResume(text, NOW), text);
  return certificationFit(job, resume).checks.map((c) => ({ status: c.status, held: c.held, verify: c.verify === true }));
}

const PHYSIO_JOB = "Physiotherapist\n- Current registration as a Physiotherapist with the Northern Physiotherapy Board (NPB)";
const PHYSIO = [{ id: null, name: "Physiotherapist License", required: true }];

describe("a credential listed under a heading that lists credentials is held", () => {
  it.each(["Qualifications", "Education & Registration", "Licences, tickets and cards", "Registration and training"])(
    "'%s' lists credentials",
    (heading) => expect(listsCredentials(heading)).toBe(true),
  );
  it.each(["Summary of qualifications", "Career objective", "Courses", "Experience"])("'%s' does not", (heading) => {
    expect(listsCredentials(heading)).toBe(false);
  });

  it("a table row naming the credential, its issuer and year under 'Education & Registration'", () => {
    const body = `${ROLE}\n\nEducation & Registration\nBSc Physiotherapy | Leeds Beckett University | 2019\nPhysiotherapist | Northern Physiotherapy Board | 2019`;
    expect(statuses(PHYSIO_JOB, PHYSIO, body)[0]?.status).toBe("held");
  });

  it("not when the same row is a course, or the heading is a goal", () => {
    const course = `${ROLE}\n\nQualifications\nPhysiotherapist exam preparation course, 2024`;
    expect(statuses(PHYSIO_JOB, PHYSIO, course)[0]?.status).toBe("unstated");
    const goal = `${ROLE}\n\nCareer objective\nSeeking registration as a Physiotherapist`;
    expect(statuses(PHYSIO_JOB, PHYSIO, goal)[0]?.held).toBe(false);
  });

  it("'Full' or 'clean' before a licence says it is held", () => {
    const job = "Engineer\n- Full UK driving licence";
    const certs = [{ id: null, name: "Full UK driving licence", required: true }];
    expect(statuses(job, certs, `${ROLE}\n\nOther\nFull UK driving licence`)[0]?.status).toBe("held");
    expect(statuses(job, certs, `${ROLE}\n\nOther\nUK driving licence, clean`)[0]?.status).toBe("held");
  });
});

describe("a regulator the posting names stands for its registration", () => {
  it("an application to the regulator by its abbreviation is pending, and accepted when the posting takes eligibility", () => {
    const body = `SUMMARY\nPhysiotherapist with five years in outpatient care. My NPB application has been submitted.\n\n${ROLE}`;
    const strict = statuses(PHYSIO_JOB, PHYSIO, body)[0];
    expect(strict?.held).toBe(false);
    const eligible = `${PHYSIO_JOB}, or eligibility for registration with the NPB before the start date`;
    expect(statuses(eligible, PHYSIO, body)[0]?.held).toBe(true);
  });
});

describe("a plain driving licence is checked at the offer", () => {
  it.each([
    ["Driver's License", true],
    ["Class 5 driver's licence (or equivalent from another province, transferred within 90 days)", true],
    ["Full UK driving licence", true],
    ["Commercial Driver's License (CDL)", false],
    ["Class 1 driver's licence", false],
    ["Category C+E driving licence", false],
    ["HGV driving licence", false],
    ["First aid certificate", false],
  ])("%s → %s", (name, expected) => expect(verifiedAtOffer(name)).toBe(expected));

  const JOB = "Community Therapist\n- Valid Class 5 driver's licence (or equivalent from another province, transferred within 90 days)";
  const CLASS5 = [
    { id: null, name: "Class 5 driver's licence (or equivalent from another province, transferred within 90 days)", required: true },
  ];
  const scorer = createScorer(testLookup);
  const score = (body: string) => {
    const requirements = buildJob({ title: "Community Therapist", mustHaveSkills: [], niceToHaveSkills: [], certifications: CLASS5 });
    const text = `${HEADER}\n\n${body}\n`;
    return scorer.scoreResume({ requirements, jobText: JOB, profile: parseResume(text, NOW), resumeText: text });
  };

  it("the posting's own wording with its parenthetical is met by any wording of a driving licence", () => {
    expect(statuses(JOB, CLASS5, `${ROLE}\n\nLicences\nDriving licence (Ontario G)`)[0]?.held).toBe(true);
  });

  it("not mentioned: a note to verify, no knockout, and less credit than shown", () => {
    const silent = score(ROLE);
    expect(silent.knockouts).toEqual([]);
    expect(silent.facts.credentials?.[0]).toMatchObject({ status: "missing", license: false, verifyAtOffer: true });
    const requirements = buildJob({ title: "Community Therapist", mustHaveSkills: [], niceToHaveSkills: [], certifications: CLASS5 });
    const explanation = buildExplanation({ result: silent, requirements, profile: parseResume(ROLE, NOW), text: ROLE });
    expect(explanation.uncertainties.join(" ")).toMatch(/Verify at offer: .*licen[cs]e/i);
    expect(explanation.gaps.join(" ")).not.toMatch(/licen[cs]e/i);
    expect(score(`${ROLE}\n\nLicences\nFull driving licence`).score).toBeGreaterThanOrEqual(silent.score);
  });

  it("said not to be held: still a knockout", () => {
    const denied = score(`SUMMARY\nTechnician with six years in the field. No driving licence; I travel by public transport.\n\n${ROLE}`);
    expect(denied.knockouts.map((k) => k.code)).toEqual(["missing_required_license"]);
  });

  it("a commercial class is not waved through", () => {
    const requirements = buildJob({
      title: "Class 1 Driver",
      mustHaveSkills: [],
      niceToHaveSkills: [],
      certifications: [{ id: null, name: "Class 1 driver's licence", required: true }],
    });
    const text = `${HEADER}\n\n${ROLE}\n`;
    const r = scorer.scoreResume({
      requirements,
      jobText: "Class 1 Driver\n- Class 1 driver's licence",
      profile: parseResume(text, NOW),
      resumeText: text,
    });
    expect(r.knockouts.map((k) => k.code)).toEqual(["missing_required_license"]);
  });
});

describe("location: refusals and post-nominals", () => {
  const job = buildJob({ title: "Consultant", mustHaveSkills: [], niceToHaveSkills: [], certifications: [] });
  const onsite = {
    ...job,
    location: { text: "Pune - Hybrid", workplace: "hybrid" as const },
    eligibility: { countries: ["India"], openToOthers: false, timeZone: null, relocation: null, sponsorship: null },
  };
  it("'not able to relocate' is a refusal, 'open to relocating' an offer", () => {
    expect(locationBlocker(onsite, "Dubai, United Arab Emirates", "Looking only for remote roles; not able to relocate to India.")).toBe(
      "United Arab Emirates",
    );
    expect(locationBlocker(onsite, "Dubai, United Arab Emirates", "Open to relocating to Pune.")).toBeNull();
  });

  it("a name's post-nominal letters on the first line are not a state, and a later city line is read", () => {
    const text = "Priya Nair, CA\nKochi, Kerala | priya.nair@example.in | +91 98470 12345\n\nPROFILE\nChartered Accountant.\n";
    const contact = parseResume(text, NOW).contact;
    expect(contact.name).toBe("Priya Nair");
    expect(contact.location ?? "").not.toMatch(/CA$/);
    const city = "Jo Park\nSan Jose, CA | jo@example.com\n";
    expect(parseResume(city, NOW).contact.location).toBe("San Jose, CA");
  });

  it.each([
    ["Sam Ortiz, OTR/L", "Sam Ortiz"],
    ["Ana Brooks, OT Reg. (Man.)", "Ana Brooks"],
    ["Lee Chan, RN, BSN", "Lee Chan"],
  ])("the name on '%s' is %s", (line, name) => {
    expect(parseResume(`${line}\nWinnipeg, MB | 204-555-0100 | person@example.ca\n`, NOW).contact.name).toBe(name);
  });
});
