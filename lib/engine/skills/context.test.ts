import { describe, expect, it } from "vitest";
import { getDefaultSkillMatcher } from "./matcher";

// The bundled taxonomy: the mechanism is a property of its data (which forms are ordinary words,
// acronyms or shared), so it is tested on it.
const ids = (text: string) =>
  getDefaultSkillMatcher()
    .match(text)
    .map((m) => m.id);

describe("ambiguous forms need context of their own field", () => {
  it("reads 'PR' next to engineering skills as not Public Relations, and next to marketing skills as it", () => {
    expect(ids("Go, PostgreSQL and Kubernetes; clear design docs and PR descriptions")).not.toContain("public-relations");
    expect(ids("Media relations, PR, press releases and social media marketing")).toContain("public-relations");
  });

  it("reads ordinary-word aliases of another field only with that field's context", () => {
    expect(ids("Interpretation of cardiac rhythms, hemodynamic monitoring and ventilator management")).not.toContain("translation");
    expect(ids("Go services in production on Kubernetes with Terraform")).not.toContain("manufacturing");
  });

  it("resolves a form several skills share by the field around it", () => {
    expect(ids("Senior Accountant: CPA or CMA, GAAP, month-end close")).toContain("certified-management-accountant");
    expect(ids("Phlebotomy, vital signs, EHR charting, CMA")).not.toContain("certified-management-accountant");
  });
});

describe("ordinary words count only in a document about their field", () => {
  const eeo = "We welcome applicants with disabilities, including mental health conditions.";
  it("drops 'mental health' from a software posting's boilerplate, keeps it in a psychiatric nurse's", () => {
    expect(ids(`Backend engineer: Python, Go, Kubernetes, PostgreSQL, Terraform, AWS. ${eeo}`)).not.toContain("behavioral-health");
    expect(ids("Psychiatric RN: crisis intervention, medication administration, patient assessment, care plans, mental health")).toContain(
      "behavioral-health",
    );
  });

  it("does not make a skill of a person's name in a resume of another field", () => {
    expect(ids("Python, Go, Kubernetes, Terraform, AWS. Reading: What Is Life? by Paul Nurse")).not.toContain("nursing");
  });

  it("keeps short texts as they are (too little context to judge)", () => {
    expect(ids("mental health")).toContain("behavioral-health");
  });
});

describe("acronyms the document defines", () => {
  const pharmacy =
    "Community pharmacist. Follow Ontario College of Pharmacists (OCP) standards, record keeping and quality assurance. " +
    "Dispensing, patient counselling, immunization, medication therapy management, compliance packaging, CPR and First Aid, " +
    "long-term care, narcotic records, PharmD, pharmacy technicians, French, Arabic, Portuguese, Italian. Authorization to administer injections with OCP.";

  it("reads an acronym spelled out in the posting as that name, not a skill sharing its letters", () => {
    expect(ids(pharmacy)).not.toContain("openshift");
    // "Authorization to administer injections" is a permit, not access control.
    expect(ids(pharmacy)).not.toContain("authentication");
    expect(ids("Kubernetes, Red Hat OpenShift (OCP), Terraform and Helm")).toContain("openshift");
  });
});

describe("a stricter field test for postings", () => {
  it("needs two other skills of a field before an ordinary word of it counts, when asked", () => {
    const text =
      "Pharmacy, dispensing, patient counselling, immunization, medication therapy management, compliance packaging, " +
      "CPR and First Aid, long-term care, PharmD, French, Arabic, Portuguese, quality assurance. Encryption of patient records.";
    const with2 = getDefaultSkillMatcher()
      .match(text, { minFieldEvidence: 2 })
      .map((m) => m.id);
    expect(with2).not.toContain("cryptography");
    expect(ids(text)).toContain("cryptography");
  });
});

