// Fits the calibrated layer (lib/engine/score/calibration.ts) on every labeled
// set's tune jobs (a set's split.json test jobs are left out) and writes
// lib/engine/score/calibration.json, which the engine imports. Deterministic:
// re-run after any change to the components or the labeled sets.
//
//   npm run calibrate [-- --dir PATH ...] [--check]
//
// --check: fit and compare with the committed file; exit 1 when they differ.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { COMPONENT_KEYS } from "../lib/engine/score/calibration";
import { fitCalibration, meanBalancedVerdict, PRIOR_CALIBRATION, rankingQuality } from "../lib/engine/score/calibration-fit";
import { finalScore } from "../lib/engine/score/calibration";
import { CAP_LIMITS } from "../lib/engine/score/evaluate";
import { discoverSets, labeledFeatures, loadSet, type SetFeatures } from "./lib/relevance-sets";

const args = process.argv.slice(2);
const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const outFile = path.join(repoRoot, "lib", "engine", "score", "calibration.json");
const only = args.flatMap((a, i) => (a === "--dir" && args[i + 1] ? [args[i + 1] as string] : []));

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

async function main(): Promise<void> {
  const rows: SetFeatures[] = [];
  const fittedOn: Record<string, string[]> = {};
  for (const dir of discoverSets(repoRoot, only)) {
    const set = await loadSet(dir);
    const feats = labeledFeatures(set);
    rows.push(...feats);
    fittedOn[set.name] = [...set.jobs.keys()].filter((j) => !set.testJobs.has(j)).sort();
  }
  const train = rows.filter((r) => !r.test);
  const p = fitCalibration(train, CAP_LIMITS);
  const params = {
    weights: Object.fromEntries(COMPONENT_KEYS.map((k) => [k, round(p.weights[k])])),
    coreFloor: round(p.coreFloor),
    coreFull: round(p.coreFull),
    knots: { medium: round(p.knots.medium, 2), high: round(p.knots.high, 2) },
  };
  const scored = train.map((r) => ({ ...r, score: finalScore(r.features, p, CAP_LIMITS) }));
  const q = rankingQuality(scored);
  const inSample = { ...q, balancedVerdict: meanBalancedVerdict(scored) };
  const file = {
    note: "Written by `npm run calibrate` (scripts/calibrate.ts); do not edit by hand. In-sample numbers: see bench:relevance for leave-one-job-out.",
    fittedOn,
    pairs: train.length,
    prior: PRIOR_CALIBRATION,
    params,
    inSample: Object.fromEntries(Object.entries(inSample).map(([k, v]) => [k, round(v)])),
  };
  const text = `${JSON.stringify(file, null, 2)}\n`;
  if (args.includes("--check")) {
    const same = readFileSync(outFile, "utf8") === text;
    console.log(same ? "calibration.json is up to date" : "calibration.json differs from a fresh fit: run npm run calibrate");
    process.exit(same ? 0 : 1);
  }
  writeFileSync(outFile, text);
  console.log(`Fitted on ${train.length} pairs of ${Object.values(fittedOn).flat().length} jobs → ${path.relative(repoRoot, outFile)}`);
  console.log(JSON.stringify(params));
  console.log(`in-sample: ${JSON.stringify(file.inSample)}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : String(err));
  process.exit(1);
});
