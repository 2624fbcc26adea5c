import { describe, expect, it } from "vitest";
import { compileSkillMatcher } from "../skills/matcher";
import { TEST_SKILLS } from "../skills/test-fixtures";
import { jobRequirementsSchema } from "../types";
import { isCustomSkillId } from "../score/custom-skill-id";
import { findYearsRequirement, parseJobDescription } from "./job";

const matcher = compileSkillMatcher(TEST_SKILLS);
const parse = (text: string) => parseJobDescription(text, { matcher });

const DATA_JD = `Senior Data Engineer (Spark)
Acme Foods · Atlanta, GA or Remote (US) · Full-time

About us
We use Java and Kafka across the company.

Responsibilities
- Build pipelines with Docker and dbt.

Minimum qualifications
- 5+ years of experience as a data engineer
- Strong SQL and Python
- Experience with Airflow or a comparable orchestrator (Dagster, Prefect)
- Experience with at least one cloud data warehouse: Snowflake, Redshift or BigQuery
- Production experience with Spark (PySpark or Scala)
- Kubernetes is a plus
- Bachelor's degree in Computer Science or a related field, or equivalent experience

Preferred qualifications
- AWS
- Kafka streaming

Sponsorship is not available for this position.`;

describe("parseJobDescription", () => {
  it("splits must-have and nice-to-have skills and groups alternatives", () => {
    const r = parse(DATA_JD);
    expect(jobRequirementsSchema.parse(r)).toBeTruthy();
    expect(r.title).toBe("Senior Data Engineer (Spark)");
    expect(r.seniority).toBe("senior");
    expect(r.mustHaveGroups).toEqual([
      ["spark"],
      ["sql"],
      ["python"],
      ["airflow", "dagster", "prefect"],
      ["snowflake", "redshift", "bigquery"],
    ]);
    expect(new Set(r.mustHaveSkills)).toEqual(
      new Set(["spark", "sql", "python", "airflow", "dagster", "prefect", "snowflake", "redshift", "bigquery"]),
    );
    // "a plus" softens a requirement line; responsibilities name duties, company text nothing; the
    // language in "Spark (PySpark or Scala)" details the Spark requirement (context).
    expect(new Set(r.niceToHaveSkills)).toEqual(new Set(["kafka", "kubernetes", "aws"]));
    expect(new Set(r.duties)).toEqual(new Set(["docker", "dbt", "scala"]));
    expect(r.minYearsExperience).toBe(5);
    expect(r.degree).toEqual({
      level: "bachelor",
      // "or equivalent experience": the degree is one way in, not a requirement.
      required: false,
      orEquivalentExperience: true,
      fields: ["Computer Science"],
    });
    expect(r.location).toEqual({ text: "Atlanta, GA or Remote (US)", workplace: "remote" });
    expect(r.workAuthorization).toBe("Sponsorship is not available for this position.");
    expect(r.employmentType).toBe("full_time");
  });

  it("reads a licence requirement and hybrid work from a nursing JD", () => {
    const r = parse(`Registered Nurse – ICU (Night Shift)
Location: Marietta, GA (on-site)
Part-time, 3x12 shifts

Requirements:
• Active Georgia RN license required
• BLS certification
• 2 years of ICU experience
• Associate degree in Nursing (ADN) required; BSN preferred
`);
    expect(r.title).toBe("Registered Nurse – ICU (Night Shift)");
    expect(r.certifications).toEqual(
      expect.arrayContaining([
        // Named as the posting qualifies it, with the taxonomy's id.
        { id: "registered-nurse", name: "Georgia RN license", required: true },
        { id: "bls", name: "BLS", required: true },
      ]),
    );
    expect(r.mustHaveSkills).toContain("nursing-icu");
    expect(r.minYearsExperience).toBe(2);
    expect(r.degree).toMatchObject({ level: "associate", required: true });
    expect(r.location).toEqual({ text: "Marietta, GA (on-site)", workplace: "onsite" });
    expect(r.employmentType).toBe("part_time");
  });

  it("falls back to requirement phrasing when a JD has no headings", () => {
    const r = parse(
      "Backend Developer\nWe build payroll software. You will need strong experience with Python and SQL. Knowledge of Docker is nice to have.",
    );
    expect(r.mustHaveSkills).toEqual(["python", "sql"]);
    expect(r.niceToHaveSkills).toEqual(["docker"]);
  });

  it("reads 'Salesforce (or a similar CRM)' as one alternative group", () => {
    const r = parse("Account Executive\n\nWhat you bring\n- Pipeline management in Salesforce (or a similar CRM)\n");
    expect(r.mustHaveGroups?.filter((g) => !g.some(isCustomSkillId))).toEqual([["salesforce", "crm"]]);
    // What the test taxonomy does not know is read from the wording, as its own requirement.
    expect(r.mustHaveGroups).toContainEqual(["custom:pipeline management"]);
    expect(r.customSkillsRead).toEqual(["pipeline management"]);
    expect(r.seniority).toBeNull();
  });
});

