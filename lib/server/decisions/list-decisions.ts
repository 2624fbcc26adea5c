import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { DecisionEntry } from "@/lib/schemas/decisions";

/** Decision history of one evaluation of the job, newest first, with who decided. */
export async function listDecisions(options: { db: PrismaClient; jobId: string; evaluationId: string }): Promise<DecisionEntry[]> {
  const rows = await options.db.decision.findMany({
    where: { evaluationId: options.evaluationId, evaluation: { jobId: options.jobId } },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, decision: true, note: true, createdAt: true, reviewer: { select: { name: true, email: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    decision: row.decision,
    note: row.note,
    reviewerName: row.reviewer.name,
    reviewerEmail: row.reviewer.email,
    createdAt: row.createdAt.toISOString(),
  }));
}
