import { describe, expect, it } from "vitest";
import { updateJobBodySchema } from "./jobs";
import { requirementsEditSchema } from "./requirements-edit";

const BASE = {
  schemaVersion: 4,
  title: "Backend Engineer",
  seniority: null,
  mustHaveSkills: ["python", "go", "sql"],
  mustHaveGroups: [["python", "go"], ["sql"]],
  niceToHaveSkills: ["docker"],
  softSkills: ["communication"],
  minYearsExperience: null,
  maxYearsExperience: null,
  degree: null,
  certifications: [],
  location: null,
  workAuthorization: null,
  employmentType: null,
} as const;

function messages(requirements: unknown): string[] {
  const result = updateJobBodySchema.safeParse({ requirements });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("requirements edits", () => {
  it("accept either-or groups, custom requirements and eligibility", () => {
    expect(
      messages({
        ...BASE,
        mustHaveSkills: [...BASE.mustHaveSkills, "custom:Kroll"],
        mustHaveGroups: [["python", "go", "custom:Kroll"], ["sql"]],
        niceToHaveSkills: ["docker", "custom:Harbor Ledger"],
        customSkills: ["Kroll", "Harbor Ledger"],
        eligibility: {
          countries: ["Canada", "US"],
          openToOthers: false,
          timeZone: { fromUtc: -8, toUtc: -5 },
          relocation: null,
          sponsorship: "no",
        },
      }),
    ).toEqual([]);
  });

  it("accept a posting with no requirements at all", () => {
    expect(messages({ ...BASE, mustHaveSkills: [], mustHaveGroups: [], niceToHaveSkills: [], softSkills: [] })).toEqual([]);
  });

  it("name an empty group, a skill in two groups and a skill in two lists", () => {
    expect(messages({ ...BASE, mustHaveGroups: [["python", "go"], [], ["sql"]] })).toEqual([
      "requirements.mustHaveGroups.1: Must-have 2 has no skills: add one, or remove it.",
    ]);
    expect(
      messages({
        ...BASE,
        mustHaveGroups: [
          ["python", "go"],
          ["sql", "python"],
        ],
      }),
    ).toEqual([
      "requirements.mustHaveGroups.1.1: “python” is in must-haves 1 and 2: keep it in one (merge the two into an either-or if either will do).",
    ]);
    expect(messages({ ...BASE, niceToHaveSkills: ["sql"], softSkills: ["docker"] })).toEqual([
      "requirements.niceToHaveSkills.0: “sql” is both a must-have and a nice-to-have: keep it in one list.",
    ]);
    expect(messages({ ...BASE, mustHaveSkills: ["python", "sql"] })).toEqual([
      "requirements.mustHaveSkills: “go” is in mustHaveGroups but not in mustHaveSkills: list every grouped skill in mustHaveSkills.",
    ]);
  });

  it("accept skills from the title, each in one place and known to the taxonomy", () => {
    expect(messages({ ...BASE, schemaVersion: 5, titleSkills: ["backend-development"] })).toEqual([]);
    expect(messages({ ...BASE, schemaVersion: 5, titleSkills: ["sql", "docker", "cobolx"] })).toEqual([
      "requirements.titleSkills.0: “sql” is both a must-have and a skill from the title: keep it in one list.",
      "requirements.titleSkills.1: “docker” is both a nice-to-have and a skill from the title: keep it in one list.",
      "requirements.titleSkills.2: “cobolx” is not a known skill id. Use an id of the skills taxonomy (the requirements editor suggests them).",
    ]);
  });

  it("name an unknown skill id, and custom requirements that are undeclared, unused, empty or too long", () => {
    expect(messages({ ...BASE, niceToHaveSkills: ["cobolx"] })).toEqual([
      "requirements.niceToHaveSkills.0: “cobolx” is not a known skill id. Use an id of the skills taxonomy (the requirements editor suggests them).",
    ]);
    expect(messages({ ...BASE, niceToHaveSkills: ["custom:Kroll"] })).toEqual([
      "requirements.customSkills: “Kroll” is used as a custom requirement but not listed in customSkills: add its name there.",
    ]);
    expect(messages({ ...BASE, customSkills: ["Kroll"] })).toEqual([
      "requirements.customSkills.0: The custom requirement “Kroll” is neither a must-have nor a nice-to-have: use it, or remove it.",
    ]);
    expect(messages({ ...BASE, niceToHaveSkills: ["custom: "], customSkills: [" "] })[0]).toBe(
      "requirements.customSkills.0: A custom requirement needs a name of 2 to 80 characters.",
    );
    const long = "x".repeat(81);
    expect(messages({ ...BASE, niceToHaveSkills: [`custom:${long}`], customSkills: [long] })).toEqual([
      "requirements.customSkills.0: A custom requirement needs a name of 2 to 80 characters.",
    ]);
    expect(messages({ ...BASE, softSkills: ["custom:Kroll"], niceToHaveSkills: [], customSkills: [] })).toContain(
      "requirements.softSkills.0: “Kroll” is a custom requirement: add it as a must-have or nice-to-have, not as a soft skill.",
    );
  });

  it("hold the limits", () => {
    const many = Array.from({ length: 41 }, (_, i) => `custom:Tool ${i}`);
    const result = requirementsEditSchema.safeParse({
      ...BASE,
      mustHaveSkills: many,
      mustHaveGroups: many.map((id) => [id]),
      customSkills: many.map((id) => id.slice(7)),
    });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      "A job has at most 40 must-have requirements.",
      "A job has at most 30 custom requirements.",
    ]);
  });
});
