// In-thread text extraction: bytes in, normalised text out, EngineError on any
// problem with the input. Imported by the public index and by the worker.
// The PDF and DOCX extractors are imported on the first file of their type:
// pdf.js and mammoth take a few hundred milliseconds to load, which a plain-text
// file (or a command-line run on one) should not pay. The OCR engine (tesseract.js)
// and the image decoder (sharp) load on the first scan for the same reason.
import { EngineError, isEngineError } from "../errors";
import { withDeadline } from "./deadline";
import { detectFileType } from "./detect-type";
import { decodeTextFile } from "./extract-txt";
import { type ExtractLimits, resolveLimits } from "./limits";
import { normalizeExtractedText } from "./normalize-text";
import { imageOcrSource } from "./ocr-image";
import { ocrDeadline, recognizePages } from "./ocr-pages";
import type { ExtractedDocument, ExtractedFormat, HiddenTextReport, OcrReport } from "./types";

function finish(
  raw: string,
  format: ExtractedFormat,
  pageCount: number | null,
  warnings: string[],
  limits: ExtractLimits,
  extras: { hidden?: HiddenTextReport | null; ocr?: OcrReport | null } = {},
): ExtractedDocument {
  const text = normalizeExtractedText(raw);
  if (text.length > limits.maxTextChars) {
    throw new EngineError("TEXT_TOO_LONG", `extracted text has ${text.length} characters (limit ${limits.maxTextChars})`);
  }
  if (text.replace(/\s+/g, "").length === 0) {
    throw new EngineError("EMPTY_DOCUMENT", `${format} file contains no text`);
  }
  return {
    text,
    format,
    pageCount,
    warnings,
    ...(extras.hidden ? { hiddenText: extras.hidden } : {}),
    ...(extras.ocr ? { ocr: extras.ocr } : {}),
  };
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
 * Extracts normalised text from a PDF, DOCX or plain-text file, or by OCR from
 * a scanned PDF or a PNG, JPEG or TIFF image, deciding the format from the bytes. Runs in the calling thread; the time limit is
 * enforced between steps, not pre-emptively — use extractTextIsolated for
 * untrusted uploads.
 */
export async function extractText(bytes: Uint8Array, options: Partial<ExtractLimits> = {}): Promise<ExtractedDocument> {
  const limits = resolveLimits(options);
  const startedAt = Date.now();
  const deadline = startedAt + Math.min(limits.textTimeoutMs, limits.timeoutMs);

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
        const pdf = await extractPdfText(bytes, limits, { text: deadline, ocr: ocrDeadline(startedAt, limits) });
        return finish(pdf.text, "pdf", pdf.pageCount, pdf.warnings, limits, { hidden: pdf.hidden, ocr: pdf.ocr });
      });
    }
    case "docx": {
      const zip = detected.zip;
      if (!zip) throw new EngineError("CORRUPT_FILE", "DOCX directory missing after detection");
      const { checkDocxLimits, extractDocxText } = await import("./extract-docx");
      return parseFile("docx", async () => {
        checkDocxLimits(bytes, zip, limits);
        const docx = await withDeadline(extractDocxText(bytes, zip), deadline, "DOCX extraction");
        return finish(docx.text, "docx", null, docx.warnings, limits, { hidden: docx.hidden });
      });
    }
    case "txt": {
      const encoding = detected.encoding ?? "utf-8";
      const warnings = encoding === "windows-1252" ? ["txt: not valid UTF-8, decoded as Windows-1252"] : [];
      return parseFile("txt", () => finish(decodeTextFile(bytes, encoding), "txt", null, warnings, limits));
    }
    case "image": {
      const format = detected.image ?? "png";
      return parseFile(format, async () => {
        const ocr = await recognizePages(await imageOcrSource(bytes, limits), limits, ocrDeadline(startedAt, limits));
        const warnings = [`${format}: image read by OCR`];
        return finish(ocr.text, format, ocr.pages, warnings, limits, { ocr: { confidence: ocr.confidence, pages: ocr.pages } });
      });
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
