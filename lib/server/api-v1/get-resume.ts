import "server-only";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** A resume's metadata and its evaluations (not the text: that is in the data-subject export). */
export async function getResume(options: { db: PrismaClient; resumeId: string }) {
  const row = await options.db.resume.findUnique({
    where: { id: options.resumeId },
    select: {
      id: true,
      originalName: true,
      mimeType: true,
      sizeBytes: true,
      parseStatus: true,
      parseErrorCode: true,
      candidateName: true,
      candidateEmail: true,
      createdAt: true,
      evaluations: { select: { id: true, jobId: true, status: true, score: true, verdict: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "This resume does not exist.");
  const { originalName, createdAt, ...rest } = row;
  return { ...rest, fileName: originalName, createdAt: createdAt.toISOString() };
}
