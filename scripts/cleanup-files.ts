// `npm run cleanup-files [-- --dry-run] [--grace-minutes 60]`: removes stored files
// no row points at (interrupted writes, deleted resumes) and, with RETENTION_DAYS
// set, resumes past the retention period that no open job uses. The same work
// runs daily as the Inngest cron function cleanup-files.
import { getEnv } from "../lib/env";
import { cleanupFiles } from "../lib/server/storage/cleanup-files";
import { storageFromEnv } from "../lib/server/storage/get-storage";
import { withDevelopmentDatabase } from "./lib/database";
import { createScriptPrismaClient } from "./lib/prisma-client";

const dryRun = process.argv.includes("--dry-run");
const graceIndex = process.argv.indexOf("--grace-minutes");
const graceMinutes = graceIndex >= 0 ? Number(process.argv[graceIndex + 1]) : 60;
if (!Number.isFinite(graceMinutes) || graceMinutes < 0) {
  console.error("Usage: npm run cleanup-files [-- --dry-run] [--grace-minutes N]");
  process.exit(2);
}

withDevelopmentDatabase(async (url) => {
  const db = createScriptPrismaClient(url);
  const env = getEnv();
  const storage = storageFromEnv(env);
  try {
    const report = await cleanupFiles({
      db,
      storage,
      retentionDays: env.RETENTION_DAYS,
      graceMs: graceMinutes * 60_000,
      dryRun,
    });
    const verb = dryRun ? "Would remove" : "Removed";
    console.log(`Scanned ${report.scanned} file(s) in ${storage.describe()}.`);
    for (const key of report.removedTemp) console.log(`  ${verb.toLowerCase()} interrupted write ${key}`);
    for (const key of report.removedOrphans) console.log(`  ${verb.toLowerCase()} orphan ${key}`);
    console.log(`${verb} ${report.removedTemp.length} temp file(s) and ${report.removedOrphans.length} orphan file(s).`);
    if (env.RETENTION_DAYS)
      console.log(
        `Retention ${env.RETENTION_DAYS} days: ${dryRun ? "would erase" : "erased"} ${report.closedJobResumesErased} resume(s) of jobs closed longer than that; ${dryRun ? "would delete" : "deleted"} ${report.expiredResumes} other expired resume(s), detached ${report.expiredJobFiles} JD file(s).`,
      );
    else console.log("RETENTION_DAYS is not set: no resumes expire.");
  } finally {
    await db.$disconnect();
  }
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
