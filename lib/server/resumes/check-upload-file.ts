import "server-only";
import { createHash } from "node:crypto";
import { EngineError } from "@/lib/engine/errors";
import { DEFAULT_EXTRACT_LIMITS, detectFileType, type ExtractLimits, type ImageFormat } from "@/lib/engine/extract";

export type AcceptedFile = { format: "pdf" | "docx" | "txt" | ImageFormat; mimeType: string; sha256: string };

const MIME_BY_FORMAT = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  txt: "text/plain",
  // Scans and photos, read by OCR.
  png: "image/png",
  jpeg: "image/jpeg",
  tiff: "image/tiff",
} as const;

/**
 * The checks an upload must pass before anything is stored: size, type from the
 * bytes (never the name or the browser's MIME type), and the DOCX container
 * limits readable from the ZIP directory. Page count and text limits need a
 * full parse and are enforced by the extract stage (a non-retriable failure).
 * Throws EngineError with the engine's code and user message.
 */
export function checkUploadFile(bytes: Uint8Array, limits: Pick<ExtractLimits, "maxFileBytes"> & Partial<ExtractLimits>): AcceptedFile {
  if (bytes.length === 0) throw new EngineError("EMPTY_FILE", "file has 0 bytes");
  if (bytes.length > limits.maxFileBytes)
    throw new EngineError("FILE_TOO_LARGE", `file has ${bytes.length} bytes (limit ${limits.maxFileBytes})`);
  const detected = detectFileType(bytes);
  if (detected.type === "unknown") {
    if (detected.damaged) throw new EngineError("CORRUPT_FILE", detected.reason);
    throw new EngineError(
      "UNSUPPORTED_TYPE",
      detected.reason,
      detected.unsupportedHint === "legacy-office"
        ? {
            userMessage:
              "Old Word (.doc) files and password-protected Office files are not supported. Save the document as .docx or PDF and upload it again.",
          }
        : {},
    );
  }
  if (detected.type === "docx" && detected.zip) {
    const maxEntries = limits.maxDocxEntries ?? DEFAULT_EXTRACT_LIMITS.maxDocxEntries;
    const maxUncompressed = limits.maxDocxUncompressedBytes ?? DEFAULT_EXTRACT_LIMITS.maxDocxUncompressedBytes;
    const entries = Math.max(detected.zip.declaredEntryCount, detected.zip.entries.length);
    if (entries > maxEntries) throw new EngineError("DOCX_TOO_MANY_ENTRIES", `DOCX has ${entries} entries (limit ${maxEntries})`);
    if (detected.zip.totalUncompressedSize > maxUncompressed) {
      throw new EngineError(
        "DOCX_TOO_LARGE_UNCOMPRESSED",
        `DOCX declares ${detected.zip.totalUncompressedSize} bytes (limit ${maxUncompressed})`,
      );
    }
  }
  const format = detected.type === "image" ? (detected.image ?? "png") : detected.type;
  return { format, mimeType: MIME_BY_FORMAT[format], sha256: createHash("sha256").update(bytes).digest("hex") };
}
