// `npm run cli`: runs the command line from a prebuilt bundle so it starts fast
// (plain Node, no TypeScript transpiling at start-up). The bundle is rebuilt with
// esbuild whenever a source it depends on is newer than it.
//
// The bundle is split at every dynamic import() (one chunk per command, the PDF/DOCX
// extractors in their own chunks): a single-file ESM bundle would hoist every
// package any module imports to its top, so even `--help` or a .txt file would load
// pdf.js and mammoth (~300 ms).
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..");
const cacheDir = path.join(root, "node_modules", ".cache", "resume-checker");
const outdir = path.join(cacheDir, "cli");
const entry = path.join(outdir, "cli.mjs");
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
  mkdirSync(cacheDir, { recursive: true });
  // Build beside the old bundle and swap it in, so a run started meanwhile still finds whole files.
  const staging = path.join(cacheDir, `cli.${process.pid}.tmp`);
  rmSync(staging, { recursive: true, force: true });
  await build({
    entryPoints: { cli: path.join(root, "scripts", "cli.ts") },
    outdir: staging,
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
  });
  rmSync(outdir, { recursive: true, force: true });
  renameSync(staging, outdir);
}
await import(pathToFileURL(entry).href);
