// The command line through its real entry (the launcher and its esbuild bundle),
// with a module hook that refuses to load pdf-parse and mammoth: a plain-text
// resume must be parsed without them, a PDF or DOCX must still reach them.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { paragraphsDocx, singleColumnPdf } from "../lib/engine/extract/test-fixtures";

const run = promisify(execFile);
const launcher = path.join(import.meta.dirname, "cli-launcher.mjs");
const dir = mkdtempSync(path.join(tmpdir(), "cli-launcher-"));

const hooks = path.join(dir, "hooks.mjs");
writeFileSync(
  hooks,
  `export async function resolve(specifier, context, next) {
  if (specifier === "pdf-parse" || specifier === "mammoth") throw new Error("refused to load " + specifier);
  return next(specifier, context);
}
`,
);
const register = path.join(dir, "register.mjs");
writeFileSync(register, `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);

const RESUME = `Dana Smith
dana@example.com

EXPERIENCE
Data Engineer, Acme Grocers
Jan 2019 - Oct 2026
- Built Apache Spark pipelines in Python.
`;

/** Runs the CLI with the hook installed; resolves to its exit code, stdout and stderr. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", pathToFileURL(register).href, launcher, ...args], {
      cwd: path.join(import.meta.dirname, ".."),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

describe("cli launcher", () => {
  it("parses a plain-text resume without loading the PDF or DOCX libraries", async () => {
    const file = path.join(dir, "resume.txt");
    writeFileSync(file, RESUME);
    const result = await cli(["parse", "--json", file]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as { name: string; skills: string[]; document: { format: string } };
    expect(out).toMatchObject({ name: "Dana Smith", document: { format: "txt" } });
    expect(out.skills).toEqual(expect.arrayContaining(["Apache Spark", "Python"]));
  }, 60_000);

  it("prints its help without loading them either", async () => {
    const result = await cli(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("parse-job");
  }, 60_000);

  it("loads them for the formats that need them (the hook really refuses)", async () => {
    const pdf = path.join(dir, "resume.pdf");
    writeFileSync(pdf, await singleColumnPdf());
    const docx = path.join(dir, "resume.docx");
    writeFileSync(docx, await paragraphsDocx(RESUME.split("\n")));
    const pdfRun = await cli(["parse", "--json", pdf]);
    expect(pdfRun.code).toBe(1);
    expect(pdfRun.stderr).toContain("refused to load pdf-parse");
    const docxRun = await cli(["parse", "--json", docx]);
    expect(docxRun.code).toBe(1);
    expect(docxRun.stderr).toContain("refused to load mammoth");
  }, 60_000);
});
