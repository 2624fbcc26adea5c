// Reading a posting the way a recruiter does: what is asked for, what is preferred, what only
// describes the job or the company, and which items are one choice. Snippets are made up.
import { describe, expect, it } from "vitest";
import { parseJobDescription } from "../job";
import { clauseParts, isBoilerplate, softFrom } from "./clauses";

const job = (sections: string) => `Platform Engineer\nNorthbeam Labs · Remote\n\n${sections}`;
const required = (text: string) => parseJobDescription(job(`Requirements\n${text}`));

describe("context, not requirements", () => {
  it("reads tools named only in the duties as duties, not as nice-to-haves", () => {
    const r = parseJobDescription(
      job("What you'll do\n- Run our Terraform modules and Grafana dashboards\n\nRequirements\n- 4+ years of Python"),
    );
    expect(r.duties).toEqual(expect.arrayContaining(["terraform", "grafana"]));
    expect(r.niceToHaveSkills).not.toContain("terraform");
    expect(r.mustHaveSkills).not.toContain("terraform");
  });

  it("reads company prose at the top as context, never as nice-to-haves", () => {
    const r = parseJobDescription(
      "Platform Engineer\nNorthbeam Labs · Remote\n\nNorthbeam builds Salesforce integrations for retailers.\n\nRequirements\n- Strong Python",
    );
    expect(r.mustHaveSkills).toContain("python");
    expect(r.niceToHaveSkills).not.toContain("salesforce");
    expect(r.mustHaveSkills).not.toContain("salesforce");
  });

  it("takes no skills from a pay or equal-opportunity sentence under the last list", () => {
    const r = required("- Strong Python\nPay: $60–$70/hour with 401(k). We are an EEO employer and value Salesforce experience.");
    expect(r.mustHaveSkills).toEqual(["python"]);
    expect(r.niceToHaveSkills).not.toContain("salesforce");
  });

  it("tells boilerplate sentences from requirement sentences", () => {
    expect(isBoilerplate("Salary $90,000–$110,000 plus equity")).toBe(true);
    expect(isBoilerplate("We are an equal opportunity employer")).toBe(true);
    expect(isBoilerplate("Salary: CAD 120–140k in Canada, plus equity")).toBe(true);
    expect(isBoilerplate("CTC up to 18 LPA")).toBe(true);
    expect(isBoilerplate("Knowledge of payroll and benefits administration")).toBe(false);
    expect(isBoilerplate("Ability to apply statistical methods in Python")).toBe(false);
    expect(isBoilerplate("Experience with dental practice software")).toBe(false);
    expect(isBoilerplate("Pick 120 units per hour")).toBe(false);
  });
});

describe("preferences inside a requirement", () => {
  it("keeps what comes before '– ideally …' required and makes what follows preferred", () => {
    const r = required("- 3+ years in an analytics role – ideally with Tableau");
    expect(r.niceToHaveSkills).toContain("tableau");
    expect(r.mustHaveSkills).not.toContain("tableau");
    expect(r.minYearsExperience).toBe(3);
  });

  it("reads a preference after a dash as about the part after the dash", () => {
    const r = required("- Experience with CI/CD — GitHub Actions preferred, Jenkins fine");
    expect(r.mustHaveSkills).toContain("ci-cd");
    expect(r.mustHaveSkills).not.toContain("github-actions");
    expect(r.niceToHaveSkills).toContain("github-actions");
  });

  it("reads a 'Preferred:' line inside a requirements list as preferred, every sentence of it", () => {
    const r = required("- Strong Python\nPreferred: Kubernetes. Also Terraform.");
    expect(r.mustHaveSkills).toEqual(["python"]);
    expect(r.niceToHaveSkills).toEqual(expect.arrayContaining(["kubernetes", "terraform"]));
  });

  it("splits a clause where it turns into a preference", () => {
    const text = "Two years of SQL, ideally Snowflake";
    const parts = clauseParts(text).map(([a, b]) => text.slice(a, b));
    expect(parts).toEqual(["Two years of SQL", ", ideally Snowflake"]);
    expect(softFrom("Docker is a plus")).toBe(0);
    expect(softFrom("Strong Docker")).toBeNull();
  });
});

describe("any-of groups", () => {
  it("reads examples of a kind in parentheses as one choice that the kind also meets", () => {
    const r = required("- Hands-on experience with a cloud data warehouse (Snowflake, BigQuery or Redshift)");
    const group = (r.mustHaveGroups ?? []).find((g) => g.includes("snowflake"));
    expect(group).toEqual(expect.arrayContaining(["snowflake", "bigquery", "redshift"]));
    expect(r.niceToHaveSkills).not.toContain("snowflake");
  });

  it("keeps a detail in parentheses after a requirement as context, neither a must nor a preference", () => {
    const r = required("- Advanced Microsoft Excel (Power Query)");
    expect(r.mustHaveGroups).toContainEqual(["microsoft-excel"]);
    expect(r.duties).toContain("power-query");
    expect(r.niceToHaveSkills).not.toContain("power-query");
  });

  it("keeps sub-types in parentheses as qualifiers when most of them are not skills", () => {
    const r = required("- 2 years in an adult ICU (medical, surgical, neuro or trauma ICU)");
    expect(r.mustHaveGroups).toContainEqual(["critical-care"]);
    expect(r.mustHaveSkills).not.toContain("neurology");
  });

  it("reads a list ending in '…, or <something else>' or 'etc.' as one choice", () => {
    const a = required("- 2+ years of Java, Kotlin or other JVM work");
    expect(a.mustHaveGroups).toContainEqual(expect.arrayContaining(["java", "kotlin"]));
    const b = required("- A monitoring stack you know well (Prometheus, Grafana, Datadog, etc.)");
    expect(b.mustHaveGroups).toContainEqual(["prometheus", "grafana", "datadog"]);
  });

  it("keeps 'X, Y and Z or similar' as three requirements", () => {
    const r = required("- Python, Go and Rust, or similar");
    for (const id of ["python", "go", "rust"]) expect(r.mustHaveGroups).toContainEqual([id]);
  });

  it("keeps '<credential>; or <credential>' as one any-of credential", () => {
    const r = required("- Engineer-in-Training (EIT) certificate; or a PE license");
    const eit = r.certifications.find((c) => c.id === "engineer-in-training");
    const pe = r.certifications.find((c) => c.id === "professional-engineer");
    expect(eit?.anyOf).toBeDefined();
    expect(eit?.anyOf).toBe(pe?.anyOf);
    expect(eit?.required).toBe(true);
  });
});

