// `npm start` with its embedded PostgreSQL, as an operator runs it: operations scripts
// run beside it must use its database without stopping it, and SIGTERM to the npm
// process must stop everything it started.
import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, waitForHealth } from "./lib/app-server";
import { buildApp, buildIsCurrent, root } from "./lib/build";
import { runCaptured } from "./lib/run-captured";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "rc-lifecycle-"));
let port: number;
let databasePort: number;
let npm: ChildProcess;
let output = "";

function env(): NodeJS.ProcessEnv {
  // A port of its own: the default (54329) may be taken by a developer's app.
  return { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir, PORT: String(port), EMBEDDED_DATABASE_PORT: String(databasePort) };
}

/** Every process below `pid` (from /proc), so the test can tell what a signal left behind. */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const visit = (parent: number) => {
    for (const child of children.get(parent) ?? []) {
      found.push(child);
      visit(child);
    }
  };
  visit(pid);
  return found;
}

function alive(pid: number): boolean {
  return existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, "utf8").includes(") Z ");
}

async function health(): Promise<number> {
  return (await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(5000) })).status;
}

beforeAll(async () => {
  // mkdtemp makes the folder 0700; run as root, PostgreSQL (as the user postgres) must enter it.
  chmodSync(dataDir, 0o755);
  if (!buildIsCurrent()) await buildApp({ log: console.log });
  port = await freePort();
  databasePort = await freePort();
  npm = spawn("npm", ["start"], { cwd: root, env: env(), stdio: ["ignore", "pipe", "pipe"] });
  npm.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  npm.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  try {
    await waitForHealth(`http://127.0.0.1:${port}`, { timeoutMs: 150_000, child: npm });
  } catch (error) {
    throw new Error(`npm start did not come up: ${String(error)}\n${output.slice(-2000)}`);
  }
}, 300_000);

afterAll(() => {
  if (npm.exitCode === null) npm.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

describe("[start]: npm start with the embedded database", () => {
  it("operations scripts run beside the app use its database and leave it healthy", async () => {
    expect(await health()).toBe(200);
    for (const script of [["requeue-failed"], ["cleanup-files", "--", "--dry-run"], ["reset-password", "--", "recruiter@example.com"]]) {
      const run = await runCaptured("npm", ["run", "--silent", ...script], { cwd: root, env: env(), timeoutMs: 120_000 });
      expect(run.code, run.output).toBe(0);
      expect(run.output).toContain("Database: the running embedded PostgreSQL");
      expect(await health()).toBe(200);
    }
  });

  it("SIGTERM to the npm process stops the app, tsx and PostgreSQL", async () => {
    const started = descendants(npm.pid ?? 0);
    expect(started.length).toBeGreaterThan(3);
    const exited = new Promise((resolve) => npm.once("exit", resolve));
    npm.kill("SIGTERM");
    await exited;
    const deadline = Date.now() + 30_000;
    while (started.some(alive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
    const left = started.filter(alive).map((pid) => readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").slice(0, 120));
    expect(left).toEqual([]);
  });
});
