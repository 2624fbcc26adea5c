import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { writeAuditLog } from "@/lib/server/audit";
import type { FileStorage } from "@/lib/server/storage/file-storage";

export type ClosedJobRetentionReport = { cutoff: Date; erased: number; filesDeleted: number; dryRun: boolean };

/**
 * Retention for closed jobs: a resume is erased (file, text, profile, evaluations,
 * decisions) once every job it was evaluated for has been closed for longer than
 * `retentionDays`. A resume still in an open job, or in a job closed more
 * recently, stays. The audit log records only that a retention erasure happened.
 */
export async function eraseClosedJobResumes(options: {
  db: PrismaClient;
  storage: Pick<FileStorage, "delete">;
  retentionDays: number;
  now?: Date;
  dryRun?: boolean;
  batchSize?: number;
}): Promise<ClosedJobRetentionReport> {
  const { db, storage } = options;
  if (!Number.isInteger(options.retentionDays) || options.retentionDays <= 0)
    throw new Error("retentionDays must be a positive whole number");
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - options.retentionDays * 86_400_000);
  const batchSize = options.batchSize ?? 500;
  const report: ClosedJobRetentionReport = { cutoff, erased: 0, filesDeleted: 0, dryRun: options.dryRun ?? false };
  const expiredWhere = { evaluations: { some: {}, every: { job: { status: "closed" as const, closedAt: { lt: cutoff } } } } };

  if (report.dryRun) {
    report.erased = await db.resume.count({ where: expiredWhere });
    return report;
  }
  for (;;) {
    const batch = await db.resume.findMany({
      where: expiredWhere,
      select: { id: true, storageKey: true },
      take: batchSize,
      orderBy: { id: "asc" },
    });
    if (batch.length === 0) break;
    const ids = batch.map((row) => row.id);
    await db.$transaction(async (tx) => {
      // Re-checked inside the transaction: a job reopened meanwhile keeps its resumes.
      const still = await tx.resume.findMany({ where: { id: { in: ids }, ...expiredWhere }, select: { id: true } });
      const stillIds = still.map((row) => row.id);
      if (stillIds.length === 0) return;
      const decisions = await tx.decision.deleteMany({ where: { evaluation: { resumeId: { in: stillIds } } } });
      const evaluations = await tx.evaluation.deleteMany({ where: { resumeId: { in: stillIds } } });
      await tx.resume.deleteMany({ where: { id: { in: stillIds } } });
      await writeAuditLog(tx, {
        actorLabel: "system:retention",
        action: "resumes.retention-erased",
        targetType: "resume",
        metadata: {
          resumes: stillIds.length,
          evaluationsDeleted: evaluations.count,
          decisionsDeleted: decisions.count,
          retentionDays: options.retentionDays,
        },
      });
      report.erased += stillIds.length;
      const erased = new Set(stillIds);
      for (const row of batch) if (!erased.has(row.id)) row.storageKey = "";
    });
    // Files go after the commit; a failed delete leaves an orphan that the file sweep removes.
    for (const row of batch) {
      if (!row.storageKey) continue;
      await storage.delete(row.storageKey).then(
        () => report.filesDeleted++,
        () => undefined,
      );
    }
    if (batch.length < batchSize) break;
  }
  return report;
}
