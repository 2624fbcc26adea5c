// Grows the skills taxonomy from open data: the tools and technologies of O*NET's "Technology
// Skills" file and the languages and fields of knowledge of ESCO's skills file. Writes tables in the hand-written format
// to lib/engine/skills/data/open/<category>.txt plus open/SOURCE.md (licence, attribution, the
// checksums of the files read); `npx tsx lib/engine/skills/data/build-taxonomy.ts` then merges
// them into taxonomy.json. The raw downloads are never committed, only the generated tables.
//
//   npx tsx scripts/build-open-taxonomy.ts --onet "DIR/Technology Skills.txt" --esco DIR/skills_en.csv \
//     [--words /usr/share/dict/words] [--occupations DIR/occupations.csv]
//
// Selection (being selective keeps "names not in the posting" down):
// - O*NET examples that are a "hot technology" or listed for at least MIN_OCCUPATIONS occupations,
//   written as product names (generic descriptions such as "Calendar and scheduling software" are
//   skipped), in a commodity class mapped to a taxonomy category below; the vendor is dropped for an
//   alias ("Apple Xcode" → "Xcode") when that vendor names several products;
// - ESCO languages: a label X for which ESCO also has "understand spoken X" or "write X";
// - ESCO fields of knowledge: noun-phrase labels of one to three words ("clinical immunology", "marketing mix"),
//   told from ESCO's verb-phrase skills by the first word's gerund ("organise" → "organising" is a word);
// - nothing whose name or alias the hand-written tables already own (those tables stay the authority).
// Gating: a form that is also an English word ("Spring", "Cypress", "Puppet") or a short acronym is
// case-sensitive and marked ambiguous, so the matcher counts it only with context of its own field
// (lib/engine/skills/context.ts): a neighbouring skill, a skills list, "written in …".
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { openDir, readTables, slugify, srcDir, surfaceKey } from "../lib/engine/skills/data/build-taxonomy";
import type { SkillCategory, TaxonomySkill } from "../lib/engine/skills/taxonomy-schema";

const MIN_OCCUPATIONS = 3;
/** Longest ESCO knowledge label imported: longer ones are descriptions rather than terms a posting writes. */
const MAX_KNOWLEDGE_WORDS = 3;

/** O*NET commodity classes → taxonomy category; classes not listed are not imported. */
const CATEGORY_OF_COMMODITY: Record<string, SkillCategory> = {
  "Development environment software": "software",
  "Object or component oriented development software": "software",
  "Web platform development software": "software",
  "Program testing software": "software",
  "Application server software": "software",
  "Web page creation and editing software": "software",
  "Enterprise application integration software": "software",
  "Transaction server software": "software",
  "Operating system software": "cloud_devops",
  "Configuration management software": "cloud_devops",
  "Network monitoring software": "cloud_devops",
  "Network security or virtual private network VPN management software": "cloud_devops",
  "Transaction security and virus protection software": "cloud_devops",
  "Cloud-based management software": "cloud_devops",
  "Cloud-based data access and sharing software": "cloud_devops",
  "Backup or archival software": "cloud_devops",
  "Internet directory services software": "cloud_devops",
  "Administration software": "cloud_devops",
  "Analytical or scientific software": "data_ml",
  "Data base user interface and query software": "data_ml",
  "Data base management system software": "data_ml",
  "Business intelligence and data analysis software": "data_ml",
  "Data base reporting software": "data_ml",
  "Metadata management software": "data_ml",
  "Geographic information system": "data_ml",
  "Map creation software": "data_ml",
  "Graphics or photo imaging software": "design",
  "Video creation and editing software": "design",
  "Computer aided design CAD software": "operations",
  "Computer aided manufacturing CAM software": "operations",
  "Industrial control software": "operations",
  "Inventory management software": "operations",
  "Materials requirements planning logistics and supply chain software": "operations",
  "Enterprise resource planning ERP software": "operations",
  "Facilities management software": "operations",
  "Desktop publishing software": "design",
  "Music or sound editing software": "design",
  "Project management software": "product",
  "Process mapping and design software": "product",
  "Medical software": "healthcare",
  "Accounting software": "finance",
  "Financial analysis software": "finance",
  "Tax preparation software": "finance",
  "Customer relationship management CRM software": "sales_marketing",
  "Sales and marketing software": "sales_marketing",
  "Point of sale POS software": "sales_marketing",
  "Human resources software": "professional",
  "Time accounting software": "professional",
  "Word processing software": "professional",
  "Spreadsheet software": "professional",
  "Office suite software": "professional",
  "Presentation software": "professional",
  "Document management software": "professional",
  "Computer based training software": "professional",
  "Multi-media educational software": "professional",
};

