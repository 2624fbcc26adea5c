// Starts the production build against a fresh, migrated and seeded database for the run.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, startAppServer } from "../scripts/lib/app-server";
import { buildApp, buildIsCurrent, root } from "../scripts/lib/build";
import { createTestDatabase } from "../test/database";

export default async function globalSetup(): Promise<() => Promise<void>> {
  const database = await createTestDatabase("e2e");
  const seed = spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/seed.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: database.url },
    encoding: "utf8",
  });
  if (seed.status !== 0) throw new Error(`Seeding the e2e database failed: ${seed.stderr}`);
  if (!buildIsCurrent()) await buildApp({ log: (line) => console.log(`[e2e] ${line}`) });

  const dataDir = mkdtempSync(path.join(os.tmpdir(), "rc-e2e-"));
  const port = await freePort();
  const server = await startAppServer({
    port,
    logFile: path.join(root, "test-results", "e2e-server.log"),
    env: {
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
      PORT: String(port),
      // Every spec signs in from 127.0.0.1: the per-IP sign-in limit (default 20/min) is for real clients.
      RATE_LIMIT_SIGN_IN_PER_MINUTE: "10000",
      // The specs act as a proxy on loopback where they need a client address of their own (X-Forwarded-For).
      TRUSTED_PROXIES: "127.0.0.1, ::1",
    },
  });
  process.env.E2E_BASE_URL = server.url;
  process.env.E2E_DATABASE_URL = database.url;
  // The admin journey restores a stored file that went missing (see e2e/fixtures.ts).
  process.env.E2E_DATA_DIR = dataDir;
  return async () => {
    await server.stop();
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
