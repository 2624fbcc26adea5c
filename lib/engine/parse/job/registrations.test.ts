// Credentials named by a country's or profession's own body, the employer's own name, dated regulation
// codes, and city-only job locations. Snippets are made up.
import { describe, expect, it } from "vitest";
import { scoreResume } from "../../score/index";
import { parseJobDescription } from "../job";
import { parseResume } from "../resume";
import { employerNames } from "./names";

const required = (text: string) => parseJobDescription(`Science Teacher\nOakfield School · On-site\n\nRequirements\n${text}`);
const certNames = (text: string) => required(text).certifications.map((c) => c.name);

describe("registrations named by their national or professional body", () => {
  it("reads QTS or QTLS as one required choice of UK qualifications, not a generic teaching licence", () => {
    const r = required("- Qualified Teacher Status (QTS), or QTLS with current SET membership");
    expect(r.certifications.map((c) => c.id)).not.toContain("teaching-license");
    expect(r.mustHaveSkills).not.toContain("teaching-license");
    const qts = r.certifications.find((c) => c.name.startsWith("Qualified Teacher Status (QTS)"));
    const qtls = r.certifications.find((c) => c.name.startsWith("Qualified Teacher Learning and Skills (QTLS)"));
    expect(qts?.required).toBe(true);
    expect(qtls?.required).toBe(true);
    expect(qts?.anyOf).toBeDefined();
    expect(qts?.anyOf).toBe(qtls?.anyOf);
  });

  it("reads chartership as chartered engineer status, not a US Professional Engineer licence", () => {
    const r = required(
      "- Chartered Engineer (CEng) status as a Member of the Institution of Structural Engineers (MIStructE) or the Institution of Civil Engineers (MICE)",
    );
    expect(r.certifications.map((c) => c.id)).not.toContain("professional-engineer");
    const names = r.certifications.map((c) => c.name);
    expect(names).toContain("Chartered Engineer (CEng)");
    expect(names.some((n) => n.includes("(MIStructE)"))).toBe(true);
    expect(new Set(r.certifications.map((c) => c.anyOf)).size).toBe(1);
  });

  it("does not ask for an associate licence the posting turns away, nor read an accreditor as a credential", () => {
    const r = parseJobDescription(
      "Outpatient Therapist (LCSW)\nPortland, OR · Hybrid\n\nRequirements\n- MSW from a CSWE-accredited program\n- Current LCSW license in Oregon\n\nClinical Social Work Associates (CSWA) should look at our Associate Therapist openings.",
    );
    expect(r.certifications.map((c) => c.id)).not.toContain("solidworks-certification");
    expect(r.certifications.some((c) => c.name.includes("CSWA"))).toBe(false);
    expect(r.certifications.find((c) => c.id === "lcsw")?.required).toBe(true);
  });

  it("reads a payroll designation from its body as a required credential, not as Regulatory Compliance", () => {
    const r = required("- Payroll Compliance Practitioner (PCP) certification, or enrolled in the PCP program");
    expect(r.certifications.find((c) => c.name === "Payroll Compliance Practitioner (PCP)")?.required).toBe(true);
    expect(r.mustHaveSkills).not.toContain("regulatory-compliance");
  });

  it("keeps a stated food-hygiene level and a registration abroad as credentials", () => {
    expect(certNames("- HACCP training to Level 2 or above")).toContain("HACCP Level 2");
    expect(certNames("- AHPRA registration as a dental hygienist before your start date").some((n) => n.includes("(AHPRA)"))).toBe(true);
  });
});

describe("a US licence does not meet a UK registration", () => {
  const jobText =
    "Teacher of Science\nOakfield School, Leeds LS6\n\nRequirements\n- Qualified Teacher Status (QTS)\n- Degree in a science subject";
  const resume = (credential: string) =>
    `Jordan Ellis\njordan@example.com\n\nLICENSES\n${credential}\n\nEXPERIENCE\nScience Teacher, Hillview High School\nSep 2018 – Present\n- Taught biology and chemistry to 11–16 year olds\n\nEDUCATION\nBSc Biology, 2018`;
  const knockouts = (credential: string) => {
    const text = resume(credential);
    return scoreResume({
      requirements: parseJobDescription(jobText),
      jobText,
      profile: parseResume(text, { now: new Date(Date.UTC(2026, 10, 1)) }),
      resumeText: text,
    }).knockouts.map((k) => k.code);
  };

  it("is a missing licence for a US state teaching licence and met by QTS", () => {
    expect(knockouts("Ohio state teaching license, active")).toContain("missing_required_license");
    expect(knockouts("Qualified Teacher Status (QTS), awarded 2018")).not.toContain("missing_required_license");
  });
});

