// Extraction speed over a folder of resumes, in-thread and through the worker pool.
// Usage: npx tsx scripts/bench-extract.ts [dir] [rounds]
//        npx tsx scripts/bench-extract.ts --dump [dir]   (print every extracted text, for reading-order review)
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ExtractWorkerPool, extractText } from "../lib/engine/extract";

const dump = process.argv.includes("--dump");
const args = process.argv.slice(2).filter((a) => a !== "--dump");
const dir = args[0] ?? "/work/shared/bench/relevance-dev/resumes";
const rounds = Number(args[1] ?? 10);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const files = readdirSync(dir)
  .filter((f) => /\.(pdf|docx|txt|md)$/i.test(f))
  .map((f) => ({ name: f, ext: path.extname(f).slice(1).toLowerCase(), bytes: new Uint8Array(readFileSync(path.join(dir, f))) }));

if (dump) {
  for (const file of files) {
    try {
      const doc = await extractText(file.bytes);
      console.log(`===== ${file.name} ${doc.format} pages=${doc.pageCount ?? "-"} warnings=${JSON.stringify(doc.warnings)}`);
      console.log(doc.text);
    } catch (error) {
      console.log(`===== ${file.name} ERROR ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  process.exit(0);
}

// Warm-up: JIT, pdf.js worker setup, module loading.
for (const file of files) await extractText(file.bytes);

// Wall time suffers when the machine is shared; CPU time of this process shows the work itself.
const byType = new Map<string, { wall: number[]; cpu: number[] }>();
for (let round = 0; round < rounds; round++) {
  for (const file of files) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await extractText(file.bytes);
    const elapsed = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    const entry = byType.get(file.ext) ?? { wall: [], cpu: [] };
    entry.wall.push(elapsed);
    entry.cpu.push((cpu.user + cpu.system) / 1000);
    byType.set(file.ext, entry);
  }
}

console.log(`in-thread extractText, ${files.length} files x ${rounds} rounds (after warm-up)`);
console.log("type   n     wall p50  wall p95  wall max  docs/s(wall)  cpu p50  cpu p95  docs/s(cpu)");
for (const [ext, { wall, cpu }] of [...byType.entries()].sort()) {
  const w = [...wall].sort((a, b) => a - b);
  const c = [...cpu].sort((a, b) => a - b);
  const wallTotal = wall.reduce((a, b) => a + b, 0);
  const cpuTotal = cpu.reduce((a, b) => a + b, 0);
  const f = (n: number | undefined, width = 8) => (n ?? Number.NaN).toFixed(2).padStart(width);
  console.log(
    `${ext.padEnd(6)} ${String(wall.length).padEnd(5)} ${f(percentile(w, 50))}  ${f(percentile(w, 95))}  ${f(w[w.length - 1])}  ${((wall.length / wallTotal) * 1000).toFixed(0).padStart(12)}  ${f(percentile(c, 50), 7)}  ${f(percentile(c, 95), 7)}  ${((cpu.length / cpuTotal) * 1000).toFixed(0).padStart(11)}`,
  );
}

for (const size of [1, 2]) {
  const pool = new ExtractWorkerPool({ size });
  const warmStart = performance.now();
  await pool.warm();
  const warmMs = performance.now() - warmStart;
  await Promise.all(files.map((f) => pool.run(f.bytes)));
  const start = performance.now();
  const jobs: Promise<unknown>[] = [];
  for (let round = 0; round < rounds; round++) for (const file of files) jobs.push(pool.run(file.bytes));
  await Promise.all(jobs);
  const elapsed = performance.now() - start;
  console.log(
    `worker pool size ${size}: startup ${warmMs.toFixed(0)} ms, ${jobs.length} docs in ${elapsed.toFixed(0)} ms = ${((jobs.length / elapsed) * 1000).toFixed(0)} docs/s`,
  );
  await pool.destroy();
}
