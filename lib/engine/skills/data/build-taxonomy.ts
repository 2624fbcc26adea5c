// Builds lib/engine/skills/data/taxonomy.json from the hand-written tables in ./src.
// Run: npx tsx lib/engine/skills/data/build-taxonomy.ts  (add --check to verify the
// committed JSON is up to date without writing it).
//
// Table format, one skill per line (blank lines and lines starting with # are skipped):
//   Name {id} | alias, alias, ?ambiguous alias | broader-id, … | related-id, … | flags
// - `{id}` is optional; without it the id is the kebab-case slug of the name.
// - A leading `?` on the name or an alias puts it in `ambiguousAliases` (matched only
//   with supporting context, e.g. in a skills list).
// - flags: `cs` = caseSensitive, `cred` = credential (implied by the credential file),
//   `soft` = soft skill (interpersonal or work habit: asked for everywhere, never a knockout).
//   For `cs` skills the lowercase spelling of every multi-word form is added as an alias.
// - The category is the table's file name (src/<category>.txt).
// - `related` is made symmetric here, so each sibling pair needs writing only once.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type SkillCategory, type TaxonomyFile, type TaxonomySkill, skillCategorySchema, taxonomyFileSchema } from "../taxonomy-schema";

export const TAXONOMY_DATA_VERSION = "2026.12.0";

const here = import.meta.dirname;
const srcDir = path.join(here, "src");
const outFile = path.join(here, "taxonomy.json");

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/\+/g, " plus ")
    .replace(/#/g, " sharp ")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function splitList(field: string | undefined): string[] {
  if (!field) return [];
  return field
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

interface ParsedLine {
  skill: TaxonomySkill;
  where: string;
}

function parseLine(line: string, category: SkillCategory, where: string): ParsedLine {
  const fields = line.split("|").map((f) => f.trim());
  if (fields.length > 5) throw new Error(`${where}: more than 5 fields`);
  const [head = "", aliasField, broaderField, relatedField, flagField] = fields;
  const idMatch = /^(.*?)\s*\{([^}]+)\}\s*$/.exec(head);
  let name = (idMatch ? idMatch[1] : head)?.trim() ?? "";
  const ambiguous: string[] = [];
  if (name.startsWith("?")) {
    name = name.slice(1).trim();
    ambiguous.push(name);
  }
  const id = idMatch?.[2]?.trim() ?? slugify(name);
  const aliases: string[] = [];
  for (const raw of splitList(aliasField)) {
    const alias = raw.startsWith("?") ? raw.slice(1).trim() : raw;
    if (raw.startsWith("?")) ambiguous.push(alias);
    if (alias !== name && !aliases.includes(alias)) aliases.push(alias);
  }
  const flags = splitList(flagField?.replace(/\s+/g, ","));
  for (const flag of flags) {
    if (flag !== "cs" && flag !== "cred" && flag !== "soft") throw new Error(`${where}: unknown flag "${flag}"`);
  }
  if (flags.includes("cs")) {
    // Case sensitivity exists for short forms ("RN", "Go"); multi-word forms are
    // unambiguous in any case, so their lowercase spelling is matched too.
    for (const form of [name, ...aliases]) {
      const lower = form.toLowerCase();
      if (!/\s/.test(form) || lower === form || lower === name || aliases.includes(lower)) continue;
      aliases.push(lower);
      if (ambiguous.includes(form)) ambiguous.push(lower);
    }
  }
  const skill: TaxonomySkill = {
    id,
    name,
    category,
    aliases,
    broader: splitList(broaderField),
    related: splitList(relatedField),
  };
  if (flags.includes("cs")) skill.caseSensitive = true;
  if (ambiguous.length > 0) skill.ambiguousAliases = ambiguous;
  if (flags.includes("cred") || category === "credential") skill.credential = true;
  if (flags.includes("soft")) skill.soft = true;
  return { skill, where };
}

/**
 * How matchers compare surface forms: case-folded, with hyphens, underscores and runs of
 * whitespace treated as one space ("front-end" = "front end") and curly apostrophes straightened.
 */
export function surfaceKey(form: string): string {
  return form
    .toLowerCase()
    .replace(/[-_\u2010-\u2012\s]+/g, " ")
    .replace(/\u2019/g, "'")
    .trim();
}

