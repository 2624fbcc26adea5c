// Job-reading benchmark: runs the engine's parseJobDescription on every posting of one or more
// gold files (format of relevance-holdout-1/jobs-gold.json) and scores the requirements it reads.
//
//   npm run bench:jobs [-- --gold PATH]... [--split tune|test|all] [--posting ID]... [--json] [--details]
//
// --details lists each posting's errors; a wrongly extracted skill is followed by the first posting
// line that names it (title, company, duty or requirement text). Use it with --split tune only.
//
// Default gold files: ../shared/bench/relevance-holdout-1/jobs-gold.json (released dev data),
// bench/relevance-new-1|2|3|4/jobs-gold.json and bench/jobs-gold/gold.json (the project's own sets),
// each skipped with a note when absent. Postings are read from jobs/<id>.txt or
// postings/<id>.txt next to the gold file. A gold file with a split.json beside it is reported per
// split (tune, and the frozen test split); one without is all "tune" (it is development data).
//
// Matching rules (scripts/lib/jobs-gold-scoring.ts):
// - Names: an extracted skill is the same as a gold name when its taxonomy id is one the gold name
//   names (canonical name or alias, compared case-, accent-, punctuation-insensitively; "X (Y)" also
//   stands for "X" and "Y"), or when its own name/aliases equal the gold name. A name without an id
//   (a custom requirement, e.g. a phrase read from the posting) equals a gold name also when the two
//   differ only by plural endings or a trailing "certificate"/"certification" ("F-Gas" = "F-Gas
//   Certification", "regulation impact statements" = "Regulation Impact Statement").
// - Must-haves: a gold nested list is one "any one of" group. A gold group is covered (recall) when
//   some extracted must-have (from any extracted group) is one of its alternatives or one of the
//   `details` listed under an alternative. An extracted must-have is right (precision) when it meets
//   some gold must group that way. A wrong one is a "not-a-requirement" hit when the gold lists it
//   in not_requirements or the posting names it nowhere (neither its name nor an alias); a tier
//   error (wrong, not noise) when the gold has it as nice or context_ok; else an unlabelled error.
// - Grouping (counted apart): an extracted any-of group meeting two gold groups is "merged"; a gold
//   any-of group whose alternatives are met by two extracted groups is "split".
// - Title skills (skills the job title names that the body does not require) are judged as
//   nice-to-haves: right when the gold has them as nice or context_ok, wrong when it has them as must.
// - Nice-to-haves: an extracted nice is right when the gold has it as nice (with details) or
//   context_ok; recall = gold nice groups met by an extracted nice (a nice read as must is not).
// - Scalars (null = not stated): min_years exact (0 = null: no minimum); degree_required and degree_or_equivalent as
//   true-or-not; degree_level exact ("none" = null); required_certifications: every gold group met
//   by exactly one extracted required group (alternatives share the engine's anyOf) and no extra
//   groups, names matching as above or by one containing the other; workplace exact;
//   allowed_countries as a set (null/[] = anywhere; US/USA/UK/EU synonyms); visa_sponsorship exact.
// - Totals are pooled over postings (micro-averaged); not-a-requirement hits are per posting.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { getSkill, getTaxonomy, type JobRequirements, parseJobDescription, prepareJob } from "../lib/engine";
import { customSkillName } from "../lib/engine/score/custom-skill-id";
import { jobCountry } from "../lib/engine/score/location";
import {
  buildNameIndex,
  type Extracted,
  type ExtractedSkill,
  type GoldJob,
  type NameIndex,
  type PostingScore,
  SCALAR_FIELDS,
  type Summary,
  scorePosting,
  summarize,
} from "./lib/jobs-gold-scoring";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const options = (name: string) => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1] as string] : []));

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.join(here, "..");
// ../shared sits beside the main checkout; a worktree under /work/wt/<name> is one level deeper.
const shared =
  [path.join(root, "..", "shared"), path.join(root, "..", "..", "shared")].find((p) => existsSync(p)) ?? path.join(root, "..", "shared");
const DEFAULT_GOLD = [
  path.join(shared, "bench", "relevance-holdout-1", "jobs-gold.json"),
  path.join(root, "bench", "relevance-new-1", "jobs-gold.json"),
  path.join(root, "bench", "jobs-gold", "gold.json"),
  path.join(root, "bench", "relevance-new-2", "jobs-gold.json"),
  path.join(root, "bench", "relevance-new-3", "jobs-gold.json"),
  path.join(root, "bench", "relevance-new-4", "jobs-gold.json"),
  path.join(root, "bench", "relevance-new-5", "jobs-gold.json"),
  path.join(root, "bench", "relevance-new-6", "jobs-gold.json"),
];

