// In-thread text extraction: bytes in, normalised text out, EngineError on any
// problem with the input. Imported by the public index and by the worker.
// The PDF and DOCX extractors are imported on the first file of their type:
// pdf.js and mammoth take a few hundred milliseconds to load, which a plain-text
// file (or a command-line run on one) should not pay.
import { EngineError, isEngineError } from "../errors";
import { detectFileType } from "./detect-type";
import { decodeTextFile } from "./extract-txt";
import { type ExtractLimits, resolveLimits } from "./limits";
import { normalizeExtractedText } from "./normalize-text";
import type { ExtractedDocument, ExtractedFormat, HiddenTextReport } from "./types";

function withDeadline<T>(work: Promise<T>, deadline: number, what: string): Promise<T> {
  // When the timeout wins, the abandoned work still settles later; observe its
  // rejection so it is not reported as unhandled (it has already been answered).
  work.catch(() => undefined);
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(new EngineError("PARSE_TIMEOUT", `${what} had no time left`));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new EngineError("PARSE_TIMEOUT", `${what} exceeded ${remaining} ms`)), remaining);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function finish(
  raw: string,
  format: ExtractedFormat,
  pageCount: number | null,
  warnings: string[],
  limits: ExtractLimits,
  hidden: HiddenTextReport | null = null,
): ExtractedDocument {
  const text = normalizeExtractedText(raw);
  if (text.length > limits.maxTextChars) {
    throw new EngineError("TEXT_TOO_LONG", `extracted text has ${text.length} characters (limit ${limits.maxTextChars})`);
  }
  if (text.replace(/\s+/g, "").length === 0) {
    throw new EngineError("EMPTY_DOCUMENT", `${format} file contains no text`);
  }
  return hidden ? { text, format, pageCount, warnings, hiddenText: hidden } : { text, format, pageCount, warnings };
}

/** Runs a format's parser: anything but an EngineError escaping it is a problem with this file, not with the app. */
async function parseFile<T>(format: string, parse: () => T | Promise<T>): Promise<T> {
  try {
    return await parse();
  } catch (error) {
    if (isEngineError(error)) throw error;
    throw new EngineError("CORRUPT_FILE", `${format} extraction failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

/**
 * Extracts normalised text from a PDF, DOCX or plain-text file, deciding the
 * format from the bytes. Runs in the calling thread; the time limit is
 * enforced between steps, not pre-emptively — use extractTextIsolated for
 * untrusted uploads.
 */
export async function extractText(bytes: Uint8Array, options: Partial<ExtractLimits> = {}): Promise<ExtractedDocument> {
  const limits = resolveLimits(options);
  const deadline = Date.now() + limits.timeoutMs;

  if (bytes.length === 0) throw new EngineError("EMPTY_FILE", "file has 0 bytes");
  if (bytes.length > limits.maxFileBytes) {
    throw new EngineError("FILE_TOO_LARGE", `file has ${bytes.length} bytes (limit ${limits.maxFileBytes})`);
  }

  const detected = detectFileType(bytes);
  // Extractors load outside parseFile: failing to load one is a fault of the installation, not a corrupt file.
  switch (detected.type) {
    case "pdf": {
      const { extractPdfText } = await import("./extract-pdf");
      return parseFile("pdf", async () => {
        const pdf = await withDeadline(extractPdfText(bytes, limits, deadline), deadline, "PDF extraction");
        return finish(pdf.text, "pdf", pdf.pageCount, pdf.warnings, limits, pdf.hidden);
      });
    }
    case "docx": {
      const zip = detected.zip;
      if (!zip) throw new EngineError("CORRUPT_FILE", "DOCX directory missing after detection");
      const { checkDocxLimits, extractDocxText } = await import("./extract-docx");
      return parseFile("docx", async () => {
        checkDocxLimits(bytes, zip, limits);
        const docx = await withDeadline(extractDocxText(bytes, zip), deadline, "DOCX extraction");
        return finish(docx.text, "docx", null, docx.warnings, limits, docx.hidden);
      });
    }
    case "txt": {
      const encoding = detected.encoding ?? "utf-8";
      const warnings = encoding === "windows-1252" ? ["txt: not valid UTF-8, decoded as Windows-1252"] : [];
      return parseFile("txt", () => finish(decodeTextFile(bytes, encoding), "txt", null, warnings, limits));
    }
    default: {
      if (detected.damaged) throw new EngineError("CORRUPT_FILE", detected.reason);
      if (detected.unsupportedHint === "legacy-office") {
        throw new EngineError("UNSUPPORTED_TYPE", detected.reason, {
          userMessage:
            "This looks like an old Word (.doc) file or a password-protected Office document. Save it as .docx without a password, or as PDF, and upload it again.",
        });
      }
      throw new EngineError("UNSUPPORTED_TYPE", detected.reason);
    }
  }
}
