// In-thread text extraction: bytes in, normalised text out, EngineError on any
// problem with the input. Imported by the public index and by the worker.
import { EngineError, isEngineError } from "../errors";
import { detectFileType } from "./detect-type";
import { checkDocxLimits, extractDocxText } from "./extract-docx";
import { extractPdfText } from "./extract-pdf";
import { decodeTextFile } from "./extract-txt";
import { type ExtractLimits, resolveLimits } from "./limits";
import { normalizeExtractedText } from "./normalize-text";
import type { ExtractedDocument, ExtractedFormat } from "./types";

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
): ExtractedDocument {
  const text = normalizeExtractedText(raw);
  if (text.length > limits.maxTextChars) {
    throw new EngineError("TEXT_TOO_LONG", `extracted text has ${text.length} characters (limit ${limits.maxTextChars})`);
  }
  if (text.replace(/\s+/g, "").length === 0) {
    throw new EngineError("EMPTY_DOCUMENT", `${format} file contains no text`);
  }
  return { text, format, pageCount, warnings };
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
  try {
    switch (detected.type) {
      case "pdf": {
        const pdf = await withDeadline(extractPdfText(bytes, limits, deadline), deadline, "PDF extraction");
        return finish(pdf.text, "pdf", pdf.pageCount, pdf.warnings, limits);
      }
      case "docx": {
        if (!detected.zip) throw new EngineError("CORRUPT_FILE", "DOCX directory missing after detection");
        checkDocxLimits(bytes, detected.zip, limits);
        const docx = await withDeadline(extractDocxText(bytes, detected.zip), deadline, "DOCX extraction");
        return finish(docx.text, "docx", null, docx.warnings, limits);
      }
      case "txt": {
        const encoding = detected.encoding ?? "utf-8";
        const warnings = encoding === "windows-1252" ? ["txt: not valid UTF-8, decoded as Windows-1252"] : [];
        return finish(decodeTextFile(bytes, encoding), "txt", null, warnings, limits);
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
  } catch (error) {
    if (isEngineError(error)) throw error;
    // Anything else escaping a parser is a problem with this file, not with the app.
    throw new EngineError("CORRUPT_FILE", `${detected.type} extraction failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
