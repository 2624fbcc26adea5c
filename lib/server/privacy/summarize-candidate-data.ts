import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** A resume has at most one evaluation per job, so `evaluations` is also the number of jobs. */
export type CandidateDataSummary = { evaluations: number; decisions: number };

/**
 * How much an erasure of the resume would remove, across all jobs — so the
 * confirmation can say what goes. Counts only, no personal data.
 */
export async function summarizeCandidateData(options: { db: PrismaClient; resumeId: string }): Promise<CandidateDataSummary> {
  const { db, resumeId } = options;
  const [evaluations, decisions] = await Promise.all([
    db.evaluation.count({ where: { resumeId } }),
    db.decision.count({ where: { evaluation: { resumeId } } }),
  ]);
  return { evaluations, decisions };
}
