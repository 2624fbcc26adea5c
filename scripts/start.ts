// `npm start`: build if needed, start (or connect to) PostgreSQL, migrate, seed demo
// accounts on an empty database, and serve the production build on PORT (3000).
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { startAppServer, isPortFree } from "./lib/app-server";
import { buildApp, buildIsCurrent } from "./lib/build";
import { openDatabase } from "./lib/database";
import { dataDir, readLocalSecrets } from "./lib/local-secrets";
import { createScriptPrismaClient } from "./lib/prisma-client";
import { runPrismaCli } from "./prisma";
import { StartupError, reportStartupFailure } from "./lib/startup-error";
import { DEMO_USERS, seedDemoUsersIfEmpty } from "../lib/server/users/seed-demo-users";

const log = (line: string) => console.log(`[resume-checker] ${line}`);

function parsePort(): number {
  const raw = process.env.PORT ?? "3000";
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new StartupError(`PORT=${raw} is not a valid port.`, "Use a number from 1 to 65535, e.g. PORT=3000.");
  return port;
}

/** An app server orphaned by a SIGKILL of this script would keep the port; stop it. */
function stopOrphanedServer(pidFile: string): void {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8"));
  rmSync(pidFile, { force: true });
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (cmdline.includes("next")) process.kill(pid, "SIGTERM");
  } catch {
    // Not running any more.
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const port = parsePort();
  const runDir = path.join(dataDir(), "run");
  mkdirSync(runDir, { recursive: true });
  const pidFile = path.join(runDir, "app.pid");
  stopOrphanedServer(pidFile);
  if (!(await isPortFree(port))) {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    if (!(await isPortFree(port)))
      throw new StartupError(
        `Port ${port} is already in use.`,
        `Stop the program using it, or choose another port: PORT=${port + 1} npm start`,
      );
  }

  const secrets = readLocalSecrets();
  const database = await openDatabase({ log, supervise: true });
  log(database.embedded ? "Using the embedded PostgreSQL (data/postgres)." : "Using the database from DATABASE_URL.");
  let shuttingDown = false;
  let server: Awaited<ReturnType<typeof startAppServer>> | null = null;
  const shutdown = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log("Stopping …");
    await server?.stop("SIGTERM");
    rmSync(pidFile, { force: true });
    await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    await runPrismaCli(["migrate", "deploy"], database.url, { quiet: true });
    const db = createScriptPrismaClient(database.url);
    try {
      if (process.env.SEED_DEMO_USERS !== "false" && (await seedDemoUsersIfEmpty({ db }))) log("Created the demo accounts.");
    } finally {
      await db.$disconnect();
    }
    if (!buildIsCurrent()) {
      log("Building the app (first start or changed sources) …");
      await buildApp({ log });
    }
    server = await startAppServer({
      port,
      pidFile,
      env: {
        DATABASE_URL: database.url,
        AUTH_SECRET: process.env.AUTH_SECRET ?? secrets.authSecret,
        DATA_DIR: dataDir(),
        PORT: String(port),
      },
    });
  } catch (error) {
    await database.stop();
    throw error;
  }
  server.child.on("exit", (code) => {
    if (!shuttingDown) {
      log(`The app stopped unexpectedly (exit ${code}).`);
      void shutdown(code ?? 1);
    }
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\n  resume-checker is running at http://localhost:${port}  (ready in ${seconds} s)\n`);
  console.log("  Demo sign-ins:");
  for (const user of DEMO_USERS) console.log(`    ${user.role.padEnd(15)} ${user.email.padEnd(24)} ${user.password}`);
  console.log("\n  Ctrl-C stops the app and its database.\n");
}

main().catch(reportStartupFailure);
