// Attacks and faults on the production server itself (scripts/server.mjs + the build):
// spoofed client addresses, cross-site requests, replayed session cookies, a database outage.
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiKeyDisplayPrefix, generateApiKeyToken, hashApiKey } from "../lib/server/api-keys/api-key-token";
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

/** A TCP path to PostgreSQL that the test can cut and restore: a real outage as the app sees it. */
class DatabaseLink {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  constructor(
    private readonly target: { host: string; port: number },
    readonly port: number,
  ) {}

  async open(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server?.listen(this.port, "127.0.0.1", resolve));
  }

  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }
}

describe("[hardening]: the database goes away", () => {
  let link: DatabaseLink;
  let app: AppServer;
  let apiKey: string;

  beforeAll(async () => {
    const direct = new URL(database.url);
    link = new DatabaseLink({ host: direct.hostname, port: Number(direct.port || 5432) }, await freePort());
    await link.open();
    const viaLink = new URL(database.url);
    viaLink.port = String(link.port);
    apiKey = generateApiKeyToken();
    const db = createScriptPrismaClient(database.url);
    try {
      const user = await db.user.findUniqueOrThrow({ where: { email: RECRUITER.email } });
      await db.apiKey.create({
        data: { name: "outage test", prefix: apiKeyDisplayPrefix(apiKey), hash: hashApiKey(apiKey), scopes: ["read"], userId: user.id },
      });
    } finally {
      await db.$disconnect();
    }
    app = await startAppServer({
      port: await freePort(),
      env: { DATABASE_URL: viaLink.toString(), DATA_DIR: temp, AUTH_SECRET: "hardening-test-secret-hardening-test-0123" },
      logFile: path.join(temp, "outage-server.log"),
      timeoutMs: 90_000,
    });
  }, 300_000);

  afterAll(async () => {
    await app?.stop();
    await link?.cut();
  });

  it("answers 503 with Retry-After (not 500), health names the cause, and recovers by itself", async () => {
    const jobs = () => fetch(`${app.url}/api/v1/jobs`, { headers: { authorization: `Bearer ${apiKey}` } });
    expect((await jobs()).status).toBe(200);
    await link.cut();
    const during = await jobs();
    expect(during.status).toBe(503);
    expect(during.headers.get("retry-after")).toBe("5");
    expect(((await during.json()) as { error: { code: string } }).error.code).toBe("UNAVAILABLE");
    const health = await fetch(`${app.url}/api/health`);
    expect(health.status).toBe(503);
    const report = (await health.json()) as { checks: { database: { status: string; detail?: string } } };
    expect(report.checks.database.status).toBe("fail");
    expect(report.checks.database.detail).toBe(`database unreachable at 127.0.0.1:${link.port}`);
    await link.open();
    const deadline = Date.now() + 30_000;
    let status = 0;
    while (status !== 200 && Date.now() < deadline) {
      status = (await jobs()).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
  });
});