describe("credentials that are not conditions of the job", () => {
  it("reads a credential with a degree-and-experience route beside it as preferred, not required", () => {
    const r = required("- Paralegal certificate, or a bachelor's degree plus two years of paralegal experience");
    expect(r.mustHaveSkills).not.toContain("certified-paralegal");
    expect(r.certifications.find((c) => c.id === "certified-paralegal")?.required).toBe(false);
  });

  it("reads a part-qualified accountancy credential as asked-for field, not a required certificate", () => {
    const r = required("- Part-qualified or newly qualified ACCA or CIMA");
    expect(r.certifications.filter((c) => c.required)).toEqual([]);
  });
});

describe("years and degree scalars", () => {
  it("reads whole years stated in months, and ignores an age", () => {
    const r = required("- Minimum 24 months of forklift experience\n- Must be at least 21 years old");
    expect(r.minYearsExperience).toBe(2);
  });

  it("sets no minimum from preferred years or from years that are one route of several", () => {
    expect(parseJobDescription(job("Requirements\n- Strong Python\n\nPreferred\n- 3+ years of Kubernetes")).minYearsExperience).toBeNull();
    expect(required("- A completed residency, OR a minimum of two years of hospital practice").minYearsExperience).toBeNull();
  });

  it("reads 'we don't require a CS degree' as no degree", () => {
    const r = required("- Strong Python\nWe don't require a CS degree.");
    expect(r.degree).toMatchObject({ level: "none", required: false });
  });

  it("reads a degree named only in the duties as no degree requirement", () => {
    const r = parseJobDescription(job("What you'll do\n- Mentor master's degree interns\n\nRequirements\n- Strong Python"));
    expect(r.degree).toBeNull();
  });

  it("does not read 'diploma or equivalent' or a school's name as experience in lieu of a degree", () => {
    const r = required("- High school diploma or equivalent\n- Strong Python");
    expect(r.degree).toMatchObject({ level: "high_school", orEquivalentExperience: false });
    const school = parseJobDescription("Math Teacher\nPine Hollow High School, Boise, Idaho\n\nRequirements\n- Bachelor's degree");
    expect(school.degree?.level).toBe("bachelor");
  });
});

describe("eligibility sentences", () => {
  it("reads a country from 'Australian working rights' and 'not open to sponsorship'", () => {
    const r = required("- Strong Python\n- Full Australian working rights – this role is not open to sponsorship");
    expect(r.eligibility?.countries).toEqual(["Australia"]);
    expect(r.eligibility?.sponsorship).toBe("no");
  });

  it("reads 'cannot hire outside the EU or sponsor visas' as no sponsorship", () => {
    const r = required("- Strong Python\nYou must live in an EU country; we cannot hire outside the EU or sponsor visas.");
    expect(r.eligibility?.sponsorship).toBe("no");
  });

  it("reads a post 'eligible for sponsorship' as sponsoring", () => {
    const r = required("- Strong Python\nThis post is eligible for sponsorship under the Skilled Worker visa route.");
    expect(r.eligibility?.sponsorship).toBe("yes");
  });

  it("takes an on-site job's city out of a header sentence, not the whole sentence", () => {
    const r = parseJobDescription(
      "Night Security Officer\n\nCalder Guard is hiring officers for a logistics campus in Plano, TX. Officers patrol the site.\n\nRequirements\n- Security officer licence",
    );
    expect(r.location?.text).toBe("Plano, TX");
    expect(r.eligibility?.countries).toEqual(["United States"]);
  });
});

describe("sections and credentials the taxonomy does not name", () => {
  it("reads 'To be successful you will have:' as requirements and 'Highly regarded:' as preferences", () => {
    const r = parseJobDescription(
      "Line Cook\nHarbour Kitchen\n\nAbout the role\nYou'll cook on the grill.\n\nTo be successful you will have:\n• Strong knife skills with Python\n\nHighly regarded:\n• Experience with Docker",
    );
    expect(r.mustHaveSkills).toContain("python");
    expect(r.niceToHaveSkills).toContain("docker");
  });

  it("reads a named trade certificate and a 'Current … licence' bullet as required credentials", () => {
    const r = required("• Trade Certificate in Carpentry – Joinery or equivalent\n• Current scissor lift licence (EWP)\n• Strong Python");
    const names = r.certifications.filter((c) => c.required).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["Trade Certificate in Carpentry – Joinery", "scissor lift licence (EWP)"]));
  });

  it("does not read a certificate program inside a degree line as a credential to hold", () => {
    const r = required("• Bachelor's degree in biology plus a NAACLS-accredited MLS certificate program\n• Strong Python");
    expect(r.certifications.map((c) => c.name)).not.toContain("NAACLS-accredited MLS certificate");
  });
});
