// Scalar fields read from postings written in many ways: ages that are not experience, equivalence that belongs
// to an add-on qualification, sponsorship wording, citizens-only statements, the country and workplace of a job
// with no location line. Snippets are made up.
import { describe, expect, it } from "vitest";
import { findYearsRequirement, parseJobDescription } from "../job";
import { extractEligibility } from "./eligibility";
import { postingWording } from "./licences";

const eligibility = (text: string, location: string | null = null, workplace: string | null = null) =>
  extractEligibility(text, location, workplace);

describe("years", () => {
  it("does not read the age range of the children taught as years of experience", () => {
    expect(findYearsRequirement("The pupils in your group will be three to four years old.")).toBeNull();
    const job = parseJobDescription(
      "Nursery Teacher\n\nThe children in your room are two to three years old. You need at least one year of teaching experience in a nursery.",
    );
    expect(job.minYearsExperience).toBe(1);
  });
});

describe("degree equivalence", () => {
  it("does not read an equivalent of a qualification added to the degree as experience standing in for the degree", () => {
    const job = parseJobDescription(
      "Science Teacher\n\nYou hold a bachelor's degree in chemistry plus a PGDE or equivalent teacher training. Some of our teachers taught an equivalent programme abroad.",
    );
    expect(job.degree?.required).toBe(true);
    expect(job.degree?.orEquivalentExperience).toBe(false);
  });

  it("still reads experience offered in place of the degree", () => {
    const job = parseJobDescription("Buyer\n\nRequirements\n- A bachelor's degree in supply chain, or equivalent work experience");
    expect(job.degree?.orEquivalentExperience).toBe(true);
  });
});

describe("visa sponsorship", () => {
  it("reads an employer that sponsors the visa or work permit as sponsorship", () => {
    expect(eligibility("The hospital sponsors your residence visa and work permit.").sponsorship).toBe("yes");
    expect(eligibility("Work visa provided for the successful candidate.").sponsorship).toBe("yes");
    expect(eligibility("We will apply for an LMIA for the right candidate.").sponsorship).toBe("yes");
  });

  it("reads a refusal of work permits or an LMIA as no sponsorship", () => {
    expect(eligibility("No work permits will be arranged for this role.").sponsorship).toBe("no");
    expect(eligibility("We are unable to apply for an LMIA for this position.").sponsorship).toBe("no");
    expect(eligibility("EU citizens: no work permit needed.").sponsorship).toBeNull();
  });
});

describe("citizens only", () => {
  it("reads 'only X citizens and permanent residents' as the country admitted, with no sponsorship", () => {
    const e = eligibility("Only South African citizens and permanent residents will be considered.");
    expect(e.countries).toEqual(["South Africa"]);
    expect(e.sponsorship).toBe("no");
  });

  it("does not read citizens a sentence names without limiting who may apply", () => {
    expect(eligibility("Our founders are Ghanaian and Kenyan citizens who met in Leeds.").countries).toEqual([]);
  });
});

describe("country and workplace without a location line", () => {
  it("places an on-site job in a large city of the Gulf named in its header", () => {
    const job = parseJobDescription("Pharmacist\nLakeside Clinic, Abu Dhabi\n\nYou dispense medicines at our clinic.");
    expect(job.location?.workplace).toBe("onsite");
    expect(job.eligibility?.countries).toEqual(["United Arab Emirates"]);
  });

  it("reads the one country an on-site posting names as its country of work", () => {
    expect(
      eligibility("Band 5 post on our wards. Membership of the PVG Scheme through Disclosure Scotland.", null, "onsite").countries,
    ).toEqual(["United Kingdom"]);
    expect(eligibility("We have offices in Ireland and Spain.", null, "onsite").countries).toEqual([]);
  });

  it("reads a job that admits candidates of a country and never speaks of remote work as on site", () => {
    const job = parseJobDescription(
      "Shift Supervisor\n\nYou lead the night shift in the plant.\nOnly Canadian citizens and permanent residents will be considered.",
    );
    expect(job.location?.workplace).toBe("onsite");
    const remote = parseJobDescription(
      "Analyst\n\nThis role is fully remote.\nOnly Canadian citizens and permanent residents will be considered.",
    );
    expect(remote.location?.workplace).toBe("remote");
  });
});

