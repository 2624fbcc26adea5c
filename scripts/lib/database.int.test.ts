// The embedded PostgreSQL that `npm start` owns is restarted when it dies.
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "./app-server";
import { type DatabaseHandle, startEmbeddedDatabase } from "./database";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "rc-supervise-"));
chmodSync(dataDir, 0o755); // run as root, PostgreSQL runs as "postgres" and must enter it
let database: DatabaseHandle | undefined;

afterAll(async () => {
  await database?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe("[database]: the embedded PostgreSQL under npm start", () => {
  it("is started again, with a log line, when its postmaster is killed", async () => {
    process.env.DATA_DIR = dataDir;
    process.env.EMBEDDED_DATABASE_PORT = String(await freePort());
    const lines: string[] = [];
    database = await startEmbeddedDatabase({ log: (line) => lines.push(line), supervise: true });
    expect(await answers(database.url)).toBe(true);
    const pidFile = path.join(dataDir, "postgres", "postmaster.pid");
    const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    process.kill(pid, "SIGKILL");
    const deadline = Date.now() + 60_000;
    let back = false;
    while (!back && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      back = lines.some((line) => line.includes("running again")) && (await answers(database.url));
    }
    expect(lines.join("\n")).toContain("The embedded PostgreSQL stopped unexpectedly (SIGKILL); restarting it");
    expect(back).toBe(true);
    expect(Number(readFileSync(pidFile, "utf8").split("\n")[0])).not.toBe(pid);
  }, 120_000);
});
