// How a posting's sections and clauses decide what is asked for: numbered section headings, what the
// employer offers, invitations to apply, and the names of bodies.
import { describe, expect, it } from "vitest";
import { parseJobDescription } from "../job";

describe("numbered section headings", () => {
  const posting = [
    "Job title: Community Pharmacist",
    "Hours: 37.5 per week",
    "",
    "1. ABOUT THE PHARMACY",
    "We are a busy high-street pharmacy dispensing 9,000 items a month with a Python-based stock system.",
    "",
    "2. THE ROLE",
    "The postholder will:",
    "2.1 Supervise the dispensary and check prescriptions.",
    "2.2 Deliver flu vaccination clinics.",
    "",
    "3. QUALIFICATIONS AND EXPERIENCE",
    "3.1 Registration with the General Pharmaceutical Council.",
    "3.2 Experience with Microsoft Excel for stock reports.",
    "",
    "4. BENEFITS",
    "Staff discount. Free SQL training courses.",
  ].join("\n");

  it("reads '3. QUALIFICATIONS AND EXPERIENCE' as the requirements section", () => {
    const r = parseJobDescription(posting);
    expect(r.mustHaveSkills).toContain("microsoft-excel");
  });

  it("reads '1. ABOUT …' and '4. BENEFITS' as company and benefits text that asks for nothing", () => {
    const r = parseJobDescription(posting);
    expect(r.mustHaveSkills).not.toContain("python");
    expect([...r.mustHaveSkills, ...r.niceToHaveSkills, ...(r.duties ?? [])]).not.toContain("sql");
  });

  it("keeps a numbered list of short requirements as a list, not as headings", () => {
    const r = parseJobDescription("Designer\n\nRequirements\n1. Python\n2. ADOBE PHOTOSHOP CS6\n\nAbout us\nWe sell maps.\n");
    expect(r.mustHaveGroups).toHaveLength(2);
  });
});

describe("what the employer provides and who it invites", () => {
  const posting = (line: string) =>
    `Physiotherapist\n\nRequirements\n- Registration with the regulator\n- Manual therapy experience\n- ${line}\n`;

  it("takes nothing from '– we provide mentorship' after a requirement", () => {
    const r = parseJobDescription(posting("New graduates are also encouraged to apply – we provide mentorship."));
    expect([...r.mustHaveSkills, ...r.niceToHaveSkills]).not.toContain("coaching-and-mentoring");
  });

  it("reads no requirement from 'X are welcome to apply'", () => {
    const r = parseJobDescription(posting("Clinical Fellows are welcome to apply."));
    expect(r.customSkillsRead ?? []).not.toContain("Clinical Fellows");
  });

  it("keeps a skill before the employer's offer ('SAP experience; we will train you in Tableau')", () => {
    const r = parseJobDescription("Planner\n\nRequirements\n- Experience with SAP, and we will train you in Tableau\n");
    expect(r.mustHaveSkills).toContain("sap");
    expect([...r.mustHaveSkills, ...r.niceToHaveSkills]).not.toContain("tableau");
  });

  it("takes no requirement from a sponsorship offer that refers back to one ('can sponsor a visa for applicants who …')", () => {
    const r = parseJobDescription(
      "Midwife\n\nRequirements\n- Experience with Microsoft Excel\n- Northfield Health is a licensed sponsor and can sponsor a visa for applicants who hold a Registered Nurse (RN) licence.\n",
    );
    expect(r.mustHaveSkills).not.toContain("registered-nurse");
  });

  it("reads 'We welcome applications from …' as an equal-opportunity statement", () => {
    const r = parseJobDescription(
      `${posting("Python")}\nWe welcome applications from Māori and Pacific candidates and are committed to honouring Te Tiriti o Waitangi.\n`,
    );
    expect([...r.mustHaveSkills, ...r.niceToHaveSkills]).not.toContain("indigenous-engagement");
  });
});

describe("names of bodies and acronyms the posting spells out", () => {
  it("takes no skill from the name of a regulator ('the Nursing and Midwifery Council')", () => {
    const r = parseJobDescription(
      "Midwife\n\nEssential\n- Current registration with the Nursing and Midwifery Council as a midwife\n- Experience with Microsoft Excel\n",
    );
    expect(r.mustHaveSkills).toContain("microsoft-excel");
    expect(r.mustHaveSkills).not.toContain("nursing");
  });

  it("takes no skill from 'Board of Examiners for Speech-Language Pathology and Audiology'", () => {
    const r = parseJobDescription(
      "Speech Therapist\n\nRequirements\n- A licence from the State Board of Examiners for Speech-Language Pathology and Audiology\n",
    );
    expect(r.mustHaveSkills).not.toContain("audiology");
  });

  it("reads an acronym by the meaning the posting gives it ('computer-based test (CBT)' is no therapy)", () => {
    const withTest = parseJobDescription("Nurse\n\nRequirements\n- A computer-based test (CBT) passed before you start\n");
    expect([...withTest.mustHaveSkills, ...withTest.niceToHaveSkills]).not.toContain("counseling");
    const withTherapy = parseJobDescription("Therapist\n\nRequirements\n- Training in cognitive behavioural therapy (CBT)\n");
    expect(withTherapy.mustHaveSkills).toContain("counseling");
  });
});