/** Broader skills (partial credit, field context) of a commodity class, where one class is one practice. */
const BROADER_OF_COMMODITY: Record<string, string> = {
  "Accounting software": "accounting-software",
  "Computer aided design CAD software": "cad",
  "Enterprise resource planning ERP software": "erp-systems",
  "Customer relationship management CRM software": "crm",
  "Human resources software": "hris",
  "Time accounting software": "timekeeping",
  "Business intelligence and data analysis software": "business-intelligence",
  "Program testing software": "software-testing",
  "Configuration management software": "configuration-management",
  "Network monitoring software": "network-monitoring",
  "Graphics or photo imaging software": "graphic-design",
  "Video creation and editing software": "video-editing",
  "Music or sound editing software": "audio-editing",
  "Inventory management software": "inventory-management",
  "Materials requirements planning logistics and supply chain software": "supply-chain-management",
};

/**
 * Vendors dropped from a product's name for its short alias ("Apple Xcode" → "Xcode"). Kept as data:
 * O*NET writes "Vendor Product" without marking where the vendor ends ("Red Hat WildFly").
 */
const VENDORS = [
  "Amazon Web Services",
  "Microsoft",
  "Oracle",
  "IBM",
  "Adobe Systems",
  "Adobe",
  "Apache",
  "Google",
  "Autodesk",
  "Apple",
  "ESRI",
  "SAP",
  "Amazon",
  "Atlassian",
  "Corel",
  "Intuit",
  "Red Hat",
  "National Instruments",
  "Bentley Systems",
  "Bentley",
  "Siemens",
  "Dassault Systemes",
  "Cisco Systems",
  "Cisco",
  "Trimble",
  "Avid Technology",
  "Avid",
  "Sage",
  "Hewlett Packard",
  "HP",
  "Hyland Software",
  "Hyland",
  "GE Healthcare",
  "Allscripts",
  "Ultimate Software",
  "Salesforce",
  "Infor",
  "Epic Systems",
  "Cerner",
  "SAS Institute",
  "VMware",
  "Citrix",
  "Bloomberg",
  "Thomson Reuters",
  "Wolters Kluwer",
  "Kronos",
  "Blackbaud",
  "Unity Technologies",
  "JetBrains",
  "MathWorks",
  "The MathWorks",
  "Minitab",
  "Tableau Software",
  "Meta",
];

/**
 * Consumer platforms O*NET lists as marketing tools: in postings they are company links and apply channels
 * ("follow us on LinkedIn") far more often than requirements, so they are not imported.
 */
const CONSUMER_PLATFORMS = new Set([
  "Facebook",
  "LinkedIn",
  "Instagram",
  "Twitter",
  "YouTube",
  "Pinterest",
  "TikTok",
  "FaceTime",
  "Snapchat",
  "WhatsApp",
  "Yelp",
  "Reddit",
  "Craigslist",
  "Google",
]);

const CONNECTORS = new Set(["of", "for", "and", "the", "&", "de", "to", "in", "on"]);

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