describe("required credentials", () => {
  const certs = (text: string) => parseJobDescription(text).certifications.map((c) => [c.name, c.required]);

  it("requires a registration that plain prose asks for", () => {
    const job = parseJobDescription(
      "Podiatrist\n\nWe are looking for a podiatrist with HCPC registration and two years of clinical experience. It would be lovely if you had run a diabetic foot clinic.",
    );
    expect(job.certifications.find((c) => c.name.includes("HCPC"))?.required).toBe(true);
  });

  it("keeps a registration required when only some applicants may have it in progress", () => {
    const job = parseJobDescription(
      "Dentist\n\nEssential\n- Current registration with the General Dental Council (GDC), or, for overseas dentists, a GDC application in progress.",
    );
    expect(job.certifications.find((c) => c.name.includes("GDC"))?.required).toBe(true);
  });

  it("does not require a credential the candidate may be willing to complete instead", () => {
    expect(certs("Care Assistant\n\nEssential\n- Basic Life Support (BLS), or willingness to complete BLS within 30 days.")).toContainEqual(
      ["Basic Life Support (BLS)", false],
    );
  });
});

describe("credentials named in the posting's own words", () => {
  const required = (text: string) =>
    parseJobDescription(text)
      .certifications.filter((c) => c.required)
      .map((c) => c.name);

  it("names a driving licence as the posting qualifies it, in either spelling, without making it a must-have skill", () => {
    const job = parseJobDescription("Field Surveyor\n\nRequirements\n- Valid Code C1 driver's licence\n- AutoCAD");
    expect(job.certifications.filter((c) => c.required).map((c) => c.name)).toEqual(["Code C1 driver's licence"]);
    expect(job.mustHaveSkills.some((id) => /driv/i.test(id))).toBe(false);
    expect(required("Estimator\n\nRequirements\n- Full clean driving licence")).toEqual(["Full clean driving licence"]);
  });

  it("reads a statutory certificate of competency and a named professional diploma as required credentials", () => {
    expect(required("Shaft Engineer\n\nMinimum requirements\n- Mechanical Engineer's Certificate of Competency")).toEqual([
      "Mechanical Engineer's Certificate of Competency",
    ]);
    expect(required("HR Advisor\n\nRequirements\n- You hold the CIPD Level 5 diploma")).toEqual(["CIPD Level 5 diploma"]);
  });

  it("does not read a degree-level diploma as a credential", () => {
    expect(required("Technician\n\nRequirements\n- A High School diploma and two years in a workshop")).toEqual([]);
    expect(required("Accounts Clerk\n\nRequirements\n- Post-secondary diploma in accounting")).toEqual([]);
  });
});

describe("credentials in the posting's wording", () => {
  it("names a taxonomy credential with the words the posting qualifies it by, keeping its id", () => {
    const job = parseJobDescription("Science Teacher\n\nRequirements\n- Valid Oregon teaching certificate with a Chemistry endorsement");
    const cert = job.certifications.find((c) => c.required);
    expect(cert?.name).toBe("Oregon teaching certificate");
    expect(cert?.id).not.toBeNull();
  });

  it("adds the capitalised words before and the credential word after a match, never words of a passing mention", () => {
    const text = "Hold a Florida Class G Security Officer license.";
    const at = text.indexOf("Security Officer");
    expect(postingWording(text, at, at + "Security Officer".length)).toBe("Florida Class G Security Officer license");
    const field = "Hold a Trade Certificate in Electrical Installation or equivalent.";
    const f = field.indexOf("Trade Certificate");
    expect(postingWording(field, f, f + "Trade Certificate".length)).toBe("Trade Certificate in Electrical Installation");
    const place = "Active Registered Nurse license in Wisconsin.";
    const w = place.indexOf("Registered Nurse");
    expect(postingWording(place, w, w + "Registered Nurse".length)).toBeNull();
    const passing = "You will precept PharmD students.";
    const p = passing.indexOf("PharmD");
    expect(postingWording(passing, p, p + 6)).toBeNull();
  });
});

describe("regions beside the job's own country", () => {
  it("keeps a bloc named as admitted when the job's city is in one of its members", () => {
    const job = parseJobDescription("Analyst\nMadrid\n\nApplicants from the EU/EEA or Switzerland only; no work permits can be arranged.");
    expect([...(job.eligibility?.countries ?? [])].sort()).toEqual(["EEA", "EU", "Spain", "Switzerland"]);
    expect(job.eligibility?.sponsorship).toBe("no");
  });

  it("reads 'X citizens and permanent residents only' as no sponsorship", () => {
    expect(eligibility("New Zealand citizens and permanent residents only.").sponsorship).toBe("no");
  });
});