type Split = "tune" | "test";

interface GoldSet {
  name: string;
  file: string;
  jobs: [string, GoldJob, string][];
  splitOf: (id: string) => Split;
  hasSplit: boolean;
}

function loadGold(file: string): GoldSet {
  const dir = path.dirname(file);
  const data = JSON.parse(readFileSync(file, "utf8")) as { jobs: Record<string, GoldJob> };
  const jobs: [string, GoldJob, string][] = Object.entries(data.jobs).map(([id, gold]) => {
    const posting = [path.join(dir, "jobs", `${id}.txt`), path.join(dir, "postings", `${id}.txt`)].find((p) => existsSync(p));
    if (!posting) throw new Error(`${file}: no posting text for "${id}" (looked for jobs/${id}.txt and postings/${id}.txt)`);
    return [id, gold, readFileSync(posting, "utf8")];
  });
  const splitFile = path.join(dir, "split.json");
  const test = existsSync(splitFile) ? new Set((JSON.parse(readFileSync(splitFile, "utf8")) as { test: string[] }).test) : null;
  return {
    name: path.basename(dir),
    file,
    jobs,
    splitOf: (id) => (test?.has(id) ? "test" : "tune"),
    hasSplit: test !== null,
  };
}

// A custom requirement (`custom:<name>`, typed or read from the posting) is judged by its name.
const skill = (id: string): ExtractedSkill => ({ id: getSkill(id) ? id : null, name: getSkill(id)?.name ?? customSkillName(id) ?? id });

/** Eligibility as requirements schema 4 states it (helper-jobparse's branch); absent before. */
type StatedEligibility = { countries: string[]; sponsorship: "yes" | "no" | null };

/**
 * What the engine's requirements mean to a recruiter, in the gold's terms. Eligibility comes from
 * the requirements' own `eligibility` when they have one, else the way scoring reads older
 * requirements (the location knockout's country, the no-sponsorship rule).
 */
function engineView(req: JobRequirements, text: string): Extracted {
  const covered = new Set((req.mustHaveGroups ?? []).flat());
  const must = [...(req.mustHaveGroups ?? []), ...req.mustHaveSkills.filter((id) => !covered.has(id)).map((id) => [id])].map((g) =>
    g.map(skill),
  );
  const certGroups = new Map<string, ExtractedSkill[]>();
  req.certifications.forEach((c, i) => {
    if (!c.required) return;
    const key = c.anyOf === undefined ? `single:${i}` : `anyOf:${c.anyOf}`;
    certGroups.set(key, [...(certGroups.get(key) ?? []), { id: c.id, name: c.name }]);
  });
  // An on-site or hybrid job with no stated country list is tied to its location's country, as the
  // location knockout reads it.
  const stated = (req as { eligibility?: StatedEligibility }).eligibility;
  const located = jobCountry(req.location);
  const allowed = stated && stated.countries.length > 0 ? stated.countries : located ? [located] : null;
  let sponsorship: boolean | null;
  if (stated) sponsorship = stated.sponsorship === null ? null : stated.sponsorship === "yes";
  else sponsorship = prepareJob(req, text).noSponsorship ? false : null;
  return {
    must,
    // Title skills (schema 5) weigh like a strong nice-to-have and are never knockouts: judged as nice-to-haves.
    nice: [...req.niceToHaveSkills, ...(req.titleSkills ?? [])].map(skill),
    scalars: {
      min_years: req.minYearsExperience,
      degree_required: req.degree ? req.degree.required : null,
      degree_level: req.degree?.level ?? null,
      degree_or_equivalent: req.degree ? req.degree.orEquivalentExperience : null,
      required_certifications: [...certGroups.values()],
      workplace: req.location?.workplace ?? null,
      allowed_countries: allowed,
      visa_sponsorship: sponsorship,
    },
  };
}

interface Row {
  set: string;
  id: string;
  split: Split;
  score: PostingScore;
  /** The posting's text (for --details: the line a wrong skill came from). */
  text: string;
}

/**
 * Where a wrongly extracted skill came from: the first posting line naming it (its name or an alias),
 * so a reader sees whether it was a title, company, duty or requirement line.
 */
