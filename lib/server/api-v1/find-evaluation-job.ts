import "server-only";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The job of an evaluation addressed by id alone (v1 URLs), so the pipeline's job-scoped use cases can be reused. */
export async function findEvaluationJobId(db: PrismaClient, evaluationId: string): Promise<string> {
  const row = await db.evaluation.findUnique({ where: { id: evaluationId }, select: { jobId: true } });
  if (!row) throw new AppError("NOT_FOUND", "This evaluation does not exist.");
  return row.jobId;
}
