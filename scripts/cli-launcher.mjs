// `npm run cli`: runs the command line from a prebuilt bundle so it starts fast
// (plain Node, no TypeScript transpiling at start-up). The bundle is rebuilt with
// esbuild whenever a source it depends on is newer than it.
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..");
const bundle = path.join(root, "node_modules", ".cache", "resume-checker", "cli.mjs");
const SOURCES = ["scripts/cli.ts", "scripts/cli", "lib/engine", "package-lock.json"];

function newestMtime(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

const fresh = existsSync(bundle) && statSync(bundle).mtimeMs >= Math.max(...SOURCES.map(newestMtime));
if (!fresh) {
  const { build } = await import("esbuild");
  mkdirSync(path.dirname(bundle), { recursive: true });
  await build({
    entryPoints: [path.join(root, "scripts", "cli.ts")],
    outfile: bundle,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Dependencies stay in node_modules (pdf-parse and mammoth load lazily, only for PDF/DOCX).
    packages: "external",
    logLevel: "warning",
  });
}
await import(pathToFileURL(bundle).href);
