import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { writeAuditLog } from "@/lib/server/audit";

/**
 * Takes queued evaluations out of the queue (of one job or all). They are marked
 * failed with the PURGED code rather than deleted, so nothing is lost: "retry"
 * puts them back. Rows being processed right now are left alone.
 */
export async function purgeQueuedEvaluations(options: {
  db: PrismaClient;
  jobId?: string;
  actorId: string;
  requestId?: string;
}): Promise<{ purged: number }> {
  const { db } = options;
  return db.$transaction(async (tx) => {
    const result = await tx.evaluation.updateMany({
      where: { status: "queued", ...(options.jobId ? { jobId: options.jobId } : {}) },
      data: {
        status: "failed",
        failedStage: "queue",
        errorCode: "PURGED",
        errorMessage: "Removed from the queue by an admin. Retry to evaluate it.",
        lockedBy: null,
        lockedUntil: null,
      },
    });
    await writeAuditLog(tx, {
      actorId: options.actorId,
      action: "queue.purged",
      targetType: options.jobId ? "job" : "queue",
      targetId: options.jobId,
      metadata: { purged: result.count },
      requestId: options.requestId ?? null,
    });
    return { purged: result.count };
  });
}
