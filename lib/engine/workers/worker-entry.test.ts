import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  allWorkerEntriesAreCurrent,
  buildWorkerEntries,
  buildWorkerEntry,
  compiledWorkerPath,
  findWorkerSources,
  workerEntryIsCurrent,
} from "./worker-entry";

// A miniature project: a worker entry importing a TypeScript helper and a package.
const root = mkdtempSync(path.join(tmpdir(), "worker-entry-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(path.join(root, "lib", "jobs"), { recursive: true });
mkdirSync(path.join(root, "node_modules", "left-pad-ish"), { recursive: true });
writeFileSync(path.join(root, "package.json"), '{ "type": "module" }\n');
writeFileSync(
  path.join(root, "node_modules", "left-pad-ish", "package.json"),
  '{ "name": "left-pad-ish", "type": "module", "main": "index.js" }\n',
);
writeFileSync(path.join(root, "node_modules", "left-pad-ish", "index.js"), 'export const pad = (s) => " " + s;\n');
const helper = path.join(root, "lib", "jobs", "greeting.ts");
writeFileSync(helper, 'export const greeting = (name: string): string => "hello " + name;\n');
const SOURCE = path.join("lib", "jobs", "greet.worker.ts");
writeFileSync(
  path.join(root, SOURCE),
  'import { pad } from "left-pad-ish";\nimport { greeting } from "./greeting";\nexport default (name: string) => pad(greeting(name));\n',
);

describe("[workers]: compiled worker entries", { timeout: 60_000 }, () => {
  it("finds *.worker.ts entries and compiles each to one JavaScript file: project code bundled, packages imported", async () => {
    expect(findWorkerSources(root)).toEqual([SOURCE]);
    expect(workerEntryIsCurrent(root, SOURCE)).toBe(false);
    const [compiled] = await buildWorkerEntries(root);
    expect(compiled).toBe(compiledWorkerPath(root, SOURCE));
    // The helper is bundled in, the package stays an import resolved from node_modules.
    const code = readFileSync(compiledWorkerPath(root, SOURCE), "utf8");
    expect(code).toContain("hello ");
    expect(code).toMatch(/from "left-pad-ish"/);
    const entry = (await import(pathToFileURL(compiledWorkerPath(root, SOURCE)).href)) as { default: (name: string) => string };
    expect(entry.default("Ada")).toBe(" hello Ada");
    expect(allWorkerEntriesAreCurrent(root)).toBe(true);
  });

  it("is stale when a source it was built from changes, and current again after a rebuild", async () => {
    await buildWorkerEntry(root, SOURCE);
    expect(workerEntryIsCurrent(root, SOURCE)).toBe(true);
    writeFileSync(helper, 'export const greeting = (name: string): string => "hi " + name;\n');
    expect(workerEntryIsCurrent(root, SOURCE)).toBe(false);
    await buildWorkerEntry(root, SOURCE);
    expect(workerEntryIsCurrent(root, SOURCE)).toBe(true);
    expect(readFileSync(compiledWorkerPath(root, SOURCE), "utf8")).toContain("hi ");
  });

  it("removes compiled entries whose source is gone", async () => {
    const orphan = path.join(root, "dist", "workers", "old.worker.mjs");
    writeFileSync(orphan, "export default () => 1;\n");
    await buildWorkerEntries(root);
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(compiledWorkerPath(root, SOURCE))).toBe(true);
  });
});
