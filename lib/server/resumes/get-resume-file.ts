import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { FileStorage } from "@/lib/server/storage/file-storage";

export type ResumeFile = { bytes: Buffer; fileName: string; mimeType: string };

/** The original upload of a resume that some job evaluates (a resume no job reaches is not served). */
export async function getResumeFile(options: { db: PrismaClient; storage: FileStorage; resumeId: string }): Promise<ResumeFile> {
  const resume = await options.db.resume.findFirst({
    where: { id: options.resumeId, evaluations: { some: {} } },
    select: { storageKey: true, originalName: true, mimeType: true },
  });
  if (!resume) throw new AppError("NOT_FOUND", "This resume does not exist.");
  try {
    return { bytes: await options.storage.get(resume.storageKey), fileName: resume.originalName, mimeType: resume.mimeType };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      throw new AppError("NOT_FOUND", "The stored file is missing. Upload the resume again.");
    throw error;
  }
}
