import { describe, expect, it } from "vitest";
import { jobRequirementsSchema } from "../../types";
import { parseJobDescription } from "../job";
import { extractEligibility, timeZoneWindow } from "./eligibility";
import { countryOfLocation, placesIn } from "./places";

const posting = (requirements: string, extra = "") =>
  `Backend Engineer\nAcme · Remote\n\nWhat you'll do\n- Build services in Python and Docker\n\nRequirements\n${requirements}\n${extra}`;

describe("degree: negation, hedges and fields", () => {
  it("reads 'no specific degree required' as not required", () => {
    const r = parseJobDescription(
      posting("- 5+ years with Python", "\nEducation\nNo specific degree required. We care about what you've shipped."),
    );
    expect(r.degree).toMatchObject({ required: false });
    expect(r.degree?.level).toBe("none");
  });

  it("reads a degree that is 'common on our team' with equivalent experience fine as not required, or-equivalent", () => {
    const r = parseJobDescription(
      posting(
        "- Python",
        "\nEducation\nA BS in Computer Science or a related field is common on our team, but equivalent practical experience is absolutely fine.",
      ),
    );
    expect(r.degree).toMatchObject({ level: "bachelor", required: false, orEquivalentExperience: true });
  });

  it("reads a degree 'or equivalent experience' as one way in: or-equivalent, not required", () => {
    const r = parseJobDescription(posting("- Bachelor's degree in Computer Science or equivalent experience\n- Python"));
    expect(r.degree).toMatchObject({ level: "bachelor", required: false, orEquivalentExperience: true });
  });

  it("keeps a degree required when experience comes with it, not instead of it", () => {
    const r = parseJobDescription(posting("- PharmD, or a BS in Pharmacy with equivalent clinical experience\n- Python"));
    expect(r.degree).toMatchObject({ required: true });
  });

  it("keeps degree fields as fields, never as must-have skills", () => {
    const r = parseJobDescription(
      posting("- Bachelor's degree in Statistics, Mathematics, Computer Science, Economics or Physics\n- 3+ years of SQL"),
    );
    expect(r.degree?.fields).toEqual(["Statistics", "Mathematics", "Computer Science", "Economics", "Physics"]);
    expect(r.mustHaveSkills).toContain("sql");
    for (const field of ["mathematics", "economics", "physics", "computer-science"]) expect(r.mustHaveSkills).not.toContain(field);
  });
});

describe("skill tiers", () => {
  it("puts soft skills in their own list, never among the must-haves", () => {
    const r = parseJobDescription(posting("- Strong Python\n- Excellent communication skills and a team player"));
    expect(r.mustHaveSkills).toContain("python");
    expect(r.mustHaveSkills).not.toContain("communication");
    expect(r.mustHaveSkills).not.toContain("teamwork");
    expect(r.softSkills).toEqual(expect.arrayContaining(["communication", "teamwork"]));
  });

  it("keeps duties as context: never must-haves, not nice-to-haves either", () => {
    const r = parseJobDescription(posting("- Strong Go"));
    expect(r.duties).toEqual(expect.arrayContaining(["docker"]));
    expect(r.mustHaveSkills).not.toContain("docker");
    expect(r.niceToHaveSkills).not.toContain("docker");
  });

  it("reads a preferred cue inside a requirements list as nice-to-have", () => {
    const r = parseJobDescription(posting("- Strong Python\n- Kubernetes is a plus\n- Ideally some Terraform\n- Kafka would be nice"));
    expect(r.mustHaveSkills).toContain("python");
    for (const id of ["kubernetes", "terraform", "kafka"]) expect(r.mustHaveSkills).not.toContain(id);
    expect(r.niceToHaveSkills).toEqual(expect.arrayContaining(["kubernetes", "terraform", "kafka"]));
  });

  it("keeps 'X and Y' as two requirements and 'X or Y' as one group", () => {
    const r = parseJobDescription(posting("- SwiftUI and UIKit\n- PostgreSQL or MySQL"));
    expect(r.mustHaveGroups).toEqual(expect.arrayContaining([["swiftui"], ["uikit"], ["postgresql", "mysql"]]));
  });

  it("reads the list after a requirement lead-in sentence as requirements, past a job board's metadata block", () => {
    const r = parseJobDescription(
      [
        "Cloud Engineer",
        "Industry:",
        "Financial Services",
        "Company size:",
        "10k+ people",
        "Job description",
        "We are a team that values learning.",
        "This role requires a variety of strengths and capabilities including:",
        "* Hands-on experience in Java and Kubernetes",
        "* Terraform is beneficial",
      ].join("\n"),
    );
    expect(r.mustHaveSkills).toEqual(expect.arrayContaining(["java", "kubernetes"]));
    expect(r.mustHaveSkills).not.toContain("terraform");
    expect(r.niceToHaveSkills).toContain("terraform");
  });

  it("reads 'including X and Y' as both, and 'X or Y' after it as one group", () => {
    const r = parseJobDescription(posting("- Strong Swift, including SwiftUI and UIKit\n- PostgreSQL or MySQL"));
    expect(r.mustHaveGroups).toEqual(expect.arrayContaining([["swiftui"], ["uikit"], ["postgresql", "mysql"]]));
  });

  it("takes nothing from company, pay or benefits text", () => {
    const r = parseJobDescription(
      `Analyst\n\nAbout us\nWe are a payments company; our Sales team quotes our SLOs.\n\nRequirements\n- SQL\n\nBenefits\n- 401(k), tuition reimbursement`,
    );
    expect(r.mustHaveSkills).toEqual(["sql"]);
    expect(r.niceToHaveSkills).toEqual([]);
  });
});

