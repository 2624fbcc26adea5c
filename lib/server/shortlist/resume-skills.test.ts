import { describe, expect, it } from "vitest";
import { parseJobDescription, parseResume, scoreResume } from "@/lib/engine";
import { resumeSkillLists } from "./resume-skills";

const JOB = `Backend Engineer
Requirements:
- 3+ years of Python
- PostgreSQL
Nice to have:
- Kubernetes`;

const RESUME = `Ana Ruiz
ana.ruiz@example.com

Experience
Backend Engineer, Lumen Data, 2019 – 2024
- Built Python services on PostgreSQL and wrote React dashboards for the support team.
- Ran Terraform plans for the staging stack.
- Moved the pharmacy management systems' nightly exports into the warehouse.

Skills
Python, PostgreSQL, React, Terraform, Grafonica Studio`;

describe("resumeSkillLists", () => {
  const profile = parseResume(RESUME);
  const requirements = parseJobDescription(JOB);
  const result = scoreResume({ profile, requirements, resumeText: RESUME, jobText: JOB });
  const lists = resumeSkillLists(profile, result);

  it("lists the resume's skills the job does not ask for, and none it does", () => {
    expect(lists.other).toEqual(expect.arrayContaining(["React", "Terraform"]));
    for (const asked of ["Python", "PostgreSQL", "Kubernetes"]) expect(lists.other).not.toContain(asked);
  });

  it("leaves out a skill read once from a role's wording, which describes the employer more than the candidate", () => {
    expect(profile.skills.map((skill) => skill.name)).toContain("Pharmacy");
    expect(lists.other).not.toContain("Pharmacy");
  });

  it("lists skills-list items the taxonomy does not know apart", () => {
    expect(lists.unlisted).toContain("Grafonica Studio");
    expect(lists.other).not.toContain("Grafonica Studio");
  });

  it("shows every skill as other when there is no result yet, and nothing without a profile", () => {
    expect(resumeSkillLists(profile, null).other).toEqual(expect.arrayContaining(["Python", "React"]));
    expect(resumeSkillLists(null, result)).toEqual({ other: [], unlisted: [] });
  });
});
