import "server-only";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { FileStorage } from "@/lib/server/storage/file-storage";
import { docxToSafeHtml } from "./docx-original-html";

/**
 * How the candidate page can show a resume's original: a PDF is drawn by pdf.js in the
 * browser, a DOCX as sanitised HTML, a PNG or JPEG scan as an image, a text file is its own
 * original (the text view); anything else (a format browsers cannot draw, such as TIFF) can
 * only be downloaded.
 */
export type OriginalKind = "pdf" | "docx" | "image" | "text" | "download-only";

const KIND_BY_MIME: Record<string, OriginalKind> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "image/png": "image",
  "image/jpeg": "image",
  "text/plain": "text",
};

export async function getOriginalKind(options: { db: PrismaClient; resumeId: string }): Promise<OriginalKind> {
  const resume = await options.db.resume.findUnique({ where: { id: options.resumeId }, select: { mimeType: true } });
  if (!resume) throw new AppError("NOT_FOUND", "This resume does not exist.");
  return KIND_BY_MIME[resume.mimeType] ?? "download-only";
}

/**
 * A DOCX resume's original as sanitised HTML (see docxToSafeHtml). Refused in blind review:
 * the original shows the name, photo and places that blind review hides.
 */
export async function getDocxOriginalHtml(options: {
  db: PrismaClient;
  storage: FileStorage;
  resumeId: string;
  blind: boolean;
}): Promise<string> {
  if (options.blind)
    throw new AppError("FORBIDDEN", "Blind review is on, so the original file is hidden. Turn blind review off to see or download it.");
  const resume = await options.db.resume.findUnique({ where: { id: options.resumeId }, select: { storageKey: true, mimeType: true } });
  if (!resume) throw new AppError("NOT_FOUND", "This resume does not exist.");
  if (KIND_BY_MIME[resume.mimeType] !== "docx") throw new AppError("BAD_REQUEST", "This resume is not a DOCX file.");
  let bytes: Buffer;
  try {
    bytes = await options.storage.get(resume.storageKey);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      throw new AppError("NOT_FOUND", "The stored file is missing. Upload the resume again.");
    throw error;
  }
  return docxToSafeHtml(bytes);
}