describe("bad input", () => {
  it.each([
    ["empty", ""],
    ["one line", "Engineer"],
    ["another language", "Wir suchen eine engagierte Pflegekraft für unser Team in Berlin. Wir bieten eine faire Bezahlung."],
  ])("invents no requirements for an %s posting", (_, text) => {
    const r = parseJobDescription(text);
    expect(jobRequirementsSchema.parse(r)).toBeTruthy();
    expect(r.mustHaveSkills).toEqual([]);
    expect(r.degree).toBeNull();
    expect(r.certifications).toEqual([]);
    expect(r.eligibility?.sponsorship ?? null).toBeNull();
  });
});

describe("workplace and place", () => {
  const workplace = (text: string) => parseJobDescription(`Policy Analyst\n\nRequirements\n- SQL\n\n${text}`).location?.workplace ?? null;

  it("reads the value of a 'Remote work:' label and ruled-out remote work", () => {
    expect(workplace("Remote work: hybrid, with a minimum of 3 days a week in the office.")).toBe("hybrid");
    expect(workplace("We cannot hire fully remote from outside Germany. Hybrid: two office days a week.")).toBe("hybrid");
    expect(workplace("Remote: yes, anywhere in Canada.")).toBe("remote");
  });

  it("finds the city after an employer's name in the header", () => {
    const r = parseJobDescription(
      "Front Desk Agent – The Larkspur Hotel, Asheville NC\n\nWe are a boutique hotel.\n\nRequirements\n- Customer service",
    );
    expect(r.location?.text).toBe("Asheville, NC");
    expect(r.eligibility?.countries).toEqual(["United States"]);
  });
});

