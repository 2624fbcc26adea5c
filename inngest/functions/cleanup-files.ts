import { cron } from "inngest";
import { inngest } from "../client";
import { getEnv } from "@/lib/env";
import { cleanupFiles } from "@/lib/server/storage/cleanup-files";
import { getStorage } from "@/lib/server/storage/get-storage";
import { pipelineDeps } from "./runtime";

// Daily: orphaned and temp files, and (with RETENTION_DAYS) expired resumes.
export const cleanupFilesDaily = inngest.createFunction(
  { id: "cleanup-files", name: "Clean up stored files", triggers: [cron("TZ=UTC 30 3 * * *")] },
  async ({ step }) => {
    const report = await step.run("cleanup", () =>
      cleanupFiles({ db: pipelineDeps().db, storage: getStorage(), retentionDays: getEnv().RETENTION_DAYS }),
    );
    return {
      scanned: report.scanned,
      removedTemp: report.removedTemp.length,
      removedOrphans: report.removedOrphans.length,
      expiredResumes: report.expiredResumes,
    };
  },
);