interface Candidate {
  name: string;
  aliases: string[];
  category: SkillCategory;
  broader?: string;
  /** The name is also an everyday word of another sense (a language's name is its people's adjective: "a Danish company"). */
  gateName?: boolean;
  /** A field or body of knowledge written in ordinary lowercase words: matched in any case, gated only as a single word. */
  knowledge?: boolean;
  /** Short note kept as a comment in the table: where the entry came from. */
  source: string;
}

/**
 * "Perforce software" → "Perforce"; null for a description rather than a product name ("Presentation
 * software", "Calendar and scheduling software").
 */
export function productName(example: string, words: ReadonlySet<string>): string | null {
  const name = example.replace(/\s+(?:software|systems?)$/i, "").trim();
  const parts = name.split(/\s+/);
  if (parts.length === 0 || name.length < 2 || CONSUMER_PLATFORMS.has(name) || name.includes(":")) return null;
  if (name !== example && parts.length === 1 && words.has(name.toLowerCase())) return null;
  const descriptive = parts.some((w) => /^[a-z]/.test(w) && !CONNECTORS.has(w) && !/[A-Z0-9]/.test(w.slice(1)));
  return descriptive ? null : name;
}

function readOnet(file: string, words: ReadonlySet<string>): Candidate[] {
  const rows = parse(readFileSync(file, "utf8"), { columns: true, delimiter: "\t", relax_quotes: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  const byExample = new Map<string, { occupations: Set<string>; hot: boolean; commodity: string }>();
  for (const r of rows) {
    const example = (r.Example ?? "").trim();
    if (!example) continue;
    const e = byExample.get(example) ?? { occupations: new Set<string>(), hot: false, commodity: r["Commodity Title"] ?? "" };
    e.occupations.add(r["O*NET-SOC Code"] ?? "");
    e.hot ||= r["Hot Technology"] === "Y";
    byExample.set(example, e);
  }
  const products = [...byExample]
    .filter(([, e]) => e.hot || e.occupations.size >= MIN_OCCUPATIONS)
    .flatMap(([example, e]) => {
      const name = productName(example, words);
      const category = CATEGORY_OF_COMMODITY[e.commodity];
      return name && category ? [{ name, category, e }] : [];
    });
  return products.map(({ name, category, e }) => {
    const { base, acronym } = splitAcronym(name);
    // "Microsoft Publisher" and "Bloomberg Professional" keep their vendor: alone they are English words.
    const vendor = VENDORS.find((v) => {
      const rest = base.slice(v.length + 1);
      return (
        base.startsWith(`${v} `) && /^[A-Za-z]/.test(rest) && /[A-Z0-9]/.test(rest) && !(!/\s/.test(rest) && words.has(rest.toLowerCase()))
      );
    });
    const short = vendor ? base.slice(vendor.length + 1) : base;
    const forms = [vendor ? base : "", acronym && vendor ? `${vendor} ${acronym}` : "", acronym ?? ""];
    const aliases = [...new Set(forms.filter((a) => a !== "" && a !== short))];
    return {
      name: short,
      aliases,
      category,
      broader: BROADER_OF_COMMODITY[e.commodity],
      source: `O*NET: ${e.commodity}, ${e.occupations.size} occupations${e.hot ? ", hot technology" : ""}`,
    };
  });
}

/** "Active Server Pages ASP" / "Experience Manager (AEM)" → the name and its acronym, written apart. */
export function splitAcronym(name: string): { base: string; acronym?: string } {
  const m = /^(.+?)\s+\(?([A-Z][A-Z0-9&]{1,7})\)?$/.exec(name);
  if (!m?.[1] || !m[2]) return { base: name };
  // The acronym's letters are capitals of the words before it, in order: "JavaServer Pages JSP", "JavaScript
  // Object Notation JSON", with a vendor allowed in front ("Microsoft SQL Server Reporting Services SSRS").
  // A parenthesised one is an acronym whatever it spells ("Adobe Experience Manager (AEM)").
  if (/\)$/.test(name)) return { base: m[1], acronym: m[2] };
  const capitals = m[1].replace(/[^A-Z0-9]/g, "");
  let at = 0;
  for (const ch of m[2].replace(/&/g, "")) {
    at = capitals.indexOf(ch, at) + 1;
    if (at === 0) return { base: name };
  }
  return { base: m[1], acronym: m[2] };
}

function readEsco(file: string): Record<string, string>[] {
  return parse(readFileSync(file, "utf8"), { columns: true, relax_quotes: true, skip_empty_lines: true }) as Record<string, string>[];
}

/** ESCO's knowledge concepts; the words of all its labels (preferred and alternative) tell its verbs. */
function readEscoKnowledge(rows: readonly Record<string, string>[], words: ReadonlySet<string>): Candidate[] {
  const vocabulary = new Set([
    ...words,
    ...rows.flatMap((r) => `${r.preferredLabel ?? ""} ${r.altLabels ?? ""}`.toLowerCase().match(/[a-z]+/g) ?? []),
  ]);
  return escoKnowledge(
    rows.map((r) => r.preferredLabel ?? ""),
    vocabulary,
  );
}

function readEscoLanguages(rows: readonly Record<string, string>[]): Candidate[] {
  const labels = new Set(rows.map((r) => (r.preferredLabel ?? "").trim()));
  const out: Candidate[] = [];
  for (const label of labels) {
    if (!/^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(label)) continue;
    if (!labels.has(`understand spoken ${label}`) && !labels.has(`write ${label}`)) continue;
    out.push({
      name: label,
      aliases: [`${label} language`, `fluent in ${label}`],
      category: "professional",
      broader: "foreign-languages",
      gateName: true,
      source: "ESCO: language",
    });
  }
  return out;
}

/** Words of a knowledge label → the category it joins (first rule that matches); the rest are professional. */
const CATEGORY_OF_KNOWLEDGE: [RegExp, SkillCategory][] = [
  [
    /\b(?:medic|clinic|patho|pharma|anatom|physiolog|disease|nurs|therap|dental|surg|immun|health|biolog|bio|genetic|chemi|neuro|psychiatr|toxicolog|epidemiolog)/,
    "healthcare",
  ],
  [/\b(?:software|comput|program|informatics|digital|web|cyber|ict\b|internet)/, "software"],
  [/\b(?:data|statistic|mathemat|algebra|calculus|physics|probability|machine learning|analytics)/, "data_ml"],
  [/\b(?:financ|account|tax|invest|bank|insur|econom|loan|mortgage|budget|audit|actuar)/, "finance"],
  [/\b(?:market|sales|advertis|brand|retail|e-?commerce|public relations)/, "sales_marketing"],
  [/\b(?:design|graphic|typograph|photograph|animation)/, "design"],
  [
    /\b(?:engineer|mechanic|electric|electronic|manufactur|construct|weld|logistic|supply chain|machin|material|energy|metal|automation|robotic|hydraulic|thermo)/,
    "operations",
  ],
];

/**
 * The first word of an ESCO label is a verb ("identify", "organise") when its gerund is a word (of ESCO's labels or
 * the word list). Nouns that are also verbs ("control engineering", "water policies") are lost with them.
 */
export function isVerb(word: string, vocabulary: ReadonlySet<string>): boolean {
  const w = word.toLowerCase();
  const forms = [
    `${w}ing`,
    w.endsWith("e") ? `${w.slice(0, -1)}ing` : "",
    /[^aeiou][aeiou][bdglmnprt]$/.test(w) ? `${w}${w.slice(-1)}ing` : "",
  ];
  return forms.some((f) => f !== "" && vocabulary.has(f)) || /(?:ise|ize|ify)$/.test(w);
}

/** A single word that names a discipline by its form ("immunology", "robotics", "metallurgy"): no other sense to gate. */
const DISCIPLINE = /(?:olog|onom|ograph|urg)y$|(?:ics|istry)$/;

/** A label written as a field of study: a discipline's single word or a phrase ending in "law", "science", "studies"... */
const FIELD_OF_STUDY = /^[a-z]+(?:olog|onom|ograph|urg)y$|^[a-z]+(?:ics|istry)$| (?:law|science|sciences|studies|theory|theories)$/;

/** A surface key with its last word in the singular and the plural: "mechanics" → "mechanic", "mechanics". */
export function numberForms(key: string): string[] {
  return [...new Set([key, key.endsWith("s") ? key.slice(0, -1) : `${key}s`])];
}

/** "population genetics" → "Population Genetics" (short function words stay lowercase). */
function titleCase(label: string): string {
  return label.replace(/[A-Za-z][\w'-]*/g, (w, at: number) =>
    at > 0 && CONNECTORS.has(w) ? w : (w[0] as string).toUpperCase() + w.slice(1),
  );
}

/**
 * ESCO knowledge concepts, fields and bodies of knowledge ("population genetics", "marketing mix", "biotechnology"):
 * preferred labels that are noun phrases of one to MAX_KNOWLEDGE_WORDS words (ESCO writes skills and competences as
 * verb phrases: "identify available services"). Labels of "types of …" and "principles of …" describe a list, not
 * a term a posting writes.
 */
export function escoKnowledge(labels: readonly string[], vocabulary: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  for (const label of new Set(labels.map((l) => l.trim().replace(/\s+/g, " ")))) {
    const words = label.split(" ");
    if (
      words.length > MAX_KNOWLEDGE_WORDS ||
      !/^[a-z][a-z' -]*[a-z]$/.test(label) ||
      /^(?:types|principles|characteristics) of /.test(label)
    )
      continue;
    if (isVerb(words[0] as string, vocabulary) || CONNECTORS.has(words[words.length - 1] as string)) continue;
    // A single plural word names things ("sensors", "cameras"), not a field ("physics", "diagnosis").
    if (words.length === 1 && /[^s]s$/.test(label) && !/(?:ics|sis)$/.test(label)) continue;
    // Outside the categories' words only what is written as a field of study is taken: "property law", "political
    // science", "sociology"; not "personal development" or "capacity building", which postings use as plain words.
    const category = CATEGORY_OF_KNOWLEDGE.find(([re]) => re.test(label))?.[1] ?? (FIELD_OF_STUDY.test(label) ? "professional" : null);
    if (!category) continue;
    out.push({ name: titleCase(label), aliases: [], category, knowledge: true, source: "ESCO: knowledge" });
  }
  return out;
}

/** One table line; forms that are English words or short acronyms need context (`?`, case-sensitive). */
export function tableLine(c: Candidate, words: ReadonlySet<string>, broader: string[]): string {
  if (c.knowledge) {
    // Matched in any case; a single word that is also an English word ("energy", "rehabilitation") needs context
    // unless its form names a discipline.
    const single = c.name.toLowerCase();
    const gate = !/\s/.test(single) && words.has(single) && !DISCIPLINE.test(single) ? "?" : "";
    return `${gate}${c.name} {${slugify(c.name)}} | | ${broader.join(", ")} |`.trimEnd();
  }
  const needsContext = (form: string) =>
    (c.gateName === true && form === c.name) ||
    (!/\s/.test(form) && (words.has(form.toLowerCase()) || form.length <= 4)) ||
    /^[A-Z0-9&/.+#-]{1,3}$/.test(form);
  const forms = [c.name, ...c.aliases];
  const gated = forms.some(needsContext);
  const mark = (f: string) => (needsContext(f) ? `?${f}` : f);
  const clean = (f: string) =>
    f
      .replace(/[|,{}?]/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  const head = mark(clean(c.name));
  const aliases = c.aliases.map((a) => mark(clean(a))).join(", ");
  return `${head} {${slugify(c.name)}} | ${aliases} | ${broader.join(", ")} | | ${gated ? "cs" : ""}`.trimEnd();
}

/**
 * "The MathWorks MATLAB", "StataCorp Stata", "Google Android": a word of the name that is not an English word
 * and already names a skill of ours makes this the same product under its vendor's name.
 */
function namesOwnedProduct(name: string, owned: ReadonlySet<string>, words: ReadonlySet<string>): boolean {
  return name.split(/\s+/).some((w) => w.length >= 3 && !words.has(w.toLowerCase()) && owned.has(surfaceKey(w)));
}

function main(): void {
  const onetFile = option("--onet");
  const escoFile = option("--esco");
  const wordsFile = option("--words") ?? "/usr/share/dict/words";
  if (!onetFile || !escoFile) {
    console.error(
      'usage: npx tsx scripts/build-open-taxonomy.ts --onet "DIR/Technology Skills.txt" --esco DIR/skills_en.csv [--words FILE]',
    );
    process.exit(2);
  }
  const words = new Set(
    readFileSync(wordsFile, "utf8")
      .split("\n")
      .filter((w) => /^[A-Za-z]+$/.test(w))
      .map((w) => w.toLowerCase()),
  );
  const handWritten = readTables(srcDir);
  const owned = new Set(handWritten.flatMap((s: TaxonomySkill) => [s.name, ...s.aliases].map(surfaceKey)));
  const ids = new Set(handWritten.map((s) => s.id));
  const byCategory = new Map<SkillCategory, string[]>();
  let kept = 0;
  const esco = readEsco(escoFile);
  for (const c of [...readOnet(onetFile, words), ...readEscoLanguages(esco), ...readEscoKnowledge(esco, words)]) {
    const forms = [c.name, ...c.aliases].map(surfaceKey);
    const id = slugify(c.name);
    // A field of knowledge also yields to a skill owning its singular or plural ("mechanics" is the mechanic's).
    const taken = c.knowledge ? forms.flatMap(numberForms) : forms;
    if (!id || ids.has(id) || taken.some((f) => owned.has(f)) || namesOwnedProduct(c.name, owned, words)) continue;
    ids.add(id);
    for (const f of forms) owned.add(f);
    const broader = c.broader && ids.has(c.broader) ? [c.broader] : [];
    const lines = byCategory.get(c.category) ?? [];
    lines.push(`# ${c.source}`, tableLine(c, words, broader));
    byCategory.set(c.category, lines);
    kept++;
  }
  rmSync(openDir, { recursive: true, force: true });
  mkdirSync(openDir, { recursive: true });
  const header = "# Generated by scripts/build-open-taxonomy.ts from ESCO and O*NET (CC BY 4.0; see SOURCE.md). Do not edit by hand.\n";
  for (const [category, lines] of [...byCategory].sort(([a], [b]) => a.localeCompare(b))) {
    writeFileSync(path.join(openDir, `${category}.txt`), `${header}${lines.join("\n")}\n`);
  }
  const occupationsFile = option("--occupations");
  if (occupationsFile) writeRoles(occupationsFile, owned);
  writeFileSync(path.join(openDir, "SOURCE.md"), sourceNote(onetFile, escoFile, kept, occupationsFile));
  console.log(
    `wrote ${kept} skills to ${path.relative(process.cwd(), openDir)}/ (${[...byCategory].map(([c, l]) => `${c}=${l.length / 2}`).join(" ")})`,
  );
}

/**
 * open/roles.list: the taxonomy's forms that are an ESCO occupation's title or alternative title ("nurse",
 * "recruiter", "data scientist"), from the occupations extract (columns preferred_label, alt_labels joined by "|").
 */
function writeRoles(file: string, forms: ReadonlySet<string>): void {
  const rows = parse(readFileSync(file, "utf8"), { columns: true, relax_quotes: true, skip_empty_lines: true }) as Record<string, string>[];
  const titles = new Set(rows.flatMap((r) => [r.preferred_label ?? "", ...(r.alt_labels ?? "").split("|")].map(surfaceKey)));
  const roles = [...forms].filter((f) => f !== "" && titles.has(f)).sort();
  const header = "# Generated by scripts/build-open-taxonomy.ts from ESCO occupations (see SOURCE.md). Do not edit by hand.\n";
  writeFileSync(path.join(openDir, "roles.list"), `${header}${roles.join("\n")}\n`);
}

function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

function sourceNote(onetFile: string, escoFile: string, kept: number, occupationsFile?: string): string {
  const occupations = occupationsFile
    ? `- **ESCO occupations** (\`${path.basename(occupationsFile)}\`, sha256 \`${sha256(occupationsFile)}\`): titles and alternative
  titles of ESCO v1.1.1 occupations. This product uses the ESCO classification of the European Commission
  (© European Union, reused under the Commission's reuse policy, Decision 2011/833/EU); read from the project's extract
  of the tabiya-tech/tabiya-open-dataset republication. Used only to list in \`roles.list\` which of the taxonomy's forms
  name an occupation ("nurse", "recruiter"), whose plural the matcher does not read as the skill.
`
    : "";
  return `# Open-data taxonomy tables — source, licence and attribution

Generated by \`scripts/build-open-taxonomy.ts\` (${kept} skills); do not edit the tables by hand, change the
script and run it again, then \`npx tsx lib/engine/skills/data/build-taxonomy.ts\`.

## Sources

- **O*NET "Technology Skills"** (\`${path.basename(onetFile)}\`, sha256 \`${sha256(onetFile)}\`): this product uses
  information from the O*NET database by the U.S. Department of Labor, Employment and Training Administration
  (USDOL/ETA), used under the CC BY 4.0 licence (https://creativecommons.org/licenses/by/4.0/). O*NET® is a
  trademark of USDOL/ETA. We selected and modified the data (product names only, vendors dropped for an alias,
  mapped to our categories); USDOL/ETA has not approved, endorsed or tested these modifications.
- **ESCO skills** (\`${path.basename(escoFile)}\`, sha256 \`${sha256(escoFile)}\`): ESCO, the European
  Skills/Competences, Qualifications and Occupations classification, © European Union, https://esco.ec.europa.eu,
  licensed under CC BY 4.0. Two kinds of concept were taken, preferred labels only: languages (a label X with
  "understand spoken X" or "write X") and fields of knowledge (noun-phrase labels of one to ${MAX_KNOWLEDGE_WORDS} words, title-cased;
  ESCO writes skills and competences as verb phrases, which are left out). The file read holds ESCO's
  cross-sector and transversal concepts; its alternative labels are not aligned with their rows, so none is used.

${occupations}
## Selection

O*NET examples that are a hot technology or listed for at least ${MIN_OCCUPATIONS} occupations, written as product names, in a
commodity class mapped to one of our categories; nothing whose name or alias the hand-written tables in \`../src\`
already own. Forms that are also English words (per the word list given with \`--words\`) or short acronyms are
case-sensitive and marked \`?\`: the matcher counts them only with context of their field. A field of knowledge
matches in any case; written as a single everyday English word ("energy") it is marked \`?\` too, a discipline's
name ("immunology", "robotics") is not. Its category comes
from the words of its label (\`CATEGORY_OF_KNOWLEDGE\`); a label with none of those words is taken only when written
as a field of study (\`FIELD_OF_STUDY\`: "property law", "political science", "sociology"), as professional.

## Where the inputs were read

The same bytes (checksums above) as published in public GitHub copies: \`Technology Skills.txt\` in
bstunney/onet-analysis, \`skills_en.csv\` in MoffApps/Skills; the word list is Debian's \`wamerican\`
(/usr/share/dict/words).
`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
