import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The house rule "no function over 80 lines in lib/", checked on every function,
// method and arrow function of the non-test sources (generated code left out).

const ROOT = path.join(process.cwd(), "lib");
const GENERATED = path.join(ROOT, "generated");
const MAX_LINES = 80;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === GENERATED ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function longFunctions(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const last = source.getLineAndCharacterOfPosition(node.end).line;
      const name = node.name?.getText(source) ?? "(anonymous)";
      if (last - first + 1 > MAX_LINES)
        found.push(`${path.relative(process.cwd(), file)}:${first + 1} ${name} (${last - first + 1} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("[architecture]: lib/ functions", () => {
  it(`are at most ${MAX_LINES} lines long`, () => {
    const files = sources(ROOT);
    expect(files.length).toBeGreaterThan(200);
    expect(files.flatMap(longFunctions)).toEqual([]);
  });
});
