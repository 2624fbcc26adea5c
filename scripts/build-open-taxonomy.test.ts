import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDefaultSkillMatcher, getSkill } from "../lib/engine";
import { openDir } from "../lib/engine/skills/data/build-taxonomy";
import { escoKnowledge, isVerb, productName, splitAcronym, tableLine } from "./build-open-taxonomy";

const words = new Set(["presentation", "spring", "cypress", "publisher", "professional"]);

describe("open-data taxonomy import", () => {
  it("keeps product names and skips descriptions", () => {
    expect(productName("Perforce software", words)).toBe("Perforce");
    expect(productName("Calendar and scheduling software", words)).toBeNull();
    expect(productName("Presentation software", words)).toBeNull();
    expect(productName("Facebook", words)).toBeNull();
  });

  it("writes an acronym apart from the words it spells", () => {
    expect(splitAcronym("JavaServer Pages JSP")).toEqual({ base: "JavaServer Pages", acronym: "JSP" });
    expect(splitAcronym("Experience Manager (AEM)")).toEqual({ base: "Experience Manager", acronym: "AEM" });
    expect(splitAcronym("Windows XP")).toEqual({ base: "Windows XP" });
  });

  it("gates forms that are English words, short names and language adjectives behind context", () => {
    expect(tableLine({ name: "Cypress", aliases: [], category: "software", source: "" }, words, [])).toMatch(/^\?Cypress .*\| cs$/);
    expect(tableLine({ name: "Ada", aliases: [], category: "software", source: "" }, words, [])).toMatch(/^\?Ada /);
    expect(tableLine({ name: "Kubeflow", aliases: [], category: "software", source: "" }, words, [])).not.toMatch(/\?/);
    expect(
      tableLine({ name: "Danish", aliases: ["fluent in Danish"], category: "professional", gateName: true, source: "" }, words, [
        "foreign-languages",
      ]),
    ).toBe("?Danish {danish} | fluent in Danish | foreign-languages | | cs");
  });

  it("ships its licence and attribution with the generated tables", () => {
    const note = readFileSync(path.join(openDir, "SOURCE.md"), "utf8");
    expect(note).toMatch(/CC BY 4\.0/);
    expect(note).toMatch(/USDOL\/ETA/);
    expect(note).toMatch(/© European Union/);
    expect(existsSync(path.join(openDir, "professional.txt"))).toBe(true);
  });

  it("reads a language as a requirement, not as the adjective of a company", () => {
    expect(getSkill("danish")?.broader).toContain("foreign-languages");
    const ids = (text: string) =>
      getDefaultSkillMatcher()
        .match(text)
        .map((m) => m.id);
    expect(ids("You are fluent in Danish and English")).toContain("danish");
    expect(ids("We are a Danish company building wind turbines")).not.toContain("danish");
  });

  it("takes ESCO's fields of knowledge and leaves its verb-phrase skills", () => {
    const vocabulary = new Set(["identifying", "organising", "controlling", "population", "genetics"]);
    expect(isVerb("identify", vocabulary)).toBe(true);
    expect(isVerb("control", vocabulary)).toBe(true);
    expect(isVerb("population", vocabulary)).toBe(false);
    const names = escoKnowledge(
      [
        "identify available services",
        "population genetics",
        "clinical immunology",
        "types of wood",
        "sensors",
        "physics",
        "organise events",
        "personal development",
        "property law",
      ],
      vocabulary,
    ).map((c) => `${c.name}/${c.category}`);
    // "personal development" has no field's word and is not written as a field of study: postings mean it plainly.
    expect(names).toEqual([
      "Population Genetics/healthcare",
      "Clinical Immunology/healthcare",
      "Physics/data_ml",
      "Property Law/professional",
    ]);
  });

  it("matches a field of knowledge in any case, an everyday single word only with context", () => {
    const [genetics, energy, immunology] = escoKnowledge(["population genetics", "energy", "immunology"], new Set());
    const words = new Set(["energy", "immunology"]);
    const line = tableLine(genetics as never, words, []);
    expect(line).toMatch(/^Population Genetics \{population-genetics\} \|/);
    expect(line).not.toMatch(/\?|\bcs$/);
    expect(tableLine(energy as never, words, [])).toMatch(/^\?Energy \{energy\} /);
    // A discipline's name has no everyday sense to tell apart.
    expect(tableLine(immunology as never, words, [])).toMatch(/^Immunology \{immunology\} /);
    const ids = (text: string) =>
      getDefaultSkillMatcher()
        .match(text)
        .map((m) => m.id);
    expect(ids("You hold a PhD in clinical immunology or a related field.")).toContain("clinical-immunology");
  });

  it("marks the taxonomy's occupation titles so their plural names colleagues, not a requirement", () => {
    expect(getSkill("data-science")?.roleAliases).toContain("data scientist");
    const ids = (text: string) =>
      getDefaultSkillMatcher()
        .match(text)
        .map((m) => m.id);
    expect(ids("You'll work with analysts, data scientists and product engineers on the warehouse.")).not.toContain("data-science");
    expect(ids("Data scientist with five years of statistics and machine learning.")).toContain("data-science");
  });
});