describe("words that name things, not skills", () => {
  it("takes no skill from the employer's own name", () => {
    const text =
      "Sous Chef - Tinder & Salt, Dublin 2\n\nTinder & Salt is a 110-cover restaurant off the Green. You will need two years as a sous chef and HACCP training.";
    expect(employerNames(text)).toEqual(["Tinder & Salt"]);
    const r = parseJobDescription(text);
    expect([...r.mustHaveSkills, ...r.niceToHaveSkills, ...(r.duties ?? [])]).not.toContain("saltstack");
  });

  it("does not take a skill's name for a company that describes itself with it as a requirement", () => {
    expect(employerNames("Python is a plus.\nWe are a team of five.")).toEqual([]);
  });

  it("reads an acronym dated by a year as a regulation code, not a skill", () => {
    const r = required("- Working knowledge of CDM 2015 and the Building Regulations");
    expect(r.mustHaveSkills).not.toContain("clinical-data-management");
  });
});

describe("city-only job locations", () => {
  it("places a header city with a postal district in its country, on site", () => {
    const r = parseJobDescription("Sous Chef - Tinder & Salt, Dublin 2\n\nWe cook over fire.");
    expect(r.location).toEqual({ text: "Dublin 2", workplace: "onsite" });
    expect(r.eligibility?.countries).toEqual(["Ireland"]);
  });

  it("reads a city between pipes and keeps the hybrid note", () => {
    const r = parseJobDescription(
      "Structural Engineer\nHalcrow Partners | Bristol (Temple Quay) | Hybrid: three days in the studio\n\nAbout us\nWe design buildings.",
    );
    expect(r.location?.workplace).toBe("hybrid");
    expect(r.eligibility?.countries).toEqual(["United Kingdom"]);
  });

  it("does not read the nationalities that hold a right to work as places to work from", () => {
    const r = parseJobDescription(
      "Sous Chef\nCork, Ireland\n\nYou must already have the right to work in Ireland (Irish, UK, EU/EEA or Swiss citizens, or Stamp 4); we cannot support employment permit applications.",
    );
    expect(r.eligibility?.countries).toEqual(["Ireland"]);
    expect(r.eligibility?.sponsorship).toBe("no");
    const uk = parseJobDescription("Engineer\nLeeds, UK\n\nYou need the right to work in the UK. Irish citizens are of course eligible.");
    expect(uk.eligibility?.countries).toEqual(["United Kingdom"]);
  });
});

describe("degrees and closing text", () => {
  it("reads a post-secondary diploma or degree as a diploma, the lowest level accepted", () => {
    const r = required("- Post-secondary diploma or degree in business or accounting, or equivalent experience");
    expect(r.degree?.level).toBe("diploma");
    expect(r.degree?.orEquivalentExperience).toBe(true);
  });

  it("takes no skills from a pointer to another opening or from the accommodation sentence", () => {
    const r = parseJobDescription(
      "Therapist\nPortland, OR\n\nRequirements\n- Current LCSW license\n\nAssociates should look at our Associate Therapist openings, which include clinical supervision and team leadership.\nWe are an equal opportunity employer; accommodations are available throughout the recruitment process.",
    );
    const all = [...r.mustHaveSkills, ...r.niceToHaveSkills, ...(r.duties ?? [])];
    expect(all).not.toContain("people-management");
    expect(all).not.toContain("talent-acquisition");
  });
});

describe("registrations named by the body that holds the register", () => {
  const posting = (line: string) =>
    parseJobDescription(`Dietitian\nHarbour Health · On-site\n\nRequirements\n${line}\n- 2+ years of clinical dietetics experience`);

  it("reads 'registration with <acronym>' as that body's registration, required, with its practising certificate no skill", () => {
    const r = posting(
      "- You must hold registration with DBNZ with a current annual practising certificate, or be eligible for registration",
    );
    expect(r.certifications).toContainEqual(expect.objectContaining({ name: "DBNZ registration", required: true }));
    expect(r.customSkillsRead ?? []).not.toContainEqual(expect.stringMatching(/practising/i));
  });

  it("names a generic licence read from the same words after the body, keeping the licence", () => {
    const r = posting("- Registration as a pharmacist with the Manitoba College of Pharmacists, in good standing");
    const licence = r.certifications.find((c) => c.id === "pharmacist-license");
    expect(licence).toMatchObject({ name: "Manitoba College of Pharmacists registration", required: true });
    expect(r.certifications.filter((c) => /registration/i.test(c.name))).toHaveLength(1);
  });

  it("reads a body's acronym defined earlier as the same registration", () => {
    const r = posting(
      "- Current registration with the Saskatchewan Society of Occupational Therapists (SSOT); new graduates need SSOT registration before the start date",
    );
    expect(r.certifications.filter((c) => /SSOT/.test(c.name)).map((c) => c.name)).toEqual([
      "Saskatchewan Society of Occupational Therapists (SSOT) registration",
    ]);
  });

  it("does not read a registration with something that is no body", () => {
    const r = posting("- Registered with an agency? Tell us in your cover letter.");
    expect(r.certifications.map((c) => c.name)).not.toContainEqual(expect.stringMatching(/registration/i));
  });
});
