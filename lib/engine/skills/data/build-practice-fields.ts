// Generates open/practice/*: the practice field of each ESCO occupation ("quantity surveyor" →
// Quantity Surveying, "midwife" → Midwifery, "early years teacher" → Early Years Teaching), so a
// posting or resume in any occupation has its core domain as a skill. The field's name comes from the
// occupation title by the morphology of its head noun (-or/-er → -ing, -ist → -y/-ics/-istry/-ism,
// -grapher → -graphy, -ian → -ics/-ianship, -ant → -ancy, -wife → -wifery), kept only when the derived
// word is a real word: one that ESCO's occupation or ISCO group labels, or the taxonomy itself, write.
// A field an existing skill already covers is not created: its titles become that skill's aliases.
// Run: npx tsx lib/engine/skills/data/build-practice-fields.ts [path/to/esco-1.1.1]
// then: npx tsx lib/engine/skills/data/build-taxonomy.ts
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseCsvLine } from "../../../../scripts/lib/csv";
import type { SkillCategory, TaxonomySkill } from "../taxonomy-schema";
import { openDir, practiceDir, readTables, slugify, srcDir, surfaceKey } from "./build-taxonomy";

/** Title words that make a title a rank, a helper role or a generic post, not a practice of its own. */
const NOT_A_PRACTICE = new Set(
  (
    "senior junior chief head assistant trainee apprentice lead principal deputy specialist manager officer worker " +
    "technician aide helper supervisor director consultant advisor adviser expert professional practitioner operator " +
    "clerk agent coordinator associate administrator representative physician clinician member owner student intern " +
    "general other all-round graduate support supervising qualified certified advanced master chartered licensed " +
    "registered experienced team leader research development application system practice contract"
  ).split(" "),
);

/** Candidate practice words for a head noun, most specific first (each still has to be a real word). */
export function practiceCandidates(head: string): string[] {
  const out: string[] = [];
  const add = (...ws: string[]): void => {
    for (const w of ws) if (w.length > 3 && w !== head) out.push(w);
  };
  if (head.endsWith("wife")) add(`${head}ry`);
  else if (head.endsWith("grapher")) add(`${head.slice(0, -2)}y`);
  else if (head.endsWith("eer")) add(`${head}ing`);
  else if (head.endsWith("ist")) {
    const stem = head.slice(0, -3);
    add(`${stem}ics`, `${stem}y`, `${stem}istry`, `${stem}s`, `${stem}ism`);
  } else if (head.endsWith("ian")) {
    const stem = head.slice(0, -3);
    add(`${stem}ics`, `${stem}s`, `${head}ship`);
  } else if (head.endsWith("ant")) add(`${head.slice(0, -1)}cy`);
  else if (head.endsWith("ator")) add(`${head.slice(0, -2)}ing`, `${head.slice(0, -2)}ion`);
  else if (head.endsWith("or") || head.endsWith("er")) {
    const stem = head.slice(0, -2);
    add(`${stem}ing`, `${stem}eing`);
  }
  return out;
}

/** The practice a title names ("quantity surveyor" → "quantity surveying"), or null. */
const FUNCTION_WORDS = new Set(["and", "of", "in", "for", "the"]);

export interface Vocabulary {
  /** Words ESCO writes as the field of a title. */
  fields: ReadonlySet<string>;
  /** The last words of the taxonomy's skill names ("Civil Engineering" → engineering). */
  gerunds: ReadonlySet<string>;
}

