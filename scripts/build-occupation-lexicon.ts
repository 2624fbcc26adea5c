// Builds lexicon.json (occupation titles → ISCO-08 unit group) from the ESCO
// occupations extract, plus the project's own aliases for US titles ESCO lacks.
//
//   npx tsx scripts/build-occupation-lexicon.ts [PATH/TO/esco-1.1.1]
//
// Titles of up to five words are kept (longer ones are descriptions, not titles a
// resume writes); a title ESCO files under several groups goes to the group whose
// preferred label it is, else to the group that uses it most.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { normaliseTitle } from "../lib/engine/occupations/normalise";
import { parseCsvLine } from "./lib/csv";

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const here = path.join(repoRoot, "lib", "engine", "occupations");
const escoDir = path.resolve(process.argv[2] ?? path.join(repoRoot, "..", "shared", "data", "esco-1.1.1"));

const MAX_WORDS = 5;
const votes = new Map<string, Map<string, number>>();
const vote = (title: string, group: string, weight: number) => {
  const key = normaliseTitle(title);
  if (!key || key.split(" ").length > MAX_WORDS || /[(),/]/.test(title)) return;
  const m = votes.get(key) ?? new Map<string, number>();
  m.set(group, (m.get(group) ?? 0) + weight);
  votes.set(key, m);
};

const lines = readFileSync(path.join(escoDir, "occupations.csv"), "utf8").split(/\r?\n/).filter(Boolean);
const header = parseCsvLine(lines[0] ?? "");
const gi = header.indexOf("isco_group");
const pi = header.indexOf("preferred_label");
const ai = header.indexOf("alt_labels");
for (const line of lines.slice(1)) {
  const f = parseCsvLine(line);
  const group = f[gi] ?? "";
  if (!/^\d{4}$/.test(group)) continue;
  vote(f[pi] ?? "", group, 10);
  for (const alt of (f[ai] ?? "").split("|")) vote(alt, group, 1);
}
const own = JSON.parse(readFileSync(path.join(here, "aliases.json"), "utf8")) as Record<string, string[]>;
for (const [group, titles] of Object.entries(own)) for (const t of titles) vote(t, group, 100);

const byGroup: Record<string, string[]> = {};
for (const [title, m] of [...votes.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const best = [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  if (!best) continue;
  byGroup[best] = [...(byGroup[best] ?? []), title];
}
const sorted = Object.fromEntries(Object.entries(byGroup).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
writeFileSync(path.join(here, "lexicon.json"), `${JSON.stringify({ source: "ESCO 1.1.1 + aliases.json", groups: sorted })}\n`);
console.log(`${votes.size} titles in ${Object.keys(sorted).length} ISCO unit groups → lexicon.json`);