describe("findYearsRequirement", () => {
  it.each([
    ["4+ years of professional frontend development", 4, null],
    ["at least 3 years of experience", 3, null],
    ["3-5 years of experience in accounting", 3, 5],
    ["Minimum of five years' experience", 5, null],
    ["10 or more years in nursing", 10, null],
    ["two (2) years of experience", 2, null],
  ])("%s", (text, min, max) => {
    expect(findYearsRequirement(text)).toEqual({ min, max });
  });

  it("ignores years that are not experience requirements", () => {
    expect(findYearsRequirement("We have been growing 60% a year for 5 years")).toBeNull();
  });
});

describe("parseJobDescription: seniority", () => {
  it("reads 'Staff' as a level only on engineering ladders", () => {
    expect(parse("Senior Staff Accountant\nAcme\n").seniority).toBe("senior");
    expect(parse("Staff Nurse, ICU\nAcme\n").seniority).not.toBe("principal");
    expect(parse("Staff Software Engineer\nAcme\n").seniority).toBe("principal");
  });
});

describe("parseJobDescription: title", () => {
  it("skips a company banner above the role", () => {
    expect(parse("Acme Health is hiring!\nRegistered Nurse, Night Shift\nAtlanta, GA\n").title).toBe("Registered Nurse, Night Shift");
    expect(parse("Job Title: Staff Accountant\nAcme\n").title).toBe("Staff Accountant");
  });
});

describe("parseJobDescription: eligibility and exclusions (bundled taxonomy)", () => {
  it("takes no skills from work-authorization or export-control sentences", () => {
    const r = parseJobDescription(`Mechanical Design Engineer
Requirements
- 3+ years of design experience in SolidWorks
- This position requires access to export-controlled information (ITAR). Applicants must be U.S. persons. We cannot sponsor work visas.
`);
    expect(r.mustHaveSkills).toContain("solidworks");
    for (const id of ["trade-compliance", "immigration"]) {
      expect(r.mustHaveSkills).not.toContain(id);
      expect(r.niceToHaveSkills).not.toContain(id);
    }
  });

  it("keeps 'U.S.' inside the work-authorization sentence", () => {
    const r = parseJobDescription(
      "Design Engineer\nRequirements\n- Applicants must be U.S. persons (U.S. citizen or permanent resident). We cannot sponsor work visas.\n",
    );
    expect(r.workAuthorization).toBe(
      "- Applicants must be U.S. persons (U.S. citizen or permanent resident). We cannot sponsor work visas.",
    );
  });

  it("keeps a clearance named in an eligibility sentence", () => {
    const r = parseJobDescription("Systems Administrator\nRequirements\n- U.S. citizenship and an active Secret clearance required\n");
    expect(r.mustHaveSkills).toContain("secret-clearance");
  });

  it("drops skills named only to be excluded from this posting", () => {
    const r = parseJobDescription(`ICU Registered Nurse
Requirements
- 2 years of adult ICU experience. Step-down / progressive care experience is considered for our residency track, not for this posting
`);
    expect(r.mustHaveSkills).toContain("critical-care");
    expect(r.mustHaveSkills).not.toContain("telemetry");
    expect(r.niceToHaveSkills).not.toContain("telemetry");
  });

  it("takes no skills from a pay and benefits section", () => {
    const r = parseJobDescription(`Customer Support Team Lead
Requirements
- 4+ years in customer support; Zendesk

Pay and benefits
$68,000 base plus a bonus tied to CSAT and SLA goals, medical/dental/vision, 401(k) with match.
`);
    expect(r.mustHaveSkills).toEqual(expect.arrayContaining(["customer-support", "zendesk"]));
    for (const id of ["dental-care", "3d-printing", "compensation-and-benefits"]) {
      expect(r.mustHaveSkills).not.toContain(id);
      expect(r.niceToHaveSkills).not.toContain(id);
    }
  });

  it("reads two licenses joined by 'or' as alternatives", () => {
    const r = parseJobDescription(
      "Staff Nurse\nRequirements\n- Current RN license in Wisconsin or a multistate Nurse Licensure Compact license\n- BLS certification\n",
    );
    expect(r.mustHaveGroups).toContainEqual(["registered-nurse", "nurse-licensure-compact"]);
    expect(r.mustHaveGroups).not.toContainEqual(["nurse-licensure-compact"]);
  });
});

