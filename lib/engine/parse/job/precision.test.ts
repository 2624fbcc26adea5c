import { describe, expect, it } from "vitest";
import { parseJobDescription } from "../job";
import { clausePhrases } from "./phrases";
import { isScreening } from "./clauses";

describe("must-have precision: what a requirement line names but does not ask for", () => {
  it("reads a pre-hiring check ('pass a medical and drug screen, and work at heights') as no skill", () => {
    const r = parseJobDescription(
      "Rope Access Technician\nNorthline Access · Leeds\n\nRequirements\n- Must pass a pre-employment medical and drug screen, and be able to work at heights\n- Strong Python",
    );
    expect(r.mustHaveSkills).toEqual(["python"]);
    expect(isScreening("Candidates must pass a background check")).toBe(true);
    expect(isScreening("Experience passing data between services")).toBe(false);
  });

  it("keeps a duty the posting lists as desirable a nice-to-have, while other duties of the role stay required", () => {
    const r = parseJobDescription(
      "Paramedic\nCoastline Ambulance · Hull\n\nWhat you'll do\n- Perform cannulation on scene\n- Triage patients\n\nRequirements\n- 3+ years' experience as a paramedic\n\nDesirable\n- Competence in cannulation\n",
    );
    expect(r.mustHaveSkills).toContain("triage");
    expect(r.mustHaveSkills).not.toContain("iv-insertion");
    expect(r.niceToHaveSkills).toContain("iv-insertion");
  });

  it("drops 'mandatory' from a read phrase and reads no skill from a kind of qualification", () => {
    expect(clausePhrases("Current mandatory fire warden training", [], true).map((g) => g.names)).toEqual([["fire warden"]]);
    expect(clausePhrases("You hold a recognised food hygiene inspector qualification", [], true)).toEqual([]);
  });
});

describe("title: the line naming an occupation, not the employer above it", () => {
  it("reads the role under an organisation banner when the role has no generic title word", () => {
    const r = parseJobDescription(
      "MAPLE RIDGE UNIFIED SCHOOL DISTRICT NO. 4\nSchool Psychologist (0.8 FTE)\nLocation: Maple Ridge, Oregon\n\nMinimum qualifications\n- Current state licence\n",
    );
    expect(r.title).toBe("School Psychologist (0.8 FTE)");
  });
});

describe("a clause offering another way to meet the requirement before it", () => {
  it("joins 'X experience is also relevant' to the group of the clause before it on the line", () => {
    const r = parseJobDescription(
      "Backend Engineer\nAcme · Remote\n\nRequirements\n- Strong Python; Go or Rust experience is also relevant\n- Docker\n- Kubernetes; Terraform\n",
    );
    expect(r.mustHaveGroups).toContainEqual(["python", "go", "rust"]);
    // Plain clauses stay separate requirements, and a line does not join the one above it.
    expect(r.mustHaveGroups).toContainEqual(["docker"]);
    expect(r.mustHaveGroups).toContainEqual(["kubernetes"]);
    expect(r.mustHaveGroups).toContainEqual(["terraform"]);
  });
});

describe("a broad field named as what a tool is for", () => {
  it("reads 'Excel or Tableau for reporting' as the tools, with reporting as context; a specific use stays", () => {
    const r = parseJobDescription(
      "Data Coordinator\nAcme · Leeds\n\nRequirements\n- Strong SQL\n\nNice to have\n- Advanced Excel or Tableau for reporting on shipments\n- Westlaw for cite-checking\n",
    );
    expect(r.niceToHaveSkills).toEqual(expect.arrayContaining(["tableau", "westlaw", "cite-checking"]));
    expect(r.niceToHaveSkills).not.toContain("reporting");
    expect(r.duties).toContain("reporting");
  });
});

describe("a skill named only as the subject of a required licence", () => {
  it("reads 'Current forklift licence (LF)' as the licence, not forklift work as a second must-have", () => {
    const r = parseJobDescription("Welder\nAcme · Perth\n\nRequirements\n- Current forklift licence (LF)\n- Strong Python\n");
    expect(r.mustHaveGroups).toEqual([["python"]]);
    expect(r.certifications).toContainEqual(expect.objectContaining({ name: "forklift licence (LF)", required: true }));
  });

  it("keeps the skill when the posting asks for it outside the licence too", () => {
    const r = parseJobDescription(
      "Warehouse Operative\nAcme · Perth\n\nRequirements\n- Current forklift licence (LF)\n- 2 years of forklift operation in a busy warehouse\n",
    );
    expect(r.mustHaveSkills).toContain("forklift");
  });
});

describe("pre-hiring checks stay narrow", () => {
  it("does not read a duty that completes health assessments as a check", () => {
    expect(isScreening("Complete health assessments and care plans for new residents")).toBe(false);
    expect(isScreening("Must pass a DOT drug screen and background check")).toBe(true);
  });
});
