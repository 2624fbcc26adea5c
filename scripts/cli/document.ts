// Shared helpers for CLI commands: argument parsing, reading a document into
// text, and reporting errors with their EngineError code.
import { readFile } from "node:fs/promises";
import { EngineError, isEngineError } from "../../lib/engine/errors";
import { detectFileType } from "../../lib/engine/extract/detect-type";
import { decodeTextFile } from "../../lib/engine/extract/extract-txt";
import { DEFAULT_EXTRACT_LIMITS } from "../../lib/engine/extract/limits";
import { normalizeExtractedText } from "../../lib/engine/extract/normalize-text";
import type { ExtractedFormat } from "../../lib/engine/extract/types";

export class UsageError extends Error {}

export interface CommonArgs {
  json: boolean;
  help: boolean;
  file: string | null;
  /** Extra `--name value` options the command accepted. */
  options: Record<string, string>;
}

/** Parses `[--json] [--opt value] FILE` with flags in any order. */
export function parseCommonArgs(argv: readonly string[], valueOptions: readonly string[] = []): CommonArgs {
  const out: CommonArgs = { json: false, help: false, file: null, options: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--json") out.json = true;
    else if (a === "--help" || a === "-h") out.help = true;
    else if (a.startsWith("--")) {
      const [flag, inline] = a.slice(2).split("=", 2) as [string, string | undefined];
      if (!valueOptions.includes(flag)) throw new UsageError(`unknown option: ${a}`);
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`option --${flag} needs a value`);
      out.options[flag] = value;
    } else if (out.file === null) out.file = a;
    else throw new UsageError(`unexpected argument: ${a}`);
  }
  return out;
}

export interface DocumentText {
  text: string;
  format: ExtractedFormat;
  pageCount: number | null;
  warnings: string[];
}

/**
 * Reads a file and extracts its text. Plain text is decoded here with the
 * extraction layer's own decoder and normaliser; PDF/DOCX load the full
 * extractor lazily because pdf.js alone takes seconds to import.
 */
export async function readDocument(file: string): Promise<DocumentText> {
  const bytes = new Uint8Array(await readFile(file));
  if (bytes.length === 0) throw new EngineError("EMPTY_FILE", "file has 0 bytes");
  const detected = detectFileType(bytes);
  if (detected.type === "txt" && bytes.length <= DEFAULT_EXTRACT_LIMITS.maxFileBytes) {
    const encoding = detected.encoding ?? "utf-8";
    const text = normalizeExtractedText(decodeTextFile(bytes, encoding));
    if (text.length > DEFAULT_EXTRACT_LIMITS.maxTextChars) throw new EngineError("TEXT_TOO_LONG", `text has ${text.length} characters`);
    if (text.replace(/\s+/g, "").length === 0) throw new EngineError("EMPTY_DOCUMENT", "txt file contains no text");
    const warnings = encoding === "windows-1252" ? ["txt: not valid UTF-8, decoded as Windows-1252"] : [];
    return { text, format: "txt", pageCount: null, warnings };
  }
  const { extractText } = await import("../../lib/engine/extract");
  return extractText(bytes);
}

/** Prints an error for the user and returns the exit code (2 usage, 1 document/engine). */
export function reportError(err: unknown, usage: string): number {
  if (err instanceof UsageError) {
    process.stderr.write(`error: ${err.message}\n${usage}\n`);
    return 2;
  }
  if (isEngineError(err)) {
    process.stderr.write(`error [${err.code}]: ${err.userMessage}\n`);
    return 1;
  }
  const code = typeof err === "object" && err !== null && "code" in err ? String((err as { code: unknown }).code) : null;
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`error${code ? ` [${code}]` : ""}: ${message}\n`);
  return 1;
}
