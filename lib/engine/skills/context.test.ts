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
    expect(ids("Kubernetes, Red Hat OpenShift (OCP), Terraform and Helm")).toContain("openshift");
  });
});

describe("a stricter field test for postings", () => {
  it("needs two other skills of a field before an ordinary word of it counts, when asked", () => {
    const text =
      "Pharmacy, dispensing, patient counselling, immunization, medication therapy management, compliance packaging, " +
      "CPR and First Aid, long-term care, PharmD, French, Arabic, Portuguese, quality assurance. Authorization to administer injections.";
    const with2 = getDefaultSkillMatcher()
      .match(text, { minFieldEvidence: 2 })
      .map((m) => m.id);
    expect(with2).not.toContain("authentication");
    expect(ids(text)).toContain("authentication");
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