/** Problems that make the data unusable; an empty list means the taxonomy is consistent. */
export function findTaxonomyProblems(skills: TaxonomySkill[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, TaxonomySkill>();
  for (const skill of skills) {
    if (byId.has(skill.id)) problems.push(`duplicate id "${skill.id}"`);
    byId.set(skill.id, skill);
  }
  // Every surface form (name or alias), case-folded, may belong to one skill only,
  // unless one of the owners marks it ambiguous.
  const owners = new Map<string, { id: string; ambiguous: boolean }[]>();
  for (const skill of skills) {
    const ambiguous = new Set((skill.ambiguousAliases ?? []).map(surfaceKey));
    const forms = new Set([skill.name, ...skill.aliases].map(surfaceKey));
    for (const form of forms) {
      const list = owners.get(form) ?? [];
      list.push({ id: skill.id, ambiguous: ambiguous.has(form) });
      owners.set(form, list);
    }
    for (const form of [skill.name, ...skill.aliases]) {
      if (form.trim() !== form || form === "" || form.endsWith("?")) problems.push(`${skill.id}: bad surface form "${form}"`);
    }
    for (const a of skill.ambiguousAliases ?? []) {
      if (!forms.has(surfaceKey(a))) problems.push(`${skill.id}: ambiguous alias "${a}" is not a name or alias`);
    }
    for (const ref of [...skill.broader, ...skill.related]) {
      if (!byId.has(ref)) problems.push(`${skill.id}: unknown id "${ref}"`);
      if (ref === skill.id) problems.push(`${skill.id}: refers to itself`);
    }
    for (const b of skill.broader) {
      if (skill.related.includes(b)) problems.push(`${skill.id}: "${b}" is both broader and related`);
    }
  }
  for (const [form, list] of owners) {
    if (list.length > 1 && !list.some((o) => o.ambiguous)) {
      problems.push(`surface form "${form}" shared by ${list.map((o) => o.id).join(", ")}`);
    }
  }
  // Broader chains must not loop, or partial-credit expansion would never end.
  const state = new Map<string, 1 | 2>();
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 2) return;
    if (state.get(id) === 1) {
      problems.push(`broader cycle: ${[...trail, id].join(" → ")}`);
      return;
    }
    state.set(id, 1);
    for (const b of byId.get(id)?.broader ?? []) visit(b, [...trail, id]);
    state.set(id, 2);
  };
  for (const skill of skills) visit(skill.id, []);
  return problems;
}

export function buildTaxonomy(): TaxonomyFile {
  const skills: TaxonomySkill[] = [];
  const files = readdirSync(srcDir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  for (const file of files) {
    const category = skillCategorySchema.parse(file.replace(/\.txt$/, ""));
    const lines = readFileSync(path.join(srcDir, file), "utf8").split("\n");
    lines.forEach((line, i) => {
      const trimmed = line.trim();
      if (trimmed === "" || trimmed.startsWith("#")) return;
      skills.push(parseLine(trimmed, category, `${file}:${i + 1}`).skill);
    });
  }
  // Matchers that try aliases in file order stop at the first owner of a surface form, so a
  // skill that marks a shared form ambiguous ("?Chef" for the config tool) goes after the
  // skill that owns it plainly (culinary "chef"); otherwise the plain owner could never match.
  const plainForms = new Set<string>();
  for (const skill of skills) {
    const amb = new Set((skill.ambiguousAliases ?? []).map(surfaceKey));
    for (const f of [skill.name, ...skill.aliases]) if (!amb.has(surfaceKey(f))) plainForms.add(surfaceKey(f));
  }
  const yields = (s: TaxonomySkill): boolean => (s.ambiguousAliases ?? []).some((a) => plainForms.has(surfaceKey(a)));
  skills.sort((x, y) => Number(yields(x)) - Number(yields(y)));

  // Symmetric siblings: if A lists B as related, B lists A too.
  const byId = new Map(skills.map((s) => [s.id, s]));
  for (const skill of skills) {
    for (const rel of skill.related) {
      const other = byId.get(rel);
      if (other && !other.related.includes(skill.id) && !other.broader.includes(skill.id)) {
        other.related.push(skill.id);
      }
    }
  }
  return taxonomyFileSchema.parse({
    version: TAXONOMY_DATA_VERSION,
    description:
      "Canonical skills, tools, practices and credentials seen in resumes and job descriptions, with aliases, broader skills (partial credit) and related siblings (weaker partial credit).",
    license: "Written by the resume-checker team; no third-party list was copied. See SOURCE.md.",
    skills,
  });
}

/** One skill per line keeps diffs of the committed file reviewable. */
export function serializeTaxonomy(file: TaxonomyFile): string {
  const head = JSON.stringify({ version: file.version, description: file.description, license: file.license });
  const body = file.skills.map((s) => `    ${JSON.stringify(s)}`).join(",\n");
  return `${head.slice(0, -1)},\n  "skills": [\n${body}\n  ]\n}\n`;
}

function main(): void {
  const taxonomy = buildTaxonomy();
  const problems = findTaxonomyProblems(taxonomy.skills);
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    console.error(`${problems.length} problem(s); taxonomy.json not written`);
    process.exit(1);
  }
  const text = serializeTaxonomy(taxonomy);
  const counts = new Map<string, number>();
  for (const s of taxonomy.skills) counts.set(s.category, (counts.get(s.category) ?? 0) + 1);
  const summary = [...counts].map(([c, n]) => `${c}=${n}`).join(" ");
  if (process.argv.includes("--check")) {
    const current = readFileSync(outFile, "utf8");
    if (current !== text) {
      console.error("taxonomy.json is out of date: run npx tsx lib/engine/skills/data/build-taxonomy.ts");
      process.exit(1);
    }
    console.log(`taxonomy.json up to date: ${taxonomy.skills.length} skills (${summary})`);
    return;
  }
  writeFileSync(outFile, text);
  console.log(`wrote ${path.relative(process.cwd(), outFile)}: ${taxonomy.skills.length} skills (${summary})`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
