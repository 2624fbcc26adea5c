import "server-only";
import mammoth from "mammoth";
import { readBodyRuns, removeHiddenRuns } from "@/lib/engine/extract/docx-hidden";
import { DEFAULT_EXTRACT_LIMITS } from "@/lib/engine/extract/limits";
import { measureInflatedSize, readZipDirectory, type ZipDirectory } from "@/lib/engine/extract/zip-directory";
import { AppError } from "@/lib/errors";
import { sanitizeResumeHtml } from "./sanitize-resume-html";

/** Images larger than this are left out of the view (a resume photo is far smaller). */
const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
const SHOWN_IMAGE_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);

/**
 * Confirms by bounded inflation that every part of the archive, images included, is no
 * larger than its declared size and that the whole stays under the extraction limit.
 * Text extraction checked only the XML parts because it never reads images; this view does.
 */
function checkArchiveSize(bytes: Uint8Array): ZipDirectory {
  const limit = DEFAULT_EXTRACT_LIMITS.maxDocxUncompressedBytes;
  const zip = readZipDirectory(bytes, DEFAULT_EXTRACT_LIMITS.maxDocxEntries);
  if (zip.totalUncompressedSize > limit) throw new Error(`declares ${zip.totalUncompressedSize} bytes uncompressed`);
  let budget = limit;
  for (const entry of zip.entries) {
    budget -= measureInflatedSize(bytes, entry, Math.min(budget, entry.uncompressedSize + 1024));
  }
  return zip;
}

const embedImage = mammoth.images.imgElement(async (image) => {
  if (!SHOWN_IMAGE_TYPES.has(image.contentType)) return { src: "" };
  const data = await image.readAsBuffer();
  if (data.length > MAX_IMAGE_BYTES) return { src: "" };
  return { src: `data:${image.contentType};base64,${data.toString("base64")}` };
});

/**
 * A DOCX resume as sanitised HTML for the "Original" view. Text a reader of the document
 * cannot see (white, hidden, tiny) is left out, as in text extraction, so the view shows
 * what the document shows. Throws UNPROCESSABLE when the file cannot be read safely.
 */
export async function docxToSafeHtml(bytes: Uint8Array): Promise<string> {
  let html: string;
  try {
    const zip = checkArchiveSize(bytes);
    const xmlRuns = readBodyRuns(bytes, zip);
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        convertImage: embedImage,
        transformDocument: (document: Parameters<typeof removeHiddenRuns>[0]) => {
          removeHiddenRuns(document, xmlRuns);
          return document;
        },
      },
    );
    html = result.value;
  } catch (cause) {
    throw new AppError("UNPROCESSABLE_DOCUMENT", "This DOCX file cannot be shown. Download the original to open it.", { cause });
  }
  return sanitizeResumeHtml(html);
}
