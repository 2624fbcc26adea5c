// `npm run restore -- FILE [--force]`: restores a backup archive into an empty database
// and storage folder (stop the app first), then verifies row counts and file hashes.
import path from "node:path";
import { getEnv } from "../lib/env";
import { storageFromEnv } from "../lib/server/storage/get-storage";
import { restoreBackup } from "./lib/backup";
import { openOperationsDatabase } from "./lib/database";

const args = process.argv.slice(2);
const force = args.includes("--force");
const file = args.find((arg) => !arg.startsWith("--"));
if (!file) {
  console.error("Usage: npm run restore -- FILE [--force]   (FILE: a resume-checker-*.tar.gz from npm run backup)");
  process.exit(2);
}

async function main(archive: string): Promise<void> {
  const env = getEnv();
  const database = await openOperationsDatabase({ log: console.log });
  try {
    const result = await restoreBackup({ archive, databaseUrl: database.url, storage: storageFromEnv(env), force, log: console.log });
    console.log(`Restored ${path.basename(archive)} (taken ${result.manifest.createdAt}, app ${result.manifest.app.version}):`);
    console.log(
      `  ${result.tables} table(s), ${result.rows} row(s), ${result.files} file(s); row counts and sha256 verified in ${result.seconds.toFixed(2)} s`,
    );
  } finally {
    await database.stop();
  }
}

main(path.resolve(file)).catch((error: unknown) => {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
