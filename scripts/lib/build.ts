// `next build`, the worker-thread entries (lib/**/*.worker.ts → dist/workers) and
// the programs run with plain node (scripts/worker.ts → dist/worker.mjs), when the
// production build is missing or older than the sources. Compiling: esbuild, see
// lib/engine/workers/worker-entry.ts.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import {
  allWorkerEntriesAreCurrent,
  buildWorkerEntries,
  buildWorkerEntry,
  workerEntryIsCurrent,
} from "../../lib/engine/workers/worker-entry";
import { runCaptured } from "./run-captured";

const require = createRequire(import.meta.url);
export const root = path.resolve(import.meta.dirname, "..", "..");
const SOURCES = [
  "app",
  "components",
  "lib",
  "inngest",
  "public",
  "next.config.mjs",
  "postcss.config.mjs",
  "package-lock.json",
  "tsconfig.json",
  "prisma/schema.prisma",
];
const STAMP = path.join(root, ".next", "resume-checker-build.json");

/** Long-running programs compiled for production, run with `node --conditions=react-server dist/<name>.mjs`. */
export const PROGRAMS = ["scripts/worker.ts"];

export function compiledProgramPath(source: string): string {
  return path.join(root, "dist", `${path.basename(source, ".ts")}.mjs`);
}

/** Compiles the worker entries and the programs (all, or only those whose sources changed). */
export async function buildCompiledEntries(options: { staleOnly?: boolean } = {}): Promise<string[]> {
  const outputs: string[] = [];
  if (!options.staleOnly || !allWorkerEntriesAreCurrent(root)) outputs.push(...(await buildWorkerEntries(root)));
  for (const source of PROGRAMS) {
    const outfile = compiledProgramPath(source);
    if (options.staleOnly && workerEntryIsCurrent(root, source, outfile)) continue;
    outputs.push(await buildWorkerEntry(root, source, outfile));
  }
  return outputs;
}

function newestMtime(entry: string): number {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(full, { withFileTypes: true })) {
    if (child.name === "node_modules" || child.name.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child.name)));
  }
  return newest;
}

export function sourcesFingerprint(): number {
  return Math.max(...SOURCES.map(newestMtime));
}

export function buildIsCurrent(): boolean {
  if (!allWorkerEntriesAreCurrent(root)) return false;
  if (!existsSync(path.join(root, ".next", "BUILD_ID")) || !existsSync(STAMP)) return false;
  try {
    const stamp = JSON.parse(readFileSync(STAMP, "utf8")) as { sources?: number };
    return stamp.sources === sourcesFingerprint();
  } catch {
    return false;
  }
}

export async function buildApp(options: { log: (line: string) => void; env?: Record<string, string | undefined> }): Promise<number> {
  const started = performance.now();
  const fingerprint = sourcesFingerprint();
  const build = await runCaptured(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.env },
  });
  if (build.code !== 0) throw new Error(`next build failed (exit ${build.code}):\n${build.output.slice(-4000)}`);
  await buildCompiledEntries();
  writeFileSync(STAMP, JSON.stringify({ sources: fingerprint, builtAt: new Date().toISOString() }));
  const seconds = (performance.now() - started) / 1000;
  options.log(`Built the app in ${seconds.toFixed(1)} s.`);
  return seconds;
}
