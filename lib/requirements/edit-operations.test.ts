import { describe, expect, it } from "vitest";
import {
  addAlternative,
  addCertificationAlternative,
  addGroup,
  certificationGroups,
  groupIndexOf,
  mergeGroups,
  moveTitleSkill,
  removeAlternative,
  removeCertification,
  removeGroup,
  setCertificationRequired,
  splitAlternative,
  splitCertification,
} from "./edit-operations";

const groups = [["python", "go"], ["sql"], ["docker"]];

describe("must-have groups", () => {
  it("adds a skill as a new requirement, once", () => {
    expect(addGroup(groups, "kubernetes")).toEqual([...groups, ["kubernetes"]]);
    expect(addGroup(groups, "go")).toBe(groups);
  });

  it("adds an alternative to a group, never a skill that is already a must-have", () => {
    expect(addAlternative(groups, 1, "postgresql")).toEqual([["python", "go"], ["sql", "postgresql"], ["docker"]]);
    expect(addAlternative(groups, 1, "docker")).toBe(groups);
    expect(addAlternative(groups, 7, "rust")).toBe(groups);
  });

  it("removes an alternative, and the group when it was the last", () => {
    expect(removeAlternative(groups, 0, "go")).toEqual([["python"], ["sql"], ["docker"]]);
    expect(removeAlternative(groups, 1, "sql")).toEqual([["python", "go"], ["docker"]]);
    expect(removeGroup(groups, 0)).toEqual([["sql"], ["docker"]]);
  });

  it("splits an alternative out into its own requirement right after its group", () => {
    expect(splitAlternative(groups, 0, "python")).toEqual([["go"], ["python"], ["sql"], ["docker"]]);
    expect(splitAlternative(groups, 1, "sql")).toBe(groups);
  });

  it("merges two requirements into one either-or where the first was", () => {
    expect(mergeGroups(groups, 1, 2)).toEqual([
      ["python", "go"],
      ["sql", "docker"],
    ]);
    expect(mergeGroups(groups, 2, 0)).toEqual([["sql"], ["docker", "python", "go"]]);
    expect(mergeGroups(groups, 1, 1)).toBe(groups);
  });

  it("split then merge gives the group back", () => {
    const split = splitAlternative(groups, 0, "go");
    expect(mergeGroups(split, 0, 1)).toEqual(groups);
    expect(groupIndexOf(split, "go")).toBe(1);
    expect(groupIndexOf(split, "rust")).toBeNull();
  });
});

describe("certification alternatives", () => {
  const certs = [
    { id: "registered-nurse", name: "RN license (Wisconsin)", required: true },
    { id: null, name: "BLS", required: false },
  ];

  it("groups alternatives and keeps the rest on their own", () => {
    const withAlt = addCertificationAlternative(certs, 0, { id: null, name: "Multistate NLC license" });
    expect(withAlt).toEqual([
      { id: "registered-nurse", name: "RN license (Wisconsin)", required: true, anyOf: 0 },
      { id: null, name: "BLS", required: false },
      { id: null, name: "Multistate NLC license", required: true, anyOf: 0 },
    ]);
    expect(certificationGroups(withAlt)).toEqual([[0, 2], [1]]);
  });

  it("sets required for the whole group", () => {
    const withAlt = addCertificationAlternative(certs, 0, { id: null, name: "NLC" });
    expect(setCertificationRequired(withAlt, 2, false).map((c) => c.required)).toEqual([false, false, false]);
  });

  it("drops the grouping once only one is left, by removing or splitting", () => {
    const withAlt = addCertificationAlternative(certs, 0, { id: null, name: "NLC" });
    expect(removeCertification(withAlt, 2)).toEqual(certs);
    expect(splitCertification(withAlt, 0)).toEqual([certs[0], certs[1], { id: null, name: "NLC", required: true }]);
    const three = addCertificationAlternative(withAlt, 0, { id: null, name: "Illinois RN" });
    expect(certificationGroups(splitCertification(three, 2))).toEqual([[0, 3], [1], [2]]);
  });
});

describe("title skills", () => {
  const lists = { mustHaveGroups: [["patient-care"]], niceToHaveSkills: ["epic"], titleSkills: ["critical-care", "nursing"] };

  it("moves a title skill to a must-have of its own", () => {
    expect(moveTitleSkill(lists, "critical-care", "must")).toEqual({
      mustHaveGroups: [["patient-care"], ["critical-care"]],
      niceToHaveSkills: ["epic"],
      titleSkills: ["nursing"],
    });
  });

  it("moves a title skill to the nice-to-haves", () => {
    expect(moveTitleSkill(lists, "nursing", "nice")).toEqual({
      mustHaveGroups: [["patient-care"]],
      niceToHaveSkills: ["epic", "nursing"],
      titleSkills: ["critical-care"],
    });
  });

  it("leaves the lists alone for a skill the title does not name", () => {
    expect(moveTitleSkill(lists, "epic", "must")).toBe(lists);
  });
});
