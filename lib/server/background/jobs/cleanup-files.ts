import "server-only";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { cleanupFiles } from "@/lib/server/storage/cleanup-files";
import { getStorage } from "@/lib/server/storage/get-storage";
import type { JobIo } from "./job-io";

// Daily: orphaned and temp files, and (with RETENTION_DAYS) expired resumes.
export const cleanupFilesJob = {
  id: "cleanup-files",
  name: "Clean up stored files",
  cron: "TZ=UTC 30 3 * * *",
  async handler(io: JobIo) {
    const report = await io.run("cleanup", () =>
      cleanupFiles({ db: getDb(), storage: getStorage(), retentionDays: getEnv().RETENTION_DAYS }),
    );
    return {
      scanned: report.scanned,
      removedTemp: report.removedTemp.length,
      removedOrphans: report.removedOrphans.length,
      expiredResumes: report.expiredResumes,
    };
  },
} as const;
