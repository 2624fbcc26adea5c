// Rate limiting backed by Postgres: exact counting under concurrency, 429 with
// Retry-After and the error body on API keys, anonymous routes and sign-in.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { flushRateLimitCounters } from "@/lib/server/rate-limit/counter-store";
import { consumeRateLimit } from "@/lib/server/rate-limit/rate-limit";
import { GET as listJobs } from "@/app/api/v1/jobs/route";
import { GET as openApi } from "@/app/api/v1/openapi.json/route";
import { limitCredentialSignIns } from "@/lib/server/rate-limit/sign-in-limit";
import { call, createKey, createUser } from "./api-test-kit";

function subject(): string {
  return `test-${randomBytes(4).toString("hex")}`;
}

/**
 * Puts a bucket at its limit, as if that many requests had just been made by
 * other processes, and lets this process's counters catch up (their periodic
 * flush, RATE_LIMIT_FLUSH_MS, run now).
 */
async function fillBucket(key: string, points: number): Promise<void> {
  await getDb().rateLimitBucket.upsert({
    where: { key },
    create: { key, points, expiresAt: new Date(Date.now() + 60_000) },
    update: { points, expiresAt: new Date(Date.now() + 60_000) },
  });
  await flushRateLimitCounters();
}

describe("rate limiting", () => {
  it("counts exactly under concurrency: 50 parallel requests against a limit of 20 allow 20", async () => {
    const rule = { name: "concurrency", points: 20, windowSeconds: 60 };
    const who = subject();
    const results = await Promise.all(Array.from({ length: 50 }, () => consumeRateLimit(getDb(), rule, who)));
    expect(results.filter((result) => result.allowed)).toHaveLength(20);
    expect(
      results.filter((result) => !result.allowed).every((result) => result.retryAfterSeconds >= 1 && result.retryAfterSeconds <= 60),
    ).toBe(true);
  });

  it("starts a new window when the old one has expired", async () => {
    const rule = { name: "window", points: 2, windowSeconds: 1 };
    const who = subject();
    const start = new Date();
    expect((await consumeRateLimit(getDb(), rule, who, start)).allowed).toBe(true);
    expect((await consumeRateLimit(getDb(), rule, who, start)).allowed).toBe(true);
    expect((await consumeRateLimit(getDb(), rule, who, start)).allowed).toBe(false);
    const later = new Date(start.getTime() + 1500);
    const fresh = await consumeRateLimit(getDb(), rule, who, later);
    expect(fresh.allowed).toBe(true);
    expect(fresh.remaining).toBe(1);
  });

  it("an API key over its limit gets 429 with Retry-After and the error body; other keys are unaffected", async () => {
    const user = await createUser("recruiter");
    const key = await createKey(user, ["read"]);
    const other = await createKey(user, ["read"]);
    const ok = await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: { authorization: `Bearer ${key.secret}` } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("ratelimit-limit")).toBe(String(getEnv().RATE_LIMIT_API_KEY_PER_MINUTE));
    await fillBucket(`api-key:${key.id}`, getEnv().RATE_LIMIT_API_KEY_PER_MINUTE);
    const limited = await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: { authorization: `Bearer ${key.secret}` } });
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await limited.json()) as { error: { code: string; message: string; requestId: string } };
    expect(body.error.code).toBe("RATE_LIMITED");
    expect(body.error.message).toContain(String(getEnv().RATE_LIMIT_API_KEY_PER_MINUTE));
    expect(body.error.requestId).toBe(limited.headers.get("x-request-id"));
    expect(
      (await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: { authorization: `Bearer ${other.secret}` } })).status,
    ).toBe(200);
  });

  it("anonymous requests to public routes are limited per IP", async () => {
    const ip = "192.0.2.44";
    expect((await call(openApi, { method: "GET", path: "/api/v1/openapi.json", headers: { "x-resume-checker-peer": ip } })).status).toBe(
      200,
    );
    await fillBucket(`anonymous:${ip}`, getEnv().RATE_LIMIT_ANONYMOUS_PER_MINUTE);
    const limited = await call(openApi, { method: "GET", path: "/api/v1/openapi.json", headers: { "x-resume-checker-peer": ip } });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBeTruthy();
    expect(
      (await call(openApi, { method: "GET", path: "/api/v1/openapi.json", headers: { "x-resume-checker-peer": "192.0.2.45" } })).status,
    ).toBe(200);
  });

  it("guessing API keys from one address is limited like anonymous traffic", async () => {
    const ip = "192.0.2.46";
    await fillBucket(`anonymous:${ip}`, getEnv().RATE_LIMIT_ANONYMOUS_PER_MINUTE);
    const response = await call(listJobs, {
      method: "GET",
      path: "/api/v1/jobs",
      headers: { authorization: `Bearer rc_live_${"x".repeat(43)}`, "x-resume-checker-peer": ip },
    });
    expect(response.status).toBe(429);
  });

  it("credential sign-ins are limited per IP at 20/min by default (429 before Auth.js runs)", async () => {
    // The wrapper exported as POST by app/api/auth/[...nextauth]/route.ts, around a stand-in for Auth.js's
    // handler (next-auth's package entry does not load under vitest); the stand-in records whether it ran.
    let reachedAuth = 0;
    const post = limitCredentialSignIns(async () => {
      reachedAuth++;
      return new Response(null, { status: 302 });
    });
    const ip = "192.0.2.47";
    const limit = getEnv().RATE_LIMIT_SIGN_IN_PER_MINUTE;
    expect(limit).toBe(20);
    const attempt = (path: string) =>
      call(post, {
        method: "POST",
        path,
        headers: { "x-resume-checker-peer": ip, "content-type": "application/x-www-form-urlencoded" },
        body: "email=a%40b.c&password=x",
      });
    for (let i = 0; i < limit; i++) expect((await attempt("/api/auth/callback/credentials")).status).toBe(302);
    const response = await attempt("/api/auth/callback/credentials");
    expect(response.status).toBe(429);
    expect(reachedAuth).toBe(limit);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");
    // Sign-out and other Auth.js POSTs are not counted.
    expect((await attempt("/api/auth/signout")).status).toBe(302);
    // Another address still gets through.
    const elsewhere = await call(post, {
      method: "POST",
      path: "/api/auth/callback/credentials",
      headers: { "x-resume-checker-peer": "192.0.2.48" },
      body: "",
    });
    expect(elsewhere.status).toBe(302);
  });
});