describe("eligibility", () => {
  it("reads a remote posting open to several countries", () => {
    const e = extractEligibility(
      "Location and eligibility\nRemote within Canada or the US, working hours overlapping 10:00–16:00 Eastern. You must already be authorized to work in Canada or the US; we can't sponsor visas for this role.",
      "Remote (Canada or US, Eastern to Pacific time)",
      "remote",
    );
    expect(new Set(e.countries)).toEqual(new Set(["Canada", "United States"]));
    expect(e.sponsorship).toBe("no");
    expect(e.timeZone).toEqual({ fromUtc: -8, toUtc: -5 });
  });

  it("reads regions and open-ended lists", () => {
    const e = extractEligibility(
      "You must be able to work from a country where our EOR operates (US, Canada, UK, Germany and 20+ more).",
      "Remote (UTC-8 to UTC+2)",
      "remote",
    );
    expect(e.countries).toEqual(["United States", "Canada", "United Kingdom", "Germany"]);
    expect(e.openToOthers).toBe(true);
    expect(e.timeZone).toEqual({ fromUtc: -8, toUtc: 2 });
    expect(extractEligibility("Fully remote, based in the EU.", "Remote", "remote").countries).toEqual(["EU"]);
  });

  it("reads a region narrowed to some of its countries as those countries", () => {
    const e = extractEligibility("Remote within North America (US and Canada only).", "Remote", "remote");
    expect(new Set(e.countries)).toEqual(new Set(["United States", "Canada"]));
  });

  it("takes an on-site or hybrid job's country from its city", () => {
    expect(extractEligibility("", "Providence, Rhode Island", null).countries).toEqual(["United States"]);
    expect(extractEligibility("", "Gatineau, Quebec / Ottawa, Ontario", null).countries).toEqual(["Canada"]);
    expect(extractEligibility("", "Chicago, IL (hybrid)", "hybrid").countries).toEqual(["United States"]);
    expect(extractEligibility("", "London, UK · Hybrid", "hybrid").countries).toEqual(["United Kingdom"]);
  });

  it("does not read customers or offices as eligibility", () => {
    const e = extractEligibility(
      "Our app is used by 1.2 million people across the UK and Ireland. Quarterly offsites in Toronto.",
      "Remote",
      "remote",
    );
    expect(e.countries).toEqual([]);
  });

  it("reads sponsorship and relocation offered", () => {
    const e = extractEligibility(
      "We can sponsor Skilled Worker visas for strong candidates and will help with relocation to London.",
      null,
      null,
    );
    expect(e.sponsorship).toBe("yes");
    expect(e.relocation).toBe(true);
    expect(
      extractEligibility(
        "Candidates must be authorized to work in the United States. We are unable to sponsor employment visas.",
        null,
        null,
      ).sponsorship,
    ).toBe("no");
  });

  it("names places and time-zone windows", () => {
    expect(placesIn("Northern Ireland or the Republic of Ireland")).toEqual(["United Kingdom", "Ireland"]);
    expect(placesIn("tell us about yourself")).toEqual([]);
    expect(countryOfLocation("Toronto, ON")).toBe("Canada");
    expect(timeZoneWindow("UTC−8 to UTC+2")).toEqual({ fromUtc: -8, toUtc: 2 });
  });
});

describe("licences and registrations written in prose", () => {
  it("reads a licence named by the holder's occupation as the required credential", () => {
    const r = parseJobDescription(
      "Clinical Pharmacist\nOcean State Health\n\nQualifications\n- PharmD from an accredited school\n" +
        "- Licensed as a pharmacist in the State of Rhode Island, or eligible for licensure within 90 days of hire.\n",
    );
    expect(r.certifications.find((c) => c.id === "pharmacist-license")?.required).toBe(true);
    expect(r.mustHaveSkills).toContain("pharmacist-license");
  });

  it("reads a state security officer licence and a registration with a college", () => {
    const guard = parseJobDescription(
      "Security Officer\n\nRequirements\n- Texas Level II Non-Commissioned Security Officer license (or ability to obtain one).\n",
    );
    expect(guard.mustHaveSkills).toContain("security-guard-license");
    const physio = parseJobDescription(
      "Physiotherapist\n\nWhat you bring\n• Registered, or eligible for registration, with the College of Physiotherapists of Ontario (CPO).\n",
    );
    expect(physio.mustHaveSkills).toContain("physical-therapist-license");
  });

  it("takes a requirement stated in prose as required, a preference in the next sentence as preferred", () => {
    const r = parseJobDescription(
      "Pharmacy Technician\n\nTo be considered you need to be a registered pharmacy technician and hold a national " +
        "certification, either PTCB (CPhT) or NHA ExCPT. Six months of retail pharmacy experience is preferred.\n",
    );
    expect(r.mustHaveSkills).toContain("cpht");
    expect(r.certifications.find((c) => c.id === "cpht")?.required).toBe(true);
  });

  it("does not read 'licence' next to an unrelated occupation word in company text as a credential", () => {
    const r = parseJobDescription(
      "Backend Engineer\n\nRequirements\n- Go and PostgreSQL\n- Experience with software licence compliance tooling\n",
    );
    expect(r.certifications.filter((c) => c.required)).toEqual([]);
  });
});

describe("degree waived by experience", () => {
  it("reads experience accepted in place of the degree as or-equivalent and no knockout", () => {
    const r = parseJobDescription(
      posting(
        "- Paralegal certificate or a bachelor's degree; five or more years of litigation paralegal experience will be accepted in place of the certificate or degree.",
      ),
    );
    expect(r.degree).toMatchObject({ level: "bachelor", required: false, orEquivalentExperience: true });
  });
});
