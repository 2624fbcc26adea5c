// SkillSpan bench: runs the engine on the job postings of SkillSpan (Zhang et al., NAACL 2022; MIT
// licence; https://github.com/kris927b/SkillSpan) and scores the skills it reads against the
// human-annotated skill and knowledge spans. The data is read at run time and never committed.
//
//   npm run bench:skillspan -- --data DIR [--split train,dev] [--json]     (or SKILLSPAN_DIR=DIR)
//       (--split: only these splits, e.g. the tuning splits while working; default all three)
//   npm run bench:skillspan -- --data DIR --missed train|dev [--source house|tech] [--top N]
//       (missed knowledge spans of a tuning split, most frequent first, marked "duties" when the parser
//       read them as duties only, "dropped" when the matcher found them, "unknown" when nobody did)
//
// DIR is a checkout of the repository (with data/json/<split>.json) or its bare git directory
// (as the project's fetch tool returns it; read with `git show HEAD:data/json/<split>.json`).
// Postings are rebuilt from the tokens (joined by spaces, one sentence per line) and grouped by
// source ("house": postings of a job platform, many outside software; "tech": StackOverflow) and
// split (train, dev, test). Tune on train/dev only: the test split is for reporting.
//
// Four extractors are scored: the job parser (parseJobDescription: must-haves and nice-to-haves,
// what a recruiter sees), the same plus the skills it read in the duties (context for similarity,
// never requirements: every skill the parser found in the posting), the skill matcher alone (every
// taxonomy skill it finds) and, for scale, a crude baseline with no taxonomy (every run of
// capitalised tokens).
// Measures (scripts/lib/skillspan-scoring.ts):
// - knowledge recall: annotated knowledge spans (tools, technologies, fields) covered by an output
//   skill, where a skill covers a span when its name or one of its aliases appears in the span as
//   whole words, or the span appears in the name/alias (case and punctuation ignored);
// - not in posting: output skills whose name and aliases all occur nowhere in the posting; and
//   "only ambiguous": those whose name and unambiguous aliases occur nowhere (found only through an
//   alias the taxonomy marks as needing context: "tooling", "SW", "PR", "production");
// - precision: output skills that cover, or are covered by, some annotated span (skill or knowledge).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { customSkillName } from "../lib/engine/score/custom-skill-id";
import { getDefaultSkillMatcher, getSkill, getTaxonomy, type DegreeLevel, type JobRequirements, parseJobDescription } from "../lib/engine";
import { DEGREE_LEVEL_NAMES } from "../lib/engine/parse/job/degree";
import { buildNameIndex, type NameIndex } from "./lib/jobs-gold-scoring";
import {
  capitalisedPhrases,
  covers,
  groupPostings,
  namedIn,
  type SkillSpanPosting,
  type SkillSpanSentence,
  skillNames,
} from "./lib/skillspan-scoring";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const SPLITS = ["train", "dev", "test"] as const;

