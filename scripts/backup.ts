// `npm run backup [-- --out DIR] [--format auto|pg_dump|logical]`: writes
// data/backups/resume-checker-YYYYMMDD-HHMMSS.tar.gz with the database and the stored files.
import path from "node:path";
import { getEnv } from "../lib/env";
import { storageFromEnv } from "../lib/server/storage/get-storage";
import { createBackup } from "./lib/backup";
import { openOperationsDatabase } from "./lib/database";

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const FORMATS = ["auto", "pg_dump", "logical"] as const;
const format = FORMATS.find((name) => name === (option("--format") ?? "auto"));
if (!format) {
  console.error("Usage: npm run backup [-- --out DIR] [--format auto|pg_dump|logical]");
  process.exit(2);
}

async function main(): Promise<void> {
  const env = getEnv();
  const outDir = path.resolve(option("--out") ?? path.join(env.dataDir, "backups"));
  const database = await openOperationsDatabase({ log: console.log });
  try {
    const result = await createBackup({ databaseUrl: database.url, storage: storageFromEnv(env), outDir, format, log: console.log });
    const rows = Object.values(result.manifest.database.tables).reduce((sum, n) => sum + n, 0);
    console.log(`Wrote ${result.archive}`);
    console.log(
      `  ${Object.keys(result.manifest.database.tables).length} table(s), ${rows} row(s) (${result.manifest.database.dumpFormat}), ${result.manifest.files.length} file(s), ${(result.sizeBytes / 1024).toFixed(1)} KiB in ${result.seconds.toFixed(2)} s`,
    );
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
