import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiKeyDisplayPrefix, generateApiKeyToken, hashApiKey } from "../lib/server/api-keys/api-key-token";
import { seedDemoUsersIfEmpty } from "../lib/server/users/seed-demo-users";
import { createTestDatabase } from "../test/database";
import { type AppServer, freePort, startAppServer } from "./lib/app-server";
import { buildApp, buildIsCurrent, root } from "./lib/build";
import { createScriptPrismaClient } from "./lib/prisma-client";
import { type CapturedRun, runCaptured } from "./lib/run-captured";
import { runSmoke } from "./lib/smoke";

// Runs the post-deploy check against the production build, started on a fresh
// database with the demo users, and checks the server's log lines and metrics.

const METRICS_TOKEN = "smoke-test-metrics-token-0123456789";
const temp = mkdtempSync(path.join(os.tmpdir(), "rc-smoke-"));
const logFile = path.join(temp, "server.log");
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let server: AppServer;
const recruiterKey = generateApiKeyToken();
const adminKey = generateApiKeyToken();

beforeAll(async () => {
  database = await createTestDatabase("smoke");
  const db = createScriptPrismaClient(database.url);
  try {
    await seedDemoUsersIfEmpty({ db });
    for (const [email, scopes, token] of [
      ["recruiter@example.com", ["read", "write"], recruiterKey],
      ["admin@example.com", ["admin"], adminKey],
    ] as const) {
      const user = await db.user.findUniqueOrThrow({ where: { email } });
      await db.apiKey.create({
        data: { name: "smoke test", prefix: apiKeyDisplayPrefix(token), hash: hashApiKey(token), scopes: [...scopes], userId: user.id },
      });
    }
  } finally {
    await db.$disconnect();
  }
  if (!buildIsCurrent()) await buildApp({ log: console.log });
  server = await startAppServer({
    port: await freePort(),
    env: {
      DATABASE_URL: database.url,
      DATA_DIR: temp,
      AUTH_SECRET: "smoke-test-secret-smoke-test-secret-0123",
      METRICS_TOKEN,
      LOG_LEVEL: "info",
      INNGEST_DEV: "",
      INNGEST_SIGNING_KEY: "",
    },
    logFile,
    timeoutMs: 90_000,
  });
}, 900_000);

afterAll(async () => {
  await server?.stop();
  await database?.drop();
  rmSync(temp, { recursive: true, force: true });
});

function runCli(args: string[]): Promise<CapturedRun> {
  return runCaptured(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/smoke.ts", ...args], {
    cwd: root,
  });
}

function logLines(): Record<string, unknown>[] {
  return readFileSync(logFile, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
}

describe("[smoke]: post-deploy check against the production build", () => {
  let requestIds: string[] = [];

  it("passes every step with the demo recruiter, and cleans up", async () => {
    const result = await runSmoke({
      baseUrl: server.url,
      auth: { kind: "password", email: "recruiter@example.com", password: "recruiter-demo-password" },
    });
    requestIds = result.requestIds;
    for (const step of result.steps) console.log(`[smoke] ${step.name.padEnd(20)} ${String(step.ms).padStart(6)} ms  ${step.detail}`);
    expect(result.ok).toBe(true);
    expect(result.steps.map((step) => step.name)).toEqual([
      "health",
      "sign-in",
      "create job",
      "upload resume",
      "wait for evaluation",
      "read shortlist",
      "erase resume",
      "close job",
    ]);
  }, 180_000);

  it("passes with an API key instead of a password", async () => {
    const result = await runSmoke({ baseUrl: server.url, auth: { kind: "api-key", apiKey: recruiterKey } });
    expect(result.steps.find((step) => !step.ok)?.detail).toBeUndefined();
    expect(result.steps.find((step) => step.name === "sign-in")?.detail).toBe("API key accepted");
  }, 180_000);

  it("CLI: exits 0 and prints each step with its time", async () => {
    const result = await runCli([server.url]);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/✔ health\s+\d+ ms/);
    expect(result.output).toMatch(/✔ wait for evaluation\s+\d+ ms\s+score/);
    expect(result.output).toContain("Smoke check passed");
  }, 180_000);

  it("CLI: exits non-zero at the first failing step (wrong password) and creates nothing", async () => {
    const result = await runCli([server.url, "--email", "recruiter@example.com", "--password", "not-the-password"]);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/✔ health/);
    expect(result.output).toMatch(/✖ sign-in/);
    expect(result.output).not.toContain("create job");
  }, 60_000);

  it("logs JSON lines with the request id, carried into the background evaluation, without personal data", async () => {
    const lines = logLines();
    const withId = lines.filter((line) => typeof line.requestId === "string" && requestIds.includes(line.requestId));
    const apiRequests = withId.filter((line) => line.msg === "request");
    // Every /api/v1 request of the smoke run left an access line with its id (health and Auth.js are not wrapped).
    expect(apiRequests.length).toBeGreaterThanOrEqual(6);
    for (const line of apiRequests)
      expect(line).toMatchObject({
        level: "info",
        method: expect.any(String),
        route: expect.stringMatching(/^\/api\/v1\//),
        status: expect.any(Number),
      });
    const completed = lines.find(
      (line) => line.msg === "evaluation completed" && typeof line.requestId === "string" && requestIds.includes(line.requestId),
    );
    expect(completed, "the evaluation's log line carries the upload request's id").toBeDefined();
    const raw = readFileSync(logFile, "utf8");
    for (const personal of ["recruiter@example.com", "Riley Recruiter", "Smoke Check Candidate", "Example Systems"])
      expect(raw).not.toContain(personal);
  });

  it("serves Prometheus metrics to the token holder only", async () => {
    expect((await fetch(`${server.url}/api/metrics`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/metrics`, { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
    const response = await fetch(`${server.url}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/resume_checker_http_request_duration_seconds_count\{method="POST",route="\/api\/v1\/jobs",status="201"\} [1-9]/);
    expect(text).toMatch(/resume_checker_evaluation_duration_seconds_count\{outcome="completed"\} [1-9]/);
    expect(text).toContain('resume_checker_evaluations{status="queued"} 0');
    expect(text).toContain("resume_checker_evaluation_queue_depth 0");
    expect(text).toContain("process_resident_memory_bytes");
    expect(text).toMatch(/^resume_checker_storage_disk_used_percent \d+(\.\d+)?$/m);
    expect((await fetch(`${server.url}/api/metrics`, { headers: { authorization: `Bearer ${adminKey}` } })).status).toBe(200);
    expect((await fetch(`${server.url}/api/metrics`, { headers: { authorization: `Bearer ${recruiterKey}` } })).status).toBe(403);
  });

  // Last: it stops the server.
  it("on SIGTERM drains the evaluation runner, logs it and exits 0 (not Next.js's 143)", async () => {
    const code = await server.stop("SIGTERM");
    expect(code).toBe(0);
    const lines = logLines();
    expect(lines.find((line) => line.msg === "shutting down: the runner stops claiming work")).toMatchObject({ signal: "SIGTERM" });
    expect(lines.find((line) => line.msg === "runner stopped; unfinished evaluations were returned to the queue")).toBeDefined();
  });
});
