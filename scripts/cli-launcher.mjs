// `npm run cli`: runs the command line from a prebuilt bundle so it starts fast
// (plain Node, no TypeScript transpiling at start-up). The bundle is rebuilt with
// esbuild whenever a source it depends on is newer than it.
//
// The bundle is split at every dynamic import() (one chunk per command, the PDF/DOCX
// extractors in their own chunks): a single-file ESM bundle would hoist every
// package any module imports to its top, so even `--help` or a .txt file would load
// pdf.js and mammoth (~300 ms).
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..");
const outdir = path.join(root, "node_modules", ".cache", "resume-checker", "cli");
const entry = path.join(outdir, "cli.mjs");
const chunksDir = path.join(outdir, "chunks");
const SOURCES = ["scripts/cli.ts", "scripts/cli", "scripts/cli-launcher.mjs", "lib/engine", "package-lock.json"];

function newestMtime(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

const fresh = existsSync(entry) && statSync(entry).mtimeMs >= Math.max(...SOURCES.map(newestMtime));
if (!fresh) {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: { cli: path.join(root, "scripts", "cli.ts") },
    outdir,
    outExtension: { ".js": ".mjs" },
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Dependencies stay in node_modules and load from the chunks that use them.
    packages: "external",
    logLevel: "warning",
    write: false,
  });
  // Each file is written whole (temporary name, then rename) and the entry last, so a run
  // started meanwhile, or a second run building at the same time, never sees a partial bundle.
  // Chunk names carry a content hash, so concurrent builds of the same sources write the same files.
  const files = [...result.outputFiles].sort((a, b) => Number(a.path === entry) - Number(b.path === entry));
  mkdirSync(chunksDir, { recursive: true });
  for (const file of files) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
  // Chunks of earlier builds.
  const current = new Set(files.map((file) => file.path));
  for (const name of readdirSync(chunksDir)) {
    const file = path.join(chunksDir, name);
    if (name.endsWith(".mjs") && !current.has(file)) rmSync(file, { force: true });
  }
}
await import(pathToFileURL(entry).href);
