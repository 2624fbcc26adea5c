import "server-only";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** A job with its editable requirements (every staff role sees every job: one organisation). */
export async function getJob(options: { db: PrismaClient; jobId: string }) {
  const job = await options.db.job.findUnique({
    where: { id: options.jobId },
    select: {
      id: true,
      title: true,
      status: true,
      location: true,
      rawText: true,
      sourceFileName: true,
      requirements: true,
      weights: true,
      thresholds: true,
      requirementsRevision: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  if (!job) throw new AppError("NOT_FOUND", "This job does not exist.");
  return job;
}
