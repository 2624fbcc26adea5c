// Worker threads run compiled JavaScript, never TypeScript through a loader.
// Every `*.worker.ts` file under lib/ is a worker entry: esbuild bundles it with
// the project code it imports (npm packages stay external and load from
// node_modules) into dist/workers/<name>.mjs, next to a manifest holding a hash
// of every source file that went in. `npm run build` and `npm start` compile all
// entries; a missing or stale entry (tests, scripts, edited sources) is rebuilt
// on first use, so everything runs the same compiled file the server runs.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Where compiled worker entries go, relative to the project root. */
export const WORKER_OUT_DIR = path.join("dist", "workers");
/** Bump when the build options below change, so entries built the old way are rebuilt. */
const BUILD_FORMAT = 1;

type Manifest = { format: number; source: string; inputs: Record<string, string> };

function isProjectRoot(dir: string): boolean {
  return existsSync(path.join(dir, "package.json")) && existsSync(path.join(dir, "node_modules"));
}

/**
 * The directory holding package.json and node_modules: found from this module's
 * file (sources under vitest/tsx, or a server bundle under .next), else the
 * working directory (`next start` and the Dockerfile run from the project root).
 */
export function projectRoot(): string {
  if (import.meta.url.startsWith("file:")) {
    let dir = path.dirname(fileURLToPath(import.meta.url));
    while (path.dirname(dir) !== dir) {
      if (isProjectRoot(dir)) return dir;
      dir = path.dirname(dir);
    }
  }
  return process.cwd();
}

/** `lib/engine/extract/extract.worker.ts` → `<root>/dist/workers/extract.worker.mjs`. */
export function compiledWorkerPath(root: string, source: string): string {
  return path.join(root, WORKER_OUT_DIR, `${path.basename(source, ".ts")}.mjs`);
}

function manifestPath(outfile: string): string {
  return outfile.replace(/\.mjs$/, ".json");
}

function hashFile(file: string): string | null {
  try {
    return createHash("sha256").update(readFileSync(file)).digest("base64url");
  } catch {
    return null;
  }
}

/** True when the compiled entry exists and every source it was built from is unchanged. */
export function workerEntryIsCurrent(root: string, source: string, outfile = compiledWorkerPath(root, source)): boolean {
  if (!existsSync(outfile)) return false;
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath(outfile), "utf8")) as Manifest;
  } catch {
    return false;
  }
  if (manifest.format !== BUILD_FORMAT || manifest.source !== source) return false;
  return Object.entries(manifest.inputs).every(([input, hash]) => hashFile(path.join(root, input)) === hash);
}

/** Writes through a temporary name and a rename, so a concurrent reader never sees half a file. */
function writeAtomically(file: string, contents: Uint8Array | string): void {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

/**
 * Compiles one entry (a path relative to the root) and returns the compiled
 * file's path: a worker entry into dist/workers, or, with `outfile`, a program
 * run with plain node (scripts/worker.ts → dist/worker.mjs).
 */
export async function buildWorkerEntry(root: string, source: string, outfile = compiledWorkerPath(root, source)): Promise<string> {
  // Loaded only when an entry is compiled: a running server never needs esbuild.
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [path.join(root, source)],
    absWorkingDir: root,
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Packages (native and wasm ones included: pdf-parse, mammoth, canvas, OCR) load from node_modules at run time.
    packages: "external",
    keepNames: true,
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  mkdirSync(path.dirname(outfile), { recursive: true });
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents);
  const inputs: Record<string, string> = {};
  for (const input of Object.keys(result.metafile.inputs)) inputs[input] = hashFile(path.join(root, input)) ?? "";
  const manifest: Manifest = { format: BUILD_FORMAT, source, inputs };
  writeAtomically(manifestPath(outfile), `${JSON.stringify(manifest, null, 1)}\n`);
  return outfile;
}

/** Every worker entry of the project: `lib/**\/*.worker.ts`, as root-relative paths. */
export function findWorkerSources(root: string): string[] {
  return readdirSync(path.join(root, "lib"), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".worker.ts"))
    .map((file) => path.join("lib", file))
    .sort();
}

/** Compiles every worker entry and removes compiled entries whose source is gone. */
export async function buildWorkerEntries(root: string): Promise<string[]> {
  const sources = findWorkerSources(root);
  const outputs = await Promise.all(sources.map((source) => buildWorkerEntry(root, source)));
  const outDir = path.join(root, WORKER_OUT_DIR);
  if (!existsSync(outDir)) return outputs;
  const keep = new Set(sources.flatMap((source) => [compiledWorkerPath(root, source), manifestPath(compiledWorkerPath(root, source))]));
  for (const file of readdirSync(outDir)) {
    const full = path.join(outDir, file);
    if (!keep.has(full)) rmSync(full, { force: true });
  }
  return outputs;
}

export function allWorkerEntriesAreCurrent(root: string): boolean {
  return findWorkerSources(root).every((source) => workerEntryIsCurrent(root, source));
}

const resolved = new Map<string, Promise<string>>();

/**
 * The compiled file of a worker entry, for a thread pool to start: the one the
 * build made when its sources are unchanged (always the case in a deployment),
 * else rebuilt here (tests, scripts, edited sources), once per process. Without
 * the sources next to it (a copied build), the compiled file is used as it is.
 */
export function resolveWorkerEntry(source: string): Promise<string> {
  let pending = resolved.get(source);
  if (!pending) {
    pending = locateOrBuild(source);
    resolved.set(source, pending);
    pending.catch(() => resolved.delete(source));
  }
  return pending;
}

async function locateOrBuild(source: string): Promise<string> {
  const root = projectRoot();
  const compiled = compiledWorkerPath(root, source);
  if (!existsSync(path.join(root, source))) {
    if (existsSync(compiled)) return compiled;
    throw new Error(`Worker entry ${source} not found under ${root}: run the app from the project root, built with \`npm run build\`.`);
  }
  if (workerEntryIsCurrent(root, source)) return compiled;
  return buildWorkerEntry(root, source);
}