function readSplit(dir: string, split: string): string {
  const file = path.join(dir, "data", "json", `${split}.json`);
  if (existsSync(file)) return readFileSync(file, "utf8");
  return execFileSync("git", ["--git-dir", dir, "show", `HEAD:data/json/${split}.json`], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

function loadSplit(dir: string, split: string): SkillSpanPosting[] {
  const sentences = readSplit(dir, split)
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as SkillSpanSentence);
  return groupPostings(sentences);
}

type Extractor = (text: string) => { id: string; name: string }[];

// A custom requirement (`custom:<name>`, e.g. a phrase read from the posting) is shown by its name.
const named = (ids: Iterable<string>) => [...new Set(ids)].map((id) => ({ id, name: getSkill(id)?.name ?? customSkillName(id) ?? id }));
/**
 * The degree the parser read, as the recruiter sees it in the editor: the level (named by the ways
 * postings write that level: "Master's degree", "MSc", "PhD") and each field of study as read.
 */
function degreeOutput(degree: JobRequirements["degree"]): { id: string; name: string }[] {
  if (!degree || degree.level === "none") return [];
  return [{ id: `degree:${degree.level}`, name: degree.level }, ...degree.fields.map((f) => ({ id: `field:${f}`, name: f }))];
}
/**
 * Everything the parser reads as asked for, as the editor shows it: skills (and, with `duties`, the skills
 * of the duties), certifications (taxonomy ones by id, others as written) and the degree. Each id once.
 */
function parserOutput(text: string, duties: boolean): { id: string; name: string }[] {
  const req = parseJobDescription(text);
  const skills = [
    ...req.mustHaveSkills,
    ...(req.mustHaveGroups ?? []).flat(),
    ...req.niceToHaveSkills,
    // Title skills (schema 5) were must-haves before: still what the parser reads as asked for.
    ...(req.titleSkills ?? []),
    ...(duties ? (req.duties ?? []) : []),
  ];
  const certs = req.certifications.map((c) =>
    c.id ? { id: c.id, name: getSkill(c.id)?.name ?? c.name } : { id: `cert:${c.name}`, name: c.name },
  );
  const out = [...named(skills), ...certs, ...degreeOutput(req.degree)];
  return out.filter((o, i) => out.findIndex((p) => p.id === o.id) === i);
}
/** An output's names: a degree level's ways of writing it, a field as read, else the skill's taxonomy names. */
function outputNames(s: { id: string; name: string }, index: NameIndex): string[] {
  if (s.id.startsWith("degree:")) return [...(DEGREE_LEVEL_NAMES[s.name as DegreeLevel] ?? [s.name])];
  if (s.id.startsWith("field:") || s.id.startsWith("cert:")) return [s.name];
  return skillNames(s.id, s.name, index);
}
const EXTRACTORS: [string, Extractor][] = [
  ["job parser", (text) => parserOutput(text, false)],
  ["job parser + duties", (text) => parserOutput(text, true)],
  [
    "skill matcher",
    (text) =>
      named(
        getDefaultSkillMatcher()
          .match(text)
          .map((m) => m.id),
      ),
  ],
  ["capitalised phrases (baseline, no taxonomy)", (text) => capitalisedPhrases(text).map((name) => ({ id: `phrase:${name}`, name }))],
];

interface Tally {
  postings: number;
  knowledge: number;
  knowledgeCovered: number;
  outputs: number;
  notInPosting: number;
  onlyAmbiguous: number;
  matchingSpan: number;
}

function score(postings: readonly SkillSpanPosting[], extract: Extractor, index: NameIndex): Tally {
  const t: Tally = {
    postings: postings.length,
    knowledge: 0,
    knowledgeCovered: 0,
    outputs: 0,
    notInPosting: 0,
    onlyAmbiguous: 0,
    matchingSpan: 0,
  };
  for (const p of postings) {
    const out = extract(p.text).map((s) => ({ ...s, names: outputNames(s, index) }));
    t.knowledge += p.knowledgeSpans.length;
    t.knowledgeCovered += p.knowledgeSpans.filter((span) => out.some((s) => covers(s.names, span))).length;
    const spans = [...p.skillSpans, ...p.knowledgeSpans];
    for (const s of out) {
      t.outputs++;
      const ambiguous = new Set(getSkill(s.id)?.ambiguousAliases ?? []);
      if (!namedIn(s.names, p.text)) t.notInPosting++;
      else if (
        !namedIn(
          s.names.filter((n) => !ambiguous.has(n)),
          p.text,
        )
      )
        t.onlyAmbiguous++;
      if (spans.some((span) => covers(s.names, span))) t.matchingSpan++;
    }
  }
  return t;
}

const pct = (a: number, b: number) => (b === 0 ? "   n/a" : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

type MissKind = "duties" | "dropped" | "unknown";

/** Why the job parser missed a span: read as a duty only, found by the matcher but not kept, or found by nobody. */
function missKind(span: string, withDuties: string[][], matched: string[][]): MissKind {
  if (withDuties.some((names) => covers(names, span))) return "duties";
  return matched.some((names) => covers(names, span)) ? "dropped" : "unknown";
}

/**
 * The knowledge spans of a tuning split (train or dev; never test) the job parser misses, most frequent
 * first, marked by why (missKind), with a count per kind and per span length.
 */
function printMissed(dir: string, split: string, index: NameIndex): void {
  if (split === "test") throw new Error("--missed reads tuning splits only (train, dev): the test split is for reporting");
  const [parser, withDuties, matcher] = EXTRACTORS.map(([, e]) => e) as [Extractor, Extractor, Extractor];
  const missed = new Map<string, { n: number; kind: MissKind }>();
  const tally = new Map<string, number>();
  const source = option("--source");
  for (const p of loadSplit(dir, split)) {
    if (source && p.source !== source) continue;
    const [parsed, duties, matched] = [parser, withDuties, matcher].map((e) => e(p.text).map((s) => outputNames(s, index)));
    for (const span of p.knowledgeSpans) {
      if ((parsed ?? []).some((names) => covers(names, span))) continue;
      const kind = missKind(span, duties ?? [], matched ?? []);
      const key = `${p.source}: ${span.toLowerCase()}`;
      missed.set(key, { n: (missed.get(key)?.n ?? 0) + 1, kind });
      const words = span.split(" ").filter((w) => /\p{L}/u.test(w)).length;
      const group = `${p.source} ${kind.padEnd(7)} ${words >= 4 ? "4+ words" : "1-3 words"}`;
      tally.set(group, (tally.get(group) ?? 0) + 1);
    }
  }
  for (const [group, n] of [...tally].sort()) console.log(`${String(n).padStart(4)}  ${group}`);
  for (const [key, e] of [...missed].sort((a, b) => b[1].n - a[1].n).slice(0, Number(option("--top") ?? 150))) {
    console.log(`${String(e.n).padStart(3)} ${e.kind.padEnd(7)}  ${key}`);
  }
}

function main() {
  const dir = option("--data") ?? process.env.SKILLSPAN_DIR;
  if (!dir || !existsSync(dir)) {
    console.log(
      `SkillSpan data not found${dir ? ` at ${dir}` : ""}: nothing measured. Get https://github.com/kris927b/SkillSpan (MIT) and run ` +
        "`npm run bench:skillspan -- --data <checkout or bare git dir>` (or set SKILLSPAN_DIR).",
    );
    return;
  }
  const index = buildNameIndex(getTaxonomy().skills);
  const missedSplit = option("--missed");
  if (missedSplit) {
    printMissed(dir, missedSplit, index);
    return;
  }
  const rows: { extractor: string; split: string; source: string; tally: Tally }[] = [];
  const chosen = option("--split")?.split(",") ?? [...SPLITS];
  const unknown = chosen.filter((x) => !(SPLITS as readonly string[]).includes(x));
  if (unknown.length > 0) throw new Error(`--split takes ${SPLITS.join(", ")} (comma-separated), not ${unknown.join(", ")}`);
  for (const split of SPLITS.filter((x) => chosen.includes(x))) {
    const postings = loadSplit(dir, split);
    const sources = [...new Set(postings.map((p) => p.source))].sort();
    for (const [name, extract] of EXTRACTORS) {
      for (const source of [...sources, "all"]) {
        const subset = source === "all" ? postings : postings.filter((p) => p.source === source);
        rows.push({ extractor: name, split, source, tally: score(subset, extract, index) });
      }
    }
  }
  if (args.includes("--json")) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  console.log(`SkillSpan bench — ${dir}`);
  console.log("knowledge recall: annotated knowledge spans covered by an output skill (lenient names);");
  console.log("not in posting: output skills named nowhere in the posting (onlyAmbiguous: named only by a context-needing alias);");
  console.log("precision: outputs matching any annotated span (skill or knowledge).");
  for (const [name] of EXTRACTORS) {
    console.log(`\n== ${name}`);
    console.log(`${"split".padEnd(6)} ${"source".padEnd(6)} postings knowledge  recall outputs notInPosting onlyAmbiguous precision`);
    for (const r of rows.filter((x) => x.extractor === name)) {
      const t = r.tally;
      console.log(
        `${r.split.padEnd(6)} ${r.source.padEnd(6)} ${String(t.postings).padStart(8)} ${String(t.knowledge).padStart(9)} ${pct(t.knowledgeCovered, t.knowledge)} ${String(t.outputs).padStart(7)}       ${pct(t.notInPosting, t.outputs)}        ${pct(t.onlyAmbiguous, t.outputs)}    ${pct(t.matchingSpan, t.outputs)}`,
      );
    }
  }
}

main();