export function practiceOfTitle(title: string, words: Vocabulary): { name: string; head: string } | null {
  if (!/^[a-z][a-z' -]*[a-z]$/.test(title)) return null;
  const tokens = title.split(/\s+/);
  if (tokens.length > 4 || tokens.some((t) => NOT_A_PRACTICE.has(t))) return null;
  // Short words are mostly acronyms ESCO writes in lowercase ("ai", "ict", "cgi"), which a name cannot spell.
  if (tokens.some((t) => t.length <= 3 && !FUNCTION_WORDS.has(t))) return null;
  const head = tokens[tokens.length - 1] ?? "";
  // A gerund ("surveying") is a practice only when the taxonomy already names one with it; a learned
  // form ("midwifery", "pathology") when ESCO writes it as the field of a title.
  const practice = practiceCandidates(head).find((w) => (w.endsWith("ing") ? words.gerunds.has(w) : words.fields.has(w)));
  if (!practice) return null;
  const name = [...tokens.slice(0, -1), practice].join(" ");
  // A single word is kept only when it is a discipline's name; a gerund or an action noun alone
  // ("teaching", "planning", "evaluation") is everyday language and needs the title's modifier.
  if (tokens.length === 1 && (practice.endsWith("ing") || practice.endsWith("ion"))) return null;
  return { name, head: practice };
}

export interface Occupation {
  isco: string;
  labels: string[];
}

function readOccupations(escoDir: string): Occupation[] {
  const lines = readFileSync(path.join(escoDir, "occupations.csv"), "utf8").split(/\r?\n/).filter(Boolean);
  return lines.slice(1).map((line) => {
    const [, isco = "", , pref = "", alts = ""] = parseCsvLine(line);
    const labels = [pref, ...alts.split("|")].map((l) => l.trim().replace(/\s+/g, " ").toLowerCase()).filter(Boolean);
    return { isco, labels: [...new Set(labels)] };
  });
}

/**
 * The real-word check: the words ESCO's occupation and ISCO group labels write as the field of a title
 * ("midwifery professionals", "surveying technician": any word but a title's last) and the last word of
 * the taxonomy's skill names ("Pathology", "Civil Engineering"). An -ing form made from a title
 * ("researcher" → "researching") is a practice only if someone writes it as one.
 */
export function vocabulary(
  occupations: readonly Occupation[],
  groupLabels: readonly string[],
  skills: readonly TaxonomySkill[],
): Vocabulary {
  const words = new Set<string>();
  const gerunds = new Set<string>();
  const addModifiers = (text: string): void => {
    const ws = text
      .toLowerCase()
      .split(/[^a-z']+/)
      .filter(Boolean);
    for (const w of ws.slice(0, -1)) words.add(w);
  };
  for (const o of occupations) for (const l of o.labels) addModifiers(l);
  for (const l of groupLabels) addModifiers(l);
  for (const s of skills)
    if (!s.credential)
      gerunds.add(
        s.name
          .toLowerCase()
          .split(/[^a-z']+/)
          .filter(Boolean)
          .pop() ?? "",
      );
  for (const w of gerunds) if (!w.endsWith("ing")) words.add(w);
  return { fields: words, gerunds };
}

/** Professionals and associate professionals (ISCO major groups 2 and 3), outside ICT (25, 35), whose skills the tables already cover. */
function categoryOfIsco(isco: string): SkillCategory | null {
  const sub = isco.slice(0, 2);
  if (!/^[23]/.test(sub) || sub === "25" || sub === "35") return null;
  if (sub === "22" || sub === "32") return "healthcare";
  if (sub === "21" || sub === "31") return "operations";
  const minor = isco.slice(0, 3);
  if (minor === "241" || minor === "331") return "finance";
  if (minor === "243" || minor === "332" || minor === "333") return "sales_marketing";
  return "professional";
}

export interface PracticeField {
  name: string;
  category: SkillCategory;
  /** Other derived names and the occupation titles, lowercase as ESCO writes them. */
  forms: string[];
  /** The occupation's titles of other fields of the same practice ("geriatric dentist" beside paediatric dentist). */
  siblings?: string[];
  /** The existing skill whose one-word practice this narrows ("surveying" for mine surveying). */
  broader?: string;
}

function titleCase(name: string): string {
  return name.replace(/\b[a-z]/g, (c, i) => (i > 0 && /^(and|of|in|for)\b/.test(name.slice(i)) ? c : c.toUpperCase()));
}

/** One practice field per occupation: named after its preferred title when that derives one, else its first title that does. */
export function fieldOfOccupation(o: Occupation, words: Vocabulary): PracticeField | null {
  const category = categoryOfIsco(o.isco);
  if (!category) return null;
  const derived = o.labels.map((l) => ({ title: l, practice: practiceOfTitle(l, words) }));
  const preferred = derived.find((d) => d.practice)?.practice;
  if (!preferred) return null;
  const multiword = preferred.name.includes(" ");
  // Named by the most general of its titles' fields that the preferred one narrows ("university physics
  // teacher", alias "physics teacher" → Physics Teaching), still in several words when the preferred one is.
  const first = derived
    .filter((d) => d.practice && ` ${preferred.name}`.endsWith(` ${d.practice.name}`) && (!multiword || d.practice.name.includes(" ")))
    .sort((a, b) => (a.practice?.name.length ?? 0) - (b.practice?.name.length ?? 0))[0];
  if (!first?.practice) return null;
  const forms: string[] = [];
  const siblings: string[] = [];
  for (const d of derived) {
    // Only titles of this field or a narrower one ("higher education physics teacher" for Physics Teaching):
    // a sibling ("geriatric dentist" under paediatric dentist) or a broader one ("surveyor", "mathematics
    // teacher" under university maths teacher) is another practice.
    if (!d.practice) continue;
    const target = ` ${d.practice.name}`.endsWith(` ${first.practice.name}`) ? forms : siblings;
    if (d.practice.name !== first.practice.name) target.push(titleCase(d.practice.name));
    target.push(d.title);
  }
  return { name: titleCase(first.practice.name), category, forms: [...new Set(forms)], siblings: [...new Set(siblings)] };
}

/** A surface key with its plural and singular spellings. */
export function numberForms(key: string): string[] {
  return [key, `${key}s`, key.replace(/s$/, "")];
}

export interface PracticeOutput {
  /** New skills, by category. */
  fields: PracticeField[];
  /** Forms added to an existing skill that already covers the field, by its id. */
  aliases: Map<string, string[]>;
}

/** Places each occupation's field: new skill, or aliases of the existing skill that owns one of its forms. */
export function placeFields(candidates: readonly PracticeField[], existing: readonly TaxonomySkill[]): PracticeOutput {
  const owner = new Map<string, string>();
  for (const s of existing) for (const f of [s.name, ...s.aliases]) if (!owner.has(surfaceKey(f))) owner.set(surfaceKey(f), s.id);
  const categoryOf = new Map(existing.map((s) => [s.id, s.category]));
  const claimed = new Map<string, PracticeField>();
  // The matcher reads a plural as its singular, so a form and its plural have one owner.
  const ownerOf = (f: string): string | undefined =>
    numberForms(surfaceKey(f))
      .map((k) => owner.get(k))
      .find(Boolean);
  const isClaimed = (f: string): boolean => numberForms(surfaceKey(f)).some((k) => claimed.has(k));
  const out: PracticeOutput = { fields: [], aliases: new Map() };
  for (const c of candidates) {
    // A field an existing skill owns a title of (the occupation's other titles too) is that skill's:
    // all its titles become aliases of it.
    const covering = [c.name, ...c.forms, ...(c.siblings ?? [])].map(ownerOf).find((id) => id !== undefined);
    const all = covering ? [c.name, ...c.forms, ...(c.siblings ?? [])] : [c.name, ...c.forms];
    const free = all.filter((f) => !ownerOf(f) && !isClaimed(f));
    if (covering) {
      // A one-word title ("pharmacist") heads a posting or resume: whether it stands for the skill is the
      // hand-written tables' call, so only titles in several words are added.
      const added = free.filter((f) => f.includes(" ")).map((f) => f.toLowerCase());
      if (added.length > 0) out.aliases.set(covering, [...(out.aliases.get(covering) ?? []), ...added]);
      for (const f of free) claimed.set(surfaceKey(f), c);
      continue;
    }
    const sameName = claimed.get(surfaceKey(c.name));
    const target = sameName ?? { ...c, forms: [], siblings: undefined };
    if (!sameName) {
      // The one-word practice this narrows ("surveying" for mine surveying), when it is of the same trade.
      const headId = ownerOf(c.name.split(" ").pop() ?? "");
      if (c.name.includes(" ") && headId && categoryOf.get(headId) === c.category) target.broader = headId;
      out.fields.push(target);
    }
    for (const f of free) {
      claimed.set(surfaceKey(f), target);
      if (surfaceKey(f) !== surfaceKey(target.name)) target.forms.push(f);
    }
  }
  return out;
}

function writeOutputs(out: PracticeOutput, existing: readonly TaxonomySkill[], titles: ReadonlySet<string>): void {
  const categoryOf = new Map(existing.map((s) => [s.id, s.category]));
  rmSync(practiceDir, { recursive: true, force: true });
  mkdirSync(practiceDir, { recursive: true });
  const header =
    "# Generated by lib/engine/skills/data/build-practice-fields.ts from ESCO occupations (see ../SOURCE.md). Do not edit by hand.";
  const byCategory = new Map<SkillCategory, string[]>();
  const roles = new Set<string>();
  for (const f of out.fields) {
    const broaderCategory = f.broader ? categoryOf.get(f.broader) : undefined;
    const category = broaderCategory && broaderCategory !== "credential" ? broaderCategory : f.category;
    const line = `${f.name} {practice-${slugify(f.name)}} | ${f.forms.join(", ")} | ${f.broader ?? ""} |`;
    byCategory.set(category, [...(byCategory.get(category) ?? []), line]);
    for (const form of f.forms) if (titles.has(form)) roles.add(form);
  }
  for (const [category, lines] of [...byCategory].sort())
    writeFileSync(path.join(practiceDir, `${category}.txt`), `${header}\n${lines.join("\n")}\n`);
  const aliasLines = [...out.aliases].sort().map(([id, forms]) => `${id} | ${[...new Set(forms)].join(", ")}`);
  for (const forms of out.aliases.values()) for (const f of forms) if (titles.has(f)) roles.add(f);
  writeFileSync(
    path.join(practiceDir, "aliases.list"),
    `${header}\n# existing-skill-id | forms added as its aliases\n${aliasLines.join("\n")}\n`,
  );
  writeFileSync(path.join(practiceDir, "roles.list"), `${header}\n${[...roles].sort().join("\n")}\n`);
}

function main(): void {
  const escoDir = process.argv[2] ?? "/work/shared/data/esco-1.1.1";
  const occupations = readOccupations(escoDir);
  const groups = readFileSync(path.join(escoDir, "isco_groups.csv"), "utf8")
    .split(/\r?\n/)
    .slice(1)
    .map((l) => parseCsvLine(l)[1] ?? "");
  const existing = [...readTables(srcDir), ...readTables(openDir)];
  const words = vocabulary(occupations, groups, existing);
  const candidates = occupations
    .sort((a, b) => a.isco.localeCompare(b.isco) || (a.labels[0] ?? "").localeCompare(b.labels[0] ?? ""))
    .map((o) => fieldOfOccupation(o, words))
    .filter((f): f is PracticeField => f !== null);
  const out = placeFields(candidates, existing);
  writeOutputs(out, existing, new Set(occupations.flatMap((o) => o.labels)));
  console.log(
    `${out.fields.length} practice fields, ${out.aliases.size} existing skills given aliases (from ${candidates.length} occupations)`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