describe("skills a title names in parentheses", () => {
  it("are required as the body offers them: one group when the body accepts either", () => {
    const r = parseJobDescription(
      "Laboratory Scientist (Biochemistry and Haematology)\n\nRequirements\n- Two years of experience in biochemistry and/or haematology\n",
    );
    expect(r.mustHaveGroups).toEqual([["biochemistry", "haematology"]]);
  });

  it("are still required when the body does not name them", () => {
    const r = parseJobDescription("Backend Engineer (Kotlin)\n\nRequirements\n- Python\n- Docker\n");
    expect(r.mustHaveGroups).toEqual([["kotlin"], ["python"], ["docker"]]);
  });
});

describe("experience named only to say it does not qualify", () => {
  it("reads nothing from '… alone will not be enough for this role'", () => {
    const r = parseJobDescription(
      "Teacher\n\nRequirements\n- Experience with Microsoft Excel\n- Experience as a teaching assistant alone will not be enough for this role.\n",
    );
    expect(r.mustHaveSkills).toContain("microsoft-excel");
    expect(r.mustHaveSkills).not.toContain("higher-education");
  });

  it("keeps the requirement when the verdict is an aside in parentheses", () => {
    const r = parseJobDescription(
      "Technician\n\nRequirements\n- Three years of Microsoft Excel work (experience as a teaching assistant won't be enough)\n",
    );
    expect(r.mustHaveSkills).toEqual(["microsoft-excel"]);
  });
});

describe("the employer's commitments and perks lines", () => {
  const posting = (extra: string) => `Data Analyst\n\nRequirements\n- Experience with Microsoft Excel\n\n${extra}\n`;

  it("reads 'X is committed to equity, diversity, inclusion …' as the employer's statement", () => {
    const r = parseJobDescription(posting("Northgate Health is committed to equity, diversity, inclusion and anti-racism."));
    expect([...r.mustHaveSkills, ...r.niceToHaveSkills]).not.toContain("diversity-equity-inclusion");
  });

  it("reads a 'Perks:' line as benefits, whatever section it sits in", () => {
    const r = parseJobDescription(posting("Perks: medical insurance for self and family, a performance bonus, Tableau training."));
    expect(r.niceToHaveSkills).toEqual([]);
  });
});

describe("preference headings", () => {
  it("reads an 'ADVANTAGEOUS:' section as nice-to-haves", () => {
    const r = parseJobDescription(
      "Surveyor\n\nMINIMUM REQUIREMENTS:\n* Experience with AutoCAD\n\nADVANTAGEOUS:\n* Experience with Microsoft Excel\n",
    );
    expect(r.mustHaveSkills).toContain("autocad");
    expect(r.niceToHaveSkills).toContain("microsoft-excel");
  });
});

describe("the employer's own things named beside a requirement", () => {
  it("reads '(our actuarial team uses both)' as context, not a preference", () => {
    const r = parseJobDescription(
      "Data Scientist\n\nRequirements\n- Python\n\nNice to have\n- Familiarity with Tableau (our actuarial team uses it daily)\n",
    );
    expect(r.niceToHaveSkills).toContain("tableau");
    expect(r.niceToHaveSkills).not.toContain("actuarial-science");
  });
});

describe("the title label of a public-sector announcement", () => {
  it("reads 'Position Announcement: …' as the job title", () => {
    const r = parseJobDescription(
      "NORTH RIVER SCHOOL DISTRICT NO. 4\nPosition Announcement: School Psychologist (0.8 FTE)\nPosting number: 2027-114\n\nMinimum qualifications\n- Microsoft Excel\n",
    );
    expect(r.title).toBe("School Psychologist (0.8 FTE)");
  });
});

describe("heading vocabulary", () => {
  const tierUnder = (heading: string) => {
    const r = parseJobDescription(
      `Analyst\n\nRequirements\n- SQL\n\nAbout us\nWe build things.\n\n${heading}\n- Experience with Tableau\n`,
    );
    if (r.mustHaveSkills.includes("tableau")) return "must";
    return r.niceToHaveSkills.includes("tableau") ? "nice" : "other";
  };

  it.each(["What you'll bring", "You will have", "About the person", "The candidate", "Requirements of the role", "KSAs"])(
    "reads '%s' as a requirements heading",
    (heading) => expect(tierUnder(heading)).toBe("must"),
  );

  it.each(["It would be great if you have", "Desirable criteria", "Bonus points"])("reads '%s' as a preferences heading", (heading) =>
    expect(tierUnder(heading)).toBe("nice"),
  );

  it("keeps a 'Nice to have' list as preferences when the posting has no requirements heading", () => {
    const r = parseJobDescription("Analyst\n\nAbout the job\nWe build dashboards.\n\nNice to have\n- Experience with Tableau\n");
    expect(r.niceToHaveSkills).toContain("tableau");
    expect(r.mustHaveSkills).not.toContain("tableau");
  });
});

describe("bilingual requirements", () => {
  it("asks for the other language of 'Bilingual in English and Spanish', not English", () => {
    const r = parseJobDescription("Case Worker\n\nRequirements\n- Microsoft Excel\n- Bilingual in English and Spanish\n");
    expect(r.mustHaveSkills).toContain("spanish");
    expect(r.mustHaveSkills).not.toContain("english");
  });

  it("keeps both languages of a stated language profile", () => {
    const r = parseJobDescription(
      "Policy Officer\n\nRequirements\n- Microsoft Excel\n- Language requirements: bilingual imperative (English and French)\n",
    );
    expect(r.mustHaveSkills).toEqual(expect.arrayContaining(["english", "french"]));
  });
});
