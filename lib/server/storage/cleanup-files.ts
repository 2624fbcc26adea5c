import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { eraseClosedJobResumes } from "@/lib/server/retention/erase-closed-job-resumes";
import type { FileStorage } from "./file-storage";
import { TEMP_SUFFIX } from "./local-file-storage";

export type CleanupReport = {
  scanned: number;
  removedTemp: string[];
  removedOrphans: string[];
  expiredResumes: number;
  expiredJobFiles: number;
  /** Resumes whose every job has been closed longer than the retention period (lib/server/retention). */
  closedJobResumesErased: number;
  dryRun: boolean;
};

/**
 * Removes files no row points at: temp files of interrupted writes, files of
 * deleted resumes, and uploads whose row was never written (crash between the
 * file and the row). Files younger than `graceMs` are left alone, since an upload
 * in flight writes its file before its row. With a retention period, resumes
 * older than it that no open job uses are deleted (row first, then file), and
 * JD files of jobs closed longer than it are detached and removed.
 */
export async function cleanupFiles(options: {
  db: PrismaClient;
  storage: FileStorage;
  retentionDays?: number;
  graceMs?: number;
  dryRun?: boolean;
  now?: Date;
}): Promise<CleanupReport> {
  const { db, storage } = options;
  const now = options.now ?? new Date();
  const graceMs = options.graceMs ?? 60 * 60_000;
  const dryRun = options.dryRun ?? false;
  const report: CleanupReport = {
    scanned: 0,
    removedTemp: [],
    removedOrphans: [],
    expiredResumes: 0,
    expiredJobFiles: 0,
    closedJobResumesErased: 0,
    dryRun,
  };

  if (options.retentionDays) {
    report.closedJobResumesErased = (
      await eraseClosedJobResumes({ db, storage, retentionDays: options.retentionDays, now, dryRun })
    ).erased;
    const cutoff = new Date(now.getTime() - options.retentionDays * 86_400_000);
    const expired = await db.resume.findMany({
      where: { createdAt: { lt: cutoff }, evaluations: { none: { job: { status: "open" } } } },
      select: { id: true },
      take: 10_000,
    });
    report.expiredResumes = expired.length;
    if (!dryRun && expired.length > 0) await db.resume.deleteMany({ where: { id: { in: expired.map((row) => row.id) } } });
    const closedJobs = await db.job.findMany({
      where: { status: "closed", closedAt: { lt: cutoff }, sourceStorageKey: { not: null } },
      select: { id: true },
    });
    report.expiredJobFiles = closedJobs.length;
    if (!dryRun && closedJobs.length > 0)
      await db.job.updateMany({ where: { id: { in: closedJobs.map((job) => job.id) } }, data: { sourceStorageKey: null } });
  }

  // Collect candidates first, then check them against the database in chunks.
  const candidates: string[] = [];
  for await (const file of storage.list()) {
    report.scanned++;
    if (now.getTime() - file.modifiedAt.getTime() < graceMs) continue;
    if (file.key.endsWith(TEMP_SUFFIX)) {
      report.removedTemp.push(file.key);
      if (!dryRun) await storage.deleteListed(file.key);
      continue;
    }
    candidates.push(file.key);
  }
  for (let i = 0; i < candidates.length; i += 500) {
    const chunk = candidates.slice(i, i + 500);
    const [resumes, jobs] = await Promise.all([
      db.resume.findMany({ where: { storageKey: { in: chunk } }, select: { storageKey: true } }),
      db.job.findMany({ where: { sourceStorageKey: { in: chunk } }, select: { sourceStorageKey: true } }),
    ]);
    const referenced = new Set<string | null>([...resumes.map((row) => row.storageKey), ...jobs.map((row) => row.sourceStorageKey)]);
    for (const key of chunk) {
      if (referenced.has(key)) continue;
      report.removedOrphans.push(key);
      if (!dryRun) await storage.deleteListed(key);
    }
  }
  return report;
}