describe("a word's sense from the words around it", () => {
  it("reads 'Fluent' before a language as the level of that language, not ANSYS Fluent", () => {
    expect(ids("- Fluent German, French or Spanish.")).toEqual(["german", "french", "spanish"]);
    expect(ids("Fluent communication skills in written and spoken English are essential")).not.toContain("computational-fluid-dynamics");
    expect(ids("CFD with ANSYS Fluent and OpenFOAM")).toContain("computational-fluid-dynamics");
    expect(ids("Meshing and CFD in Fluent and STAR-CCM+")).toContain("computational-fluid-dynamics");
  });

  it("reads a mixed-case tool name written in capitals as another name's acronym", () => {
    // AHA: the American Heart Association, not the roadmapping tool Aha!
    expect(ids("Current BLS (AHA) and ACLS required, telemetry experience")).not.toContain("roadmapping-tools");
    expect(ids("Roadmaps in Productboard or Aha, Jira and Confluence")).toContain("roadmapping-tools");
  });

  it("resolves an acronym several skills share by the skills it is listed with", () => {
    // CPT: Cognitive Processing Therapy beside EMDR, Current Procedural Terminology beside ICD-10.
    const therapy = ids("- Trauma-focused training: EMDR, TF-CBT or CPT.");
    expect(therapy).toContain("trauma-focused-therapy");
    expect(therapy).not.toContain("medical-coding");
    expect(ids("Experience with CPT and ICD-10 coding, medical billing and claims")).toContain("medical-coding");
    expect(ids("CPT certified phlebotomist; venipuncture and specimen collection")).not.toContain("medical-coding");
    expect(ids("Go, Kubernetes and CPT tooling for the data platform")).not.toContain("medical-coding");
    // Oracle: the ERP beside SAP, the database beside Postgres.
    expect(ids("- Experience with an ERP such as SAP or Oracle.")).not.toContain("oracle-database");
    expect(ids("- Experience with an ERP such as SAP or Oracle.")).toContain("oracle-financials");
    expect(ids("Relational databases: Oracle / Postgres, MySQL")).toContain("oracle-database");
  });
});

describe("conditions of the job are not credentials", () => {
  it("reads a clean driving record (MVR) as a condition, not a driver's licence unless the licence is named", () => {
    const driver = "• Valid Class A CDL\n• Clean MVR: no more than 2 moving violations in the past 3 years\n• Current DOT medical card";
    expect(ids(driver)).not.toContain("drivers-license");
    expect(ids(driver)).toContain("cdl");
    expect(ids("Valid driver's license and a clean MVR")).toContain("drivers-license");
    expect(ids("Account manager: Salesforce, HubSpot, cold calling. Clean driving record.")).not.toContain("commercial-driving");
  });
});

describe("abbreviations of another field count only next to their kin or in a document of their field", () => {
  const building =
    "Electrical supervisor on commercial construction sites: NVQ Level 3, 18th Edition wiring regulations, " +
    "risk assessments, health and safety, supervising electricians. Valid ECS card and CSCS.";
  it("reads 'ECS card' on a building site as no cloud service, and ECS next to AWS or Docker as Amazon ECS", () => {
    expect(ids(building)).not.toContain("aws-ecs");
    expect(ids(building)).toEqual(expect.arrayContaining(["ecs-card", "cscs-card"]));
    expect(ids(building)).not.toContain("certified-personal-trainer");
    expect(ids("Backend engineer: Python, PostgreSQL, Docker, Terraform; services deployed on ECS behind an ALB")).toContain("aws-ecs");
    expect(ids("Deploying services on AWS ECS and EKS with Terraform")).toContain("aws-ecs");
  });

  const payroll =
    "Payroll specialist: process bi-weekly payroll in Ceridian Dayforce, garnishments, time and attendance, " +
    "reconcile payroll to the general ledger, calculate CPP and EI deductions, Excel pivot tables.";
  it("reads 'CPP' in a payroll posting as the pension plan, and in a software posting as C++", () => {
    expect(ids(payroll)).not.toContain("cpp");
    expect(ids("Embedded engineer: CPP and Python on Linux, multithreading, Git, CMake")).toContain("cpp");
    expect(ids("Strong C++ (CPP) and Python")).toContain("cpp");
  });

  it("reads 'FI/CO' and 'FICO' in an SAP posting as SAP FICO, and a FICO score in lending as no SAP module", () => {
    expect(ids("SAP S/4HANA implementation: 5+ years of FI/CO configuration, general ledger, cost center accounting")).toContain(
      "sap-fico",
    );
    expect(ids("Two end-to-end S/4HANA projects as a FICO consultant; SAP certification a plus")).toContain("sap-fico");
    expect(ids("Loan officer: underwriting, credit analysis, FICO scores, mortgage origination, customer service")).not.toContain(
      "sap-fico",
    );
  });

  it("reads letters written as a word ('Pvt. Ltd.') as no abbreviation", () => {
    expect(ids("Tarangini Digital Solutions Pvt. Ltd. hires SAP consultants: SAP FICO, general ledger, accounts payable")).not.toContain(
      "test-engineering",
    );
  });

  it("reads an acronym the posting spells out in lowercase as that phrase", () => {
    const hvac =
      "Refrigeration engineer: planned preventative maintenance (PPM), F-Gas, compressors, heat pumps, fault finding. PPM visits.";
    expect(ids(hvac)).not.toContain("portfolio-management");
    expect(ids("PMO lead: PPM, program management, portfolio governance, resource planning")).toContain("portfolio-management");
  });
});

