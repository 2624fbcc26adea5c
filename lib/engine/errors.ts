// Errors the relevance engine raises for problems with the user's input.
// The web app maps `code` to an HTTP status and shows `userMessage`; the
// original library error (if any) stays in `cause` for logs only, because raw
// parser messages are neither safe nor helpful to show to recruiters.

export const ENGINE_ERROR_CODES = [
  "FILE_TOO_LARGE",
  "UNSUPPORTED_TYPE",
  "EMPTY_FILE",
  "CORRUPT_FILE",
  "ENCRYPTED_PDF",
  "NO_TEXT_LAYER",
  "TOO_MANY_PAGES",
  "DOCX_TOO_LARGE_UNCOMPRESSED",
  "DOCX_TOO_MANY_ENTRIES",
  "TEXT_TOO_LONG",
  "EMPTY_DOCUMENT",
  "PARSE_TIMEOUT",
  "PARSE_CRASHED",
  "IMAGE_TOO_LARGE",
  "OCR_TIMEOUT",
] as const;

export type EngineErrorCode = (typeof ENGINE_ERROR_CODES)[number];

export const ENGINE_ERROR_USER_MESSAGES: Record<EngineErrorCode, string> = {
  FILE_TOO_LARGE: "This file is too large. Upload a smaller file (export the resume again or remove large images).",
  UNSUPPORTED_TYPE:
    "This file type is not supported. Upload a PDF, a Word document (.docx), a plain text file or a scan as PNG, JPEG or TIFF.",
  EMPTY_FILE: "This file is empty. Check that you picked the right file and upload it again.",
  CORRUPT_FILE: "This file is damaged and cannot be read. Export or save the document again and upload the new file.",
  ENCRYPTED_PDF: "This PDF is password-protected. Remove the password (or save an unprotected copy) and upload it again.",
  NO_TEXT_LAYER: "This PDF has no text layer and no text could be recognised in its pages — upload the original document or a DOCX",
  TOO_MANY_PAGES: "This PDF has too many pages. Upload a shorter document (a resume or job description of a few pages).",
  DOCX_TOO_LARGE_UNCOMPRESSED:
    "This Word document is too large once unpacked. Remove large embedded images or objects and upload it again.",
  DOCX_TOO_MANY_ENTRIES: "This Word document has too many embedded parts. Save it again as a plain .docx and upload it.",
  TEXT_TOO_LONG: "This document contains too much text. Upload a shorter document.",
  EMPTY_DOCUMENT: "No text was found in this document. Check that it is the right file and that it contains text.",
  PARSE_TIMEOUT: "Reading this file took too long. Try again, or upload a simpler version (for example a DOCX or text file).",
  PARSE_CRASHED: "This file could not be processed. Try again, or upload a simpler version (for example a DOCX or text file).",
  IMAGE_TOO_LARGE:
    "This image is too large to read (too many pixels). Scan or photograph the resume again at 200–300 dpi, or upload the original document.",
  OCR_TIMEOUT:
    "Reading this scanned document took too long. Upload the original document (a PDF with text or a DOCX), or a scan with fewer pages.",
};

/** Codes where the same input may succeed on a later attempt (load-related, not content-related). */
const RETRIABLE_CODES: ReadonlySet<EngineErrorCode> = new Set(["PARSE_TIMEOUT", "PARSE_CRASHED"]);
// OCR_TIMEOUT is not retriable: the budget is generous for a resume, so a scan that exceeds it is too long, not unlucky.

export interface EngineErrorOptions {
  userMessage?: string;
  retriable?: boolean;
  cause?: unknown;
}

export class EngineError extends Error {
  readonly code: EngineErrorCode;
  readonly userMessage: string;
  readonly retriable: boolean;

  constructor(code: EngineErrorCode, message?: string, options: EngineErrorOptions = {}) {
    super(message ?? code, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "EngineError";
    this.code = code;
    this.userMessage = options.userMessage ?? ENGINE_ERROR_USER_MESSAGES[code];
    this.retriable = options.retriable ?? RETRIABLE_CODES.has(code);
  }

  /** Plain-data form, used to carry the error across a worker_threads boundary. */
  toJSON(): SerializedEngineError {
    return { code: this.code, message: this.message, userMessage: this.userMessage, retriable: this.retriable };
  }

  static fromJSON(data: SerializedEngineError): EngineError {
    return new EngineError(data.code, data.message, { userMessage: data.userMessage, retriable: data.retriable });
  }
}

export interface SerializedEngineError {
  code: EngineErrorCode;
  message: string;
  userMessage: string;
  retriable: boolean;
}

export function isEngineErrorCode(value: unknown): value is EngineErrorCode {
  return typeof value === "string" && (ENGINE_ERROR_CODES as readonly string[]).includes(value);
}

// Structural check as well as instanceof: errors re-created across module
// copies (worker bundles, test runners) must still be recognised.
export function isEngineError(value: unknown): value is EngineError {
  if (value instanceof EngineError) return true;
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as { name?: unknown; code?: unknown; userMessage?: unknown };
  return candidate.name === "EngineError" && isEngineErrorCode(candidate.code) && typeof candidate.userMessage === "string";
}
