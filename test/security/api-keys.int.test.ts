// API keys end to end through the route handlers: revoked and expired keys get
// 401, a read key cannot write, last use is recorded (throttled), rotation keeps
// the old key working until it is revoked, and the audit log never holds a key.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { forgetCachedApiKeys } from "@/lib/server/api-keys/authenticate-api-key";
import { LAST_USED_WRITE_INTERVAL_MS } from "@/lib/server/api-keys/authenticate-api-key";
import { GET as listJobs, POST as createJob } from "@/app/api/v1/jobs/route";
import { GET as listKeys, POST as createKeyRoute } from "@/app/api/v1/api-keys/route";
import { DELETE as revokeKey } from "@/app/api/v1/api-keys/[keyId]/route";
import { POST as rotateKey } from "@/app/api/v1/api-keys/[keyId]/rotate/route";
import { revokeApiKey, rotateApiKey } from "@/lib/server/api-keys/manage-api-keys";
import { actorFor, call, createKey, createUser, sessionCookie } from "./api-test-kit";
import type { SessionUser } from "@/lib/server/auth/session";

const JD = "Backend Engineer\nRequirements:\n- 3+ years of Go or Java\n- PostgreSQL";
let recruiter: SessionUser;
let admin: SessionUser;

function bearer(secret: string, ip = "10.30.0.1"): Record<string, string> {
  return { authorization: `Bearer ${secret}`, "x-resume-checker-peer": ip };
}

beforeAll(async () => {
  recruiter = await createUser("recruiter");
  admin = await createUser("admin");
});