function sourceOf(error: string, text: string): string {
  const m = /^(?:must (?:not_requirement|tier|unlabelled)|nice wrong): (.+) \([a-z_]+\)$/.exec(error);
  const skill = m ? getTaxonomy().skills.find((s) => s.name === m[1]) : undefined;
  if (!skill) return "";
  const literal = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const flags = skill.caseSensitive ? "u" : "iu";
  const res = [skill.name, ...skill.aliases].map((n) => new RegExp(`(?<![\\p{L}\\d])${literal(n)}(?![\\p{L}\\d])`, flags));
  const line = text.split("\n").find((l) => res.some((re) => re.test(l)));
  return line ? `  ← "${line.trim().slice(0, 100)}"` : "";
}

const f2 = (v: number | null) => (v === null ? "  n/a" : v.toFixed(2).padStart(5));

function printTable(title: string, rows: Row[], details: boolean): Summary {
  const s = summarize(rows.map((r) => r.score));
  console.log(`\n== ${title} (${rows.length} postings)`);
  console.log(`${"posting".padEnd(34)} mustP mustR notReq tier other group niceP niceR scalars`);
  for (const r of rows) {
    const p = r.score;
    const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
    console.log(
      `${r.id.padEnd(34)} ${f2(ratio(p.mustCorrect, p.mustExtracted))} ${f2(ratio(p.mustCovered, p.mustGold))} ${String(p.notRequirement).padStart(6)} ${String(p.tier).padStart(4)} ${String(p.unlabelled).padStart(5)} ${String(p.merged.length + p.split.length).padStart(5)} ${f2(ratio(p.niceCorrect, p.niceExtracted))} ${f2(ratio(p.niceCovered, p.niceGold))}     ${p.scalarsRight.length}/${SCALAR_FIELDS.length}`,
    );
    if (details) for (const e of p.errors) console.log(`    - ${e}${sourceOf(e, r.text)}`);
  }
  console.log(
    `${"overall".padEnd(34)} ${f2(s.mustPrecision)} ${f2(s.mustRecall)} ${f2(s.notRequirementPerPosting).padStart(6)} ${f2(s.tierPerPosting).padStart(4)} ${f2(s.unlabelledPerPosting)} ${String(s.groupingErrors).padStart(5)} ${f2(s.nicePrecision)} ${f2(s.niceRecall)}   ${f2(s.scalarAccuracy)}`,
  );
  console.log(`  scalar accuracy by field: ${SCALAR_FIELDS.map((f) => `${f} ${f2(s.scalarByField[f]).trim()}`).join(", ")}`);
  return s;
}

function main() {
  const split = (options("--split")[0] ?? "all") as Split | "all";
  if (!["tune", "test", "all"].includes(split)) throw new Error(`--split must be tune, test or all (got "${split}")`);
  const only = new Set(options("--posting"));
  const goldFiles = options("--gold").length > 0 ? options("--gold").map((p) => path.resolve(p)) : DEFAULT_GOLD;
  const index: NameIndex = buildNameIndex(getTaxonomy().skills);
  const tables: { title: string; rows: Row[] }[] = [];
  for (const file of goldFiles) {
    if (!existsSync(file)) {
      console.log(`(skipped: ${file} does not exist)`);
      continue;
    }
    const set = loadGold(file);
    const rows: Row[] = set.jobs
      .filter(([id]) => (split === "all" || set.splitOf(id) === split) && (only.size === 0 || only.has(id)))
      .map(([id, gold, text]) => ({
        set: set.name,
        id,
        split: set.splitOf(id),
        score: scorePosting(gold, engineView(parseJobDescription(text), text), text, index),
        text,
      }));
    if (!set.hasSplit) tables.push({ title: set.name, rows });
    else
      for (const sp of ["tune", "test"] as const)
        if (split === "all" || split === sp)
          tables.push({ title: `${set.name} — ${sp === "test" ? "frozen test" : "tune"} split`, rows: rows.filter((r) => r.split === sp) });
  }
  if (flag("--json")) {
    const out = tables.map((t) => ({
      title: t.title,
      summary: summarize(t.rows.map((r) => r.score)),
      postings: t.rows.map(({ text: _text, ...row }) => row),
    }));
    console.log(JSON.stringify(out, null, 2));
    return;
  }
  console.log("Job-reading bench — must/nice precision (P) and recall (R), not-a-requirement must-haves,");
  console.log("tier errors (nice/context read as must), other wrong must-haves (unlabelled), grouping errors,");
  console.log("scalar fields right; overall pooled (notReq, tier, other: per posting).");
  for (const t of tables) if (t.rows.length > 0) printTable(t.title, t.rows, flag("--details"));
}

main();