describe("a generic skill name inside a longer proper name is not the skill", () => {
  it("reads 'Resource Data Management' among controls makers as a company, 'data management' in prose as the skill", () => {
    const controls =
      "Commercial refrigeration service: compressors, heat pumps, PPM. Controls experience (Danfoss, Eliwell, Resource Data Management)";
    expect(ids(controls)).not.toContain("data-management");
    expect(ids("Data platform team: SQL, Spark, Airflow, data governance and Data Management for our lakehouse")).toContain(
      "data-management",
    );
    expect(ids("Strong Data Management skills; SQL, Python and Tableau")).toContain("data-management");
  });

  it("keeps the skill a credential's name evidences", () => {
    expect(
      ids("Medical technologist: phlebotomy, hematology, New York State Clinical Laboratory Technologist license (required)"),
    ).toContain("clinical-laboratory");
  });

  it("reads 'the Income Tax Act' as a law, not the Tax skill", () => {
    expect(ids("Payroll: knowledge of the Income Tax Act, employment standards, garnishments and payroll reconciliation")).not.toContain(
      "tax",
    );
    expect(ids("Senior accountant: corporate tax returns, Tax planning, GAAP, month-end close and audits")).toContain("tax");
  });
});

describe("the employer's own hiring is not a skill asked for", () => {
  it("drops 'we are recruiting' and 'our Talent Acquisition team' from a posting, keeps recruiting as a recruiter's skill", () => {
    const boiler =
      "We are recruiting an experienced payroll specialist: payroll, garnishments, general ledger, Excel. " +
      "Questions? Contact our Talent Acquisition team. Accommodations are available throughout the recruitment process.";
    expect(ids(boiler)).not.toContain("talent-acquisition");
    expect(ids("Technical recruiter: full-cycle recruiting, sourcing on LinkedIn Recruiter, Greenhouse ATS, intake meetings")).toContain(
      "talent-acquisition",
    );
  });
});

describe("another team's function is not the writer's skill", () => {
  it("reads 'with FICO team' in an SAP MM consultant's resume as colleagues, 'SAP FICO' as a skill", () => {
    const mm =
      "SAP MM consultant: procurement, inventory management, GR/IR clearing and valuation with FICO team (OBYC account determination)";
    expect(ids(mm)).not.toContain("sap-fico");
    expect(ids("SAP FICO consultant: general ledger, accounts payable, FICO configuration with the MM team")).toContain("sap-fico");
  });
});

describe("ambiguous names inside hyphenated words", () => {
  it("does not read a lower-case half of a hyphenated word as the ambiguous name ('flux-cored' is no Flux CD)", () => {
    expect(ids("Docker, Kubernetes and Helm; MIG and flux-cored welding of brackets")).not.toContain("argo-cd");
    expect(ids("Docker, Kubernetes and Helm; GitOps deployments with Flux")).toContain("argo-cd");
  });
});
