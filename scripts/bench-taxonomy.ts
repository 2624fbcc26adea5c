// Measures what loading the taxonomy costs a process: JSON parse, the first (cold)
// zod validation, and warm validations (p50/p95), so regressions show up as numbers.
// Run: npx tsx scripts/bench-taxonomy.ts
import { readFileSync } from "node:fs";
import path from "node:path";
import { taxonomyFileSchema } from "../lib/engine/skills/taxonomy-schema";

const file = path.join(import.meta.dirname, "..", "lib", "engine", "skills", "data", "taxonomy.json");

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const raw = readFileSync(file, "utf8");
const json: unknown = JSON.parse(raw);
const t1 = performance.now();
const parsed = taxonomyFileSchema.parse(json);
const t2 = performance.now();
// CPU time is reported too: on a shared, oversubscribed machine wall time mostly measures waiting.
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const warm: number[] = [];
for (let i = 0; i < 30; i++) {
  const s = performance.now();
  taxonomyFileSchema.parse(json);
  warm.push(performance.now() - s);
}
warm.sort((a, b) => a - b);
console.log(
  [
    `skills=${parsed.skills.length} bytes=${raw.length}`,
    `read+JSON.parse=${(t1 - t0).toFixed(1)}ms`,
    `cold zod parse=${(t2 - t1).toFixed(1)}ms`,
    `cpu for read+parse+cold validate=${cpuMs.toFixed(1)}ms`,
    `warm zod parse p50=${percentile(warm, 50).toFixed(1)}ms p95=${percentile(warm, 95).toFixed(1)}ms`,
    `cold/warm ratio=${((t2 - t1) / percentile(warm, 50)).toFixed(1)}`,
  ].join("  "),
);