describe("parseJobDescription: alternative credentials (bundled taxonomy)", () => {
  const certs = (title: string, line: string) =>
    parseJobDescription(`${title}\n\nRequirements\n- ${line}\n- 3+ years of experience\n`).certifications;
  const groupOf = (cs: ReturnType<typeof certs>, id: string) => cs.find((c) => c.id === id)?.anyOf;

  it("reads 'RN license in Wisconsin or a multistate NLC license' as one requirement met by either", () => {
    const cs = certs(
      "Registered Nurse — ICU",
      "Current, unrestricted Registered Nurse (RN) license in Wisconsin or a multistate Nurse Licensure Compact (NLC) license — required",
    );
    const rn = cs.find((c) => c.id === "registered-nurse");
    const nlc = cs.find((c) => c.id === "nurse-licensure-compact");
    expect(rn?.required).toBe(true);
    expect(nlc?.required).toBe(true);
    expect(rn?.anyOf).toBeTypeOf("number");
    expect(nlc?.anyOf).toBe(rn?.anyOf);
  });

  it.each([
    ["Senior Accountant", "CPA or CMA required", ["cpa", null]],
    [
      "Mechanical Engineer",
      "Professional Engineer (PE) license or EIT certification required",
      ["professional-engineer", "engineer-in-training"],
    ],
    [
      "Cloud Architect",
      "AWS Certified Solutions Architect or GCP Professional Cloud Architect certification required",
      ["aws-solutions-architect-associate", "gcp-professional-cloud-architect"],
    ],
    ["ICU Registered Nurse", "BLS or ACLS required", ["bls", "acls"]],
  ])("groups '%s: %s' as alternatives", (title, line, ids) => {
    const cs = certs(title, line);
    const grouped = cs.filter((c) => c.anyOf !== undefined);
    expect(grouped).toHaveLength(2);
    expect(grouped.every((c) => c.required && c.anyOf === grouped[0]?.anyOf)).toBe(true);
    for (const id of ids) if (id) expect(groupOf(cs, id), id).toBe(grouped[0]?.anyOf);
  });

  it("keeps 'RN license and BLS required' as two requirements", () => {
    const cs = certs("ICU Registered Nurse", "RN license and BLS required");
    expect(cs.map((c) => [c.id, c.required, c.anyOf])).toEqual([
      ["registered-nurse", true, undefined],
      ["bls", true, undefined],
    ]);
  });

  it("does not weaken a credential required on its own line by a later 'or'", () => {
    const cs = parseJobDescription(
      "Staff Nurse\n\nRequirements\n- BLS certification required\n- BLS or ACLS within 90 days of hire required\n",
    ).certifications;
    expect(cs.find((c) => c.id === "bls")?.required).toBe(true);
    expect(cs.find((c) => c.id === "bls")?.anyOf).toBeUndefined();
    expect(cs.find((c) => c.id === "acls")).toEqual({ id: "acls", name: "Advanced Cardiovascular Life Support (ACLS)", required: false });
  });

  it("still parses requirements stored before certification groups (schema 2)", () => {
    const r = parseJobDescription("ICU Registered Nurse\n\nRequirements\n- BLS or ACLS required\n");
    const v2 = { ...r, schemaVersion: 2, certifications: r.certifications.map(({ anyOf: _dropped, ...c }) => c) };
    const old = jobRequirementsSchema.parse(v2);
    expect(old.schemaVersion).toBe(2);
    expect(old.certifications.every((c) => c.anyOf === undefined)).toBe(true);
    expect(jobRequirementsSchema.parse(r).certifications).toEqual(r.certifications);
  });
});
