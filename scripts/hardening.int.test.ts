// Attacks on the production server itself (scripts/server.mjs + the build): spoofed
// client addresses, cross-site requests and replayed session cookies.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FREE_FAILURES } from "../lib/server/auth/sign-in-throttle";
import { seedDemoUsersIfEmpty } from "../lib/server/users/seed-demo-users";
import { createTestDatabase } from "../test/database";
import { type AppServer, freePort, startAppServer } from "./lib/app-server";
import { buildApp, buildIsCurrent } from "./lib/build";
import { createScriptPrismaClient } from "./lib/prisma-client";

const RECRUITER = { email: "recruiter@example.com", password: "recruiter-demo-password" };
const temp = mkdtempSync(path.join(os.tmpdir(), "rc-hardening-"));
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let server: AppServer;

beforeAll(async () => {
  database = await createTestDatabase("hardening");
  const db = createScriptPrismaClient(database.url);
  try {
    await seedDemoUsersIfEmpty({ db });
  } finally {
    await db.$disconnect();
  }
  if (!buildIsCurrent()) await buildApp({ log: console.log });
  server = await startAppServer({
    port: await freePort(),
    env: { DATABASE_URL: database.url, DATA_DIR: temp, AUTH_SECRET: "hardening-test-secret-hardening-test-0123", TRUSTED_PROXIES: "" },
    logFile: path.join(temp, "server.log"),
    timeoutMs: 90_000,
  });
}, 900_000);

afterAll(async () => {
  await server?.stop();
  await database?.drop();
  rmSync(temp, { recursive: true, force: true });
});

async function query<T>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0] ?? "");
}

/** Auth.js's own flow: CSRF token, then the credentials callback. */
async function signIn(credentials: { email: string; password: string }, headers: Record<string, string> = {}) {
  const csrf = await fetch(`${server.url}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = cookiesOf(csrf).join("; ");
  const response = await fetch(`${server.url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, cookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, ...credentials }),
  });
  const session = cookiesOf(response).find((entry) => entry.startsWith("authjs.session-token="));
  return { status: response.status, session, csrfCookie: cookie, csrfToken };
}

describe("[hardening]: the production server", () => {
  it("sign-out revokes the session token: a copy of the old cookie gets 401", async () => {
    const signedIn = await signIn(RECRUITER);
    expect(signedIn.session).toBeDefined();
    const jobs = (cookie: string) => fetch(`${server.url}/api/v1/jobs`, { headers: { cookie } }).then((response) => response.status);
    expect(await jobs(signedIn.session ?? "")).toBe(200);
    const signOut = await fetch(`${server.url}/api/auth/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: `${signedIn.csrfCookie}; ${signedIn.session}`, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: signedIn.csrfToken }),
    });
    expect(signOut.status).toBe(302);
    expect(await jobs(signedIn.session ?? "")).toBe(401);
  });

  it("a cookie request from another site is refused even with a matching X-Forwarded-Host; a cross-site server action gets 403", async () => {
    const signedIn = await signIn(RECRUITER);
    const response = await fetch(`${server.url}/api/v1/jobs`, {
      method: "POST",
      headers: {
        cookie: signedIn.session ?? "",
        origin: "https://evil.example",
        "x-forwarded-host": "evil.example",
        "content-type": "application/json",
      },
      body: JSON.stringify({ title: "Planted", text: "Planted job description with enough words to be accepted." }),
    });
    expect(response.status).toBe(403);
    const action = await fetch(`${server.url}/sign-in`, {
      method: "POST",
      headers: { "next-action": "0".repeat(42), origin: "https://evil.example", "content-type": "text/plain" },
      body: "[]",
    });
    expect(action.status).toBe(403);
  });

  it("wrong passwords with a rotating X-Forwarded-For are throttled as one client, and the audit log keeps the real address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const spoofed = { "x-forwarded-for": `198.51.100.${i}`, "x-resume-checker-peer": `203.0.113.${i}` };
      statuses.push((await signIn({ email: RECRUITER.email, password: `guess-${i}` }, spoofed)).status);
    }
    // 20 sign-in attempts a minute per client address; the rest are refused before the password is checked.
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(5);
    const [throttle] = await query<{ failures: number }>("SELECT failures FROM sign_in_throttle WHERE key = $1", [
      `${RECRUITER.email}|127.0.0.1`,
    ]);
    expect(throttle?.failures).toBeGreaterThan(FREE_FAILURES);
    const addresses = await query<{ ip: string }>("SELECT DISTINCT ip FROM audit_log WHERE action LIKE 'auth.sign_in.%'");
    expect(addresses.map((row) => row.ip)).toEqual(["127.0.0.1"]);
  });

  it("150 invalid API keys with rotating X-Forwarded-For get 429", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 150; i++) {
      const response = await fetch(`${server.url}/api/v1/jobs`, {
        headers: { authorization: `Bearer rc_live_${"x".repeat(43)}`, "x-forwarded-for": `192.0.2.${i}` },
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 100).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});