describe("API keys", () => {
  it("a valid key works; a revoked key gets 401 with the error body", async () => {
    const key = await createKey(recruiter, ["read"]);
    expect((await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: bearer(key.secret) })).status).toBe(200);
    const adminKey = await createKey(admin, ["admin"]);
    const revoked = await call(revokeKey, {
      method: "DELETE",
      path: `/api/v1/api-keys/${key.id}`,
      params: { keyId: key.id },
      headers: bearer(adminKey.secret),
    });
    expect(revoked.status).toBe(200);
    expect(((await revoked.json()) as { apiKey: { status: string } }).apiKey.status).toBe("revoked");
    const after = await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: bearer(key.secret) });
    expect(after.status).toBe(401);
    const body = (await after.json()) as { error: { code: string; message: string; requestId: string } };
    expect(body.error.code).toBe("UNAUTHENTICATED");
    expect(body.error.requestId).toBeTruthy();
  });

  it("an expired key gets 401", async () => {
    const key = await createKey(recruiter, ["read"], { expiresInDays: 1 });
    expect((await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: bearer(key.secret) })).status).toBe(200);
    await getDb().apiKey.update({ where: { id: key.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    // Changed behind the app's back, as by another process: lookups are reused for API_KEY_CACHE_MS.
    forgetCachedApiKeys();
    expect((await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: bearer(key.secret) })).status).toBe(401);
  });

  it("unknown, malformed and one-character-off keys get 401", async () => {
    const key = await createKey(recruiter, ["read"]);
    const last = key.secret.at(-1) === "A" ? "B" : "A";
    for (const secret of [`${key.secret.slice(0, -1)}${last}`, "rc_live_short", "not-a-key", `${key.secret}x`]) {
      expect((await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: bearer(secret) })).status).toBe(401);
    }
  });

  it("a read key cannot write (403), a write key can", async () => {
    const readKey = await createKey(recruiter, ["read"]);
    const denied = await call(createJob, { method: "POST", path: "/api/v1/jobs", headers: bearer(readKey.secret), json: { text: JD } });
    expect(denied.status).toBe(403);
    expect(((await denied.json()) as { error: { message: string } }).error.message).toContain("write");
    const writeKey = await createKey(recruiter, ["write"]);
    expect(
      (await call(createJob, { method: "POST", path: "/api/v1/jobs", headers: bearer(writeKey.secret), json: { text: JD } })).status,
    ).toBe(201);
  });

  it("scopes are limited by the owner's role", async () => {
    const manager = await createUser("hiring_manager");
    const response = await call(createKeyRoute, {
      method: "POST",
      path: "/api/v1/api-keys",
      headers: { cookie: await sessionCookie(manager), "x-resume-checker-peer": "10.30.0.2" },
      json: { name: "too much", scopes: ["admin"] },
    });
    expect(response.status).toBe(403);
    const own = await call(createKeyRoute, {
      method: "POST",
      path: "/api/v1/api-keys",
      headers: { cookie: await sessionCookie(manager), "x-resume-checker-peer": "10.30.0.2" },
      json: { name: "mine", scopes: ["read"] },
    });
    expect(own.status).toBe(201);
    const created = (await own.json()) as { secret: string; apiKey: { prefix: string } };
    expect(created.secret).toMatch(/^rc_live_[A-Za-z0-9_-]{43}$/);
    expect(created.secret.startsWith(created.apiKey.prefix)).toBe(true);
    // The full key is never stored.
    const stored = await getDb().apiKey.findFirst({ where: { prefix: created.apiKey.prefix } });
    expect(JSON.stringify(stored)).not.toContain(created.secret);
  });

  it("a leaked key's last use (time and address) is visible, written at most once a minute", async () => {
    const key = await createKey(recruiter, ["read"]);
    await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: bearer(key.secret, "203.0.113.7") });
    const first = await getDb().apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(first.lastUsedIp).toBe("203.0.113.7");
    expect(first.lastUsedAt).toBeInstanceOf(Date);
    await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: bearer(key.secret, "203.0.113.8") });
    const second = await getDb().apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(second.lastUsedAt?.getTime()).toBe(first.lastUsedAt?.getTime());
    // Once the interval has passed, the next use is recorded.
    await getDb().apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date(Date.now() - LAST_USED_WRITE_INTERVAL_MS - 1000) } });
    forgetCachedApiKeys();
    await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: bearer(key.secret, "198.51.100.9") });
    const listed = await call(listKeys, { method: "GET", path: "/api/v1/api-keys", headers: { cookie: await sessionCookie(recruiter) } });
    const items = ((await listed.json()) as { items: { id: string; lastUsedIp: string | null; lastUsedAt: string | null }[] }).items;
    const entry = items.find((item) => item.id === key.id);
    expect(entry?.lastUsedIp).toBe("198.51.100.9");
    expect(Date.now() - Date.parse(entry?.lastUsedAt ?? "0")).toBeLessThan(60_000);
  });

  it("rotation issues a new key; the old one works until revoked; events are audited without the key", async () => {
    const key = await createKey(recruiter, ["read", "write"]);
    const session = { cookie: await sessionCookie(recruiter), "x-resume-checker-peer": "10.30.0.3" };
    const rotated = await call(rotateKey, {
      method: "POST",
      path: `/api/v1/api-keys/${key.id}/rotate`,
      params: { keyId: key.id },
      headers: session,
    });
    expect(rotated.status).toBe(201);
    const next = (await rotated.json()) as { secret: string; apiKey: { id: string; rotatedFromId: string; scopes: string[] } };
    expect(next.apiKey.rotatedFromId).toBe(key.id);
    expect(next.apiKey.scopes.sort()).toEqual(["read", "write"]);
    expect((await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: bearer(key.secret) })).status).toBe(200);
    expect((await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: bearer(next.secret) })).status).toBe(200);
    await call(revokeKey, { method: "DELETE", path: `/api/v1/api-keys/${key.id}`, params: { keyId: key.id }, headers: session });
    expect((await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: bearer(key.secret) })).status).toBe(401);
    expect((await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: bearer(next.secret) })).status).toBe(200);

    const audit = await getDb().auditLog.findMany({ where: { targetId: { in: [key.id, next.apiKey.id] } } });
    expect(audit.map((entry) => entry.action).sort()).toEqual(["api_key.created", "api_key.revoked", "api_key.rotated"]);
    const everything = JSON.stringify(await getDb().auditLog.findMany());
    expect(everything).not.toContain(key.secret);
    expect(everything).not.toContain(next.secret);
  });

  it("a user cannot see, revoke or rotate another user's key", async () => {
    const other = await createUser("recruiter", "other");
    const key = await createKey(other, ["read"]);
    const session = { cookie: await sessionCookie(recruiter), "x-resume-checker-peer": "10.30.0.4" };
    expect(
      (await call(revokeKey, { method: "DELETE", path: `/api/v1/api-keys/${key.id}`, params: { keyId: key.id }, headers: session })).status,
    ).toBe(404);
    expect(
      (await call(rotateKey, { method: "POST", path: `/api/v1/api-keys/${key.id}/rotate`, params: { keyId: key.id }, headers: session }))
        .status,
    ).toBe(404);
    const listed = (await (await call(listKeys, { method: "GET", path: "/api/v1/api-keys", headers: session })).json()) as {
      items: { id: string }[];
    };
    expect(listed.items.map((item) => item.id)).not.toContain(key.id);
    // The other user's key is untouched: not revoked, not replaced, still working.
    expect(await getDb().apiKey.findUniqueOrThrow({ where: { id: key.id } })).toMatchObject({ revokedAt: null });
    expect(await getDb().apiKey.count({ where: { rotatedFromId: key.id } })).toBe(0);
    expect((await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: bearer(key.secret) })).status).toBe(200);
  });

  it("own-key management (the account page's actions) refuses anyone else's key, an admin's included, and leaves it working", async () => {
    const other = await createUser("recruiter", "bystander");
    const key = await createKey(other, ["read"]);
    for (const actor of [actorFor(recruiter), actorFor(admin)]) {
      await expect(revokeApiKey({ db: getDb(), actor, keyId: key.id, ownOnly: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(rotateApiKey({ db: getDb(), actor, keyId: key.id, ownOnly: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    // Without ownOnly a recruiter is still refused; only the admin page's use manages other users' keys.
    await expect(revokeApiKey({ db: getDb(), actor: actorFor(recruiter), keyId: key.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getDb().apiKey.count({ where: { rotatedFromId: key.id } })).toBe(0);
    expect((await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: bearer(key.secret) })).status).toBe(200);

    // The owner manages their own key the same way.
    const rotated = await rotateApiKey({ db: getDb(), actor: actorFor(other), keyId: key.id, ownOnly: true });
    expect(rotated.apiKey).toMatchObject({ userId: other.id, rotatedFromId: key.id, status: "active" });
    expect(JSON.stringify(rotated.apiKey)).not.toContain("hash");
    expect((await revokeApiKey({ db: getDb(), actor: actorFor(other), keyId: key.id, ownOnly: true })).status).toBe("revoked");
    expect((await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: bearer(key.secret) })).status).toBe(401);
    expect((await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: bearer(rotated.secret) })).status).toBe(200);
  });

  it("a deactivated user's key stops working", async () => {
    const user = await createUser("recruiter", "leaver");
    const key = await createKey(user, ["read"]);
    await getDb().user.update({ where: { id: user.id }, data: { active: false } });
    expect((await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: bearer(key.secret) })).status).toBe(401);
  });
});
