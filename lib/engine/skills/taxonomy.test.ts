import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildTaxonomy, findTaxonomyProblems, serializeTaxonomy } from "./data/build-taxonomy";
import { getSkill, getTaxonomy, TAXONOMY_VERSION } from "./taxonomy";
import { skillCategorySchema, type TaxonomySkill, taxonomyFileSchema } from "./taxonomy-schema";

const { skills, byId } = getTaxonomy();

/** Every skill whose name or alias equals `form` (case-insensitively unless the skill is case-sensitive). */
function owners(form: string): TaxonomySkill[] {
  return skills.filter((s) => [s.name, ...s.aliases].some((f) => (s.caseSensitive ? f === form : f.toLowerCase() === form.toLowerCase())));
}

function isAmbiguous(skill: TaxonomySkill, form: string): boolean {
  return (skill.ambiguousAliases ?? []).some((a) => a.toLowerCase() === form.toLowerCase());
}

describe("skills taxonomy data", () => {
  it("has a version and at least 1,500 skills", () => {
    expect(TAXONOMY_VERSION).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
    expect(getTaxonomy().version).toBe(TAXONOMY_VERSION);
    expect(skills.length).toBeGreaterThanOrEqual(1500);
  });

  it("passes the taxonomy schema (getTaxonomy trusts the bundled file and does not parse it at start)", () => {
    const committed: unknown = JSON.parse(readFileSync(path.join(import.meta.dirname, "data", "taxonomy.json"), "utf8"));
    const parsed = taxonomyFileSchema.safeParse(committed);
    expect(parsed.error?.issues.slice(0, 5)).toBeUndefined();
    expect(parsed.data).toEqual(committed);
  });

  it("is the file the build produces from the source tables (regenerate after editing data/src)", () => {
    const committed = readFileSync(path.join(import.meta.dirname, "data", "taxonomy.json"), "utf8");
    expect(serializeTaxonomy(buildTaxonomy()) === committed).toBe(true);
  });

  it("has at least 40 skills in every category", () => {
    for (const category of skillCategorySchema.options) {
      const count = skills.filter((s) => s.category === category).length;
      expect(count, category).toBeGreaterThanOrEqual(40);
    }
  });

  it("has unique ids, resolvable references and no alias collisions", () => {
    expect(byId.size).toBe(skills.length);
    const unknownRefs = skills.flatMap((s) => [...s.broader, ...s.related].filter((id) => !byId.has(id)));
    expect(unknownRefs).toEqual([]);
    expect(findTaxonomyProblems(skills)).toEqual([]);
  });

  it("has symmetric related links", () => {
    const oneWay = skills.flatMap((s) =>
      s.related
        .filter((id) => {
          const other = byId.get(id);
          return other !== undefined && !other.related.includes(s.id) && !other.broader.includes(s.id);
        })
        .map((id) => `${s.id} -> ${id}`),
    );
    expect(oneWay).toEqual([]);
  });

  it("flags surface forms shared by two skills as ambiguous in at least one of them", () => {
    const seen = new Map<string, TaxonomySkill[]>();
    for (const s of skills) {
      for (const f of new Set([s.name, ...s.aliases].map((x) => x.toLowerCase()))) {
        seen.set(f, [...(seen.get(f) ?? []), s]);
      }
    }
    const clashes = [...seen].filter(([f, list]) => list.length > 1 && !list.some((s) => isAmbiguous(s, f)));
    expect(clashes.map(([f]) => f)).toEqual([]);
  });

  it.each([
    ["k8s", "kubernetes"],
    ["K8s", "kubernetes"],
    ["Postgres", "postgresql"],
    ["PostgreSQL", "postgresql"],
    ["psql", "postgresql"],
    ["Amazon Web Services", "aws"],
    ["AWS", "aws"],
    ["ReactJS", "react"],
    ["React.js", "react"],
    ["JS", "javascript"],
    ["TS", "typescript"],
    ["ML", "machine-learning"],
    ["NLP", "nlp"],
    ["GCP", "google-cloud"],
    ["Google Cloud Platform", "google-cloud"],
    ["RN", "registered-nurse"],
    ["Registered Nurse", "registered-nurse"],
    ["FP&A", "financial-planning-and-analysis"],
    ["Node", "node-js"],
    ["Node.js", "node-js"],
    ["NodeJS", "node-js"],
    ["Vue", "vue-js"],
    ["Vue.js", "vue-js"],
    ["PySpark", "pyspark"],
    ["ITU", "critical-care"],
    ["ICU", "critical-care"],
    ["Golang", "go"],
    ["C#", "c-sharp"],
    ["Excel", "microsoft-excel"],
    ["MEDDPICC", "meddic"],
    ["IFRS", "ifrs"],
    ["Epic", "epic"],
    ["BLS", "bls"],
    ["PMP", "pmp"],
    ["CKA", "cka"],
  ])("maps %s to %s", (form, id) => {
    expect(owners(form).map((s) => s.id)).toContain(id);
  });

  it("keeps well-known broader and sibling links", () => {
    expect(getSkill("postgresql")?.broader).toEqual(expect.arrayContaining(["sql", "relational-databases"]));
    expect(getSkill("pytorch")?.broader).toEqual(expect.arrayContaining(["deep-learning", "machine-learning"]));
    expect(getSkill("react")?.broader).toEqual(expect.arrayContaining(["javascript", "frontend-development"]));
    expect(getSkill("react")?.related).toEqual(expect.arrayContaining(["vue-js", "angular"]));
    expect(getSkill("airflow")?.related).toEqual(expect.arrayContaining(["dagster", "prefect"]));
    expect(getSkill("pyspark")?.broader).toEqual(expect.arrayContaining(["apache-spark", "python"]));
  });

  it("guards short or common-word names with case sensitivity or ambiguity", () => {
    for (const [id, form] of [
      ["go", "Go"],
      ["r-language", "R"],
      ["c-language", "C"],
      ["microsoft-word", "Word"],
      ["microsoft-access", "Access"],
      ["chef-config", "Chef"],
      ["puppet-config", "Puppet"],
    ] as const) {
      const skill = getSkill(id);
      expect(skill, id).toBeDefined();
      if (skill) expect(skill.caseSensitive === true || isAmbiguous(skill, form), id).toBe(true);
    }
    for (const id of ["swift", "rust", "ruby", "registered-nurse", "microsoft-excel"]) {
      expect(getSkill(id)?.caseSensitive, id).toBe(true);
    }
  });

  it("flags licenses and certifications as credentials", () => {
    for (const id of [
      "registered-nurse",
      "licensed-practical-nurse",
      "ccrn",
      "bls",
      "acls",
      "pals",
      "cpa",
      "cfa",
      "pmp",
      "cka",
      "cissp",
      "six-sigma-green-belt",
      "cdl",
      "real-estate-license",
      "aws-solutions-architect-associate",
    ]) {
      expect(getSkill(id)?.credential, id).toBe(true);
    }
    for (const s of skills.filter((x) => x.category === "credential")) expect(s.credential, s.id).toBe(true);
    expect(getSkill("python")?.credential).toBeUndefined();
  });

  it("has no self references", () => {
    const selfRefs = skills.filter((s) => s.broader.includes(s.id) || s.related.includes(s.id)).map((s) => s.id);
    expect(selfRefs).toEqual([]);
  });

  it("reports a broader cycle and an unmarked shared alias as problems", () => {
    const a: TaxonomySkill = { id: "a", name: "Alpha", category: "software", aliases: ["AX"], broader: ["b"], related: [] };
    const b: TaxonomySkill = { id: "b", name: "Beta", category: "software", aliases: ["ax"], broader: ["a"], related: [] };
    const problems = findTaxonomyProblems([a, b]);
    expect(problems.some((p) => p.startsWith("broader cycle"))).toBe(true);
    expect(problems.some((p) => p.includes('"ax" shared by a, b'))).toBe(true);
    expect(findTaxonomyProblems([a, { ...b, broader: [], ambiguousAliases: ["ax"] }])).toEqual([]);
  });

  it("refuses one concept split over two skills by its number, unless one is a product name", () => {
    const skill = (id: string, aliases: string[], caseSensitive = false): TaxonomySkill => ({
      id,
      name: id,
      category: "operations",
      aliases,
      broader: [],
      related: [],
      ...(caseSensitive ? { caseSensitive } : {}),
    });
    const split = [skill("driving", ["route inspections"]), skill("inspection", ["route inspection"])];
    expect(findTaxonomyProblems(split).some((p) => p.includes('"route inspections" (driving)'))).toBe(true);
    expect(findTaxonomyProblems([skill("driving", ["route inspections", "route inspection"]), skill("inspection", [])])).toEqual([]);
    expect(findTaxonomyProblems([skill("banking", ["deal books"]), skill("dealbook-app", ["deal book"], true)])).toEqual([]);
  });
});
