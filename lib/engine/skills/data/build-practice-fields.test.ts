import { describe, expect, it } from "vitest";
import type { TaxonomySkill } from "../taxonomy-schema";
import { type Occupation, fieldOfOccupation, placeFields, practiceCandidates, practiceOfTitle, vocabulary } from "./build-practice-fields";

const skill = (id: string, name: string, aliases: string[] = [], category: TaxonomySkill["category"] = "operations"): TaxonomySkill => ({
  id,
  name,
  category,
  aliases,
  broader: [],
  related: [],
});

// An invented slice of an occupation classification: titles, and group labels that write fields.
const occupations: Occupation[] = [
  { isco: "2165", labels: ["tunnel surveyor", "underground surveyor", "surveyor"] },
  { isco: "2222", labels: ["community midwife", "midwife"] },
  { isco: "2212", labels: ["forensic pathologist"] },
  { isco: "2511", labels: ["cloud surveyor"] },
  { isco: "2632", labels: ["field researcher"] },
  { isco: "2263", labels: ["ai engineer"] },
];
const groups = ["Midwifery professionals", "Pathology laboratory technicians", "Surveying and mapping technicians"];
const existing = [skill("surveying", "Surveying", ["land surveying", "surveyor"]), skill("civil-engineering", "Civil Engineering")];
const words = vocabulary(occupations, groups, existing);

describe("practice field of an occupation title", () => {
  it("derives the practice from the head noun's suffix", () => {
    expect(practiceCandidates("surveyor")).toContain("surveying");
    expect(practiceCandidates("pathologist")).toContain("pathology");
    expect(practiceCandidates("midwife")).toEqual(["midwifery"]);
    expect(practiceCandidates("radiographer")).toEqual(["radiography"]);
  });

  it("keeps a derived word only when it is written as a field (group labels) or a skill name's head", () => {
    expect(practiceOfTitle("tunnel surveyor", words)?.name).toBe("tunnel surveying");
    expect(practiceOfTitle("forensic pathologist", words)?.name).toBe("forensic pathology");
    expect(practiceOfTitle("midwife", words)?.name).toBe("midwifery");
    // "researching" is neither a field in the labels nor a skill's head word.
    expect(practiceOfTitle("field researcher", words)).toBeNull();
  });

  it("skips one-word gerunds, ranks and acronyms", () => {
    expect(practiceOfTitle("surveyor", words)).toBeNull();
    expect(practiceOfTitle("senior tunnel surveyor", words)).toBeNull();
    expect(practiceOfTitle("ai engineer", words)).toBeNull();
  });

  it("takes professionals outside ICT only", () => {
    expect(fieldOfOccupation(occupations[3] as Occupation, words)).toBeNull();
    const tunnel = fieldOfOccupation(occupations[0] as Occupation, words);
    expect(tunnel?.name).toBe("Tunnel Surveying");
    // The one-word title "surveyor" names the broader practice, not this one.
    expect(tunnel?.forms).not.toContain("surveyor");
  });
});

describe("the name of an occupation's field", () => {
  it("is the most general field its titles narrow, and keeps sibling titles apart", () => {
    const vocab = vocabulary([], [], [skill("teaching", "Teaching", [], "professional")]);
    const uni: Occupation = { isco: "2310", labels: ["university physics teacher", "physics teacher", "university chemistry teacher"] };
    const field = fieldOfOccupation(uni, vocab);
    expect(field?.name).toBe("Physics Teaching");
    expect(field?.forms).toContain("university physics teacher");
    expect(field?.forms).not.toContain("university chemistry teacher");
    expect(field?.siblings).toContain("university chemistry teacher");
  });
});

describe("placing practice fields in the taxonomy", () => {
  it("creates a new field under the existing one-word practice of the same trade", () => {
    const tunnel = fieldOfOccupation(occupations[0] as Occupation, words);
    const out = placeFields(tunnel ? [tunnel] : [], existing);
    expect(out.fields.map((f) => [f.name, f.broader])).toEqual([["Tunnel Surveying", "surveying"]]);
  });

  it("gives a covered field's titles to the existing skill as aliases instead of duplicating it", () => {
    const covered = { name: "Land Surveying", category: "operations" as const, forms: ["land surveyor", "Cadastre Surveying"] };
    const out = placeFields([covered], existing);
    expect(out.fields).toEqual([]);
    expect(out.aliases.get("surveying")).toEqual(["land surveyor", "cadastre surveying"]);
  });

  it("does not give a plural's singular to a second skill", () => {
    const plural = { name: "Land Surveyings", category: "operations" as const, forms: [] };
    expect(placeFields([plural], existing).fields).toEqual([]);
  });
});
