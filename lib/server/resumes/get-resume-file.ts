import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { FileStorage } from "@/lib/server/storage/file-storage";

/** The original upload, only through a job that has an evaluation of it (scoped access). */
export async function getResumeFile(options: {
  db: PrismaClient;
  storage: FileStorage;
  jobId: string;
  resumeId: string;
}): Promise<{ bytes: Buffer; fileName: string; mimeType: string }> {
  const evaluation = await options.db.evaluation.findUnique({
    where: { jobId_resumeId: { jobId: options.jobId, resumeId: options.resumeId } },
    select: { resume: { select: { storageKey: true, originalName: true, mimeType: true } } },
  });
  if (!evaluation) throw new AppError("NOT_FOUND", "This resume does not exist for this job.");
  const { resume } = evaluation;
  try {
    return { bytes: await options.storage.get(resume.storageKey), fileName: resume.originalName, mimeType: resume.mimeType };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      throw new AppError("NOT_FOUND", "The stored file is missing. Upload the resume again.");
    throw error;
  }
}
