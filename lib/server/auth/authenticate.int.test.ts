import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { authenticateWithPassword } from "./authenticate";
import { hashPassword } from "./passwords";
import { FREE_FAILURES, throttleKey } from "./sign-in-throttle";

const db = getDb();
const email = `throttle-${Date.now()}@example.com`;

beforeAll(async () => {
  await db.user.create({ data: { email, name: "Throttle Test", role: "recruiter", passwordHash: await hashPassword("correct horse") } });
});
afterAll(async () => {
  await db.user.deleteMany({ where: { email } });
});

describe("[auth]: password sign-in", () => {
  it("accepts the right password, records the sign-in and audits it", async () => {
    const result = await authenticateWithPassword({ db, email, password: "correct horse", ip: "10.0.0.1" });
    expect(result).toMatchObject({ ok: true, user: { email, role: "recruiter" } });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.lastLoginAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "auth.sign_in.succeeded" } })).toBe(1);
  });

  it("rejects an unknown account and a wrong password the same way", async () => {
    expect(await authenticateWithPassword({ db, email: "nobody@example.com", password: "x", ip: "10.0.0.2" })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await authenticateWithPassword({ db, email, password: "wrong", ip: "10.0.0.2" })).toEqual({ ok: false, reason: "invalid" });
  });

  it("slows down repeated failures from one client, even for the right password, without locking out other clients", async () => {
    const ip = "10.0.0.3";
    for (let i = 0; i < FREE_FAILURES; i++) {
      expect(await authenticateWithPassword({ db, email, password: "wrong", ip })).toEqual({ ok: false, reason: "invalid" });
    }
    // The next failure starts a block; during it even the right password is refused.
    await authenticateWithPassword({ db, email, password: "wrong", ip });
    const blocked = await authenticateWithPassword({ db, email, password: "correct horse", ip });
    expect(blocked).toMatchObject({ ok: false, reason: "throttled" });
    if (blocked.ok || blocked.reason !== "throttled") throw new Error("expected a throttled result");
    expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
    expect(await authenticateWithPassword({ db, email, password: "correct horse", ip: "10.0.0.4" })).toMatchObject({ ok: true });
  });

  it("refuses a deactivated user", async () => {
    await db.user.update({ where: { email }, data: { active: false } });
    expect(await authenticateWithPassword({ db, email, password: "correct horse", ip: "10.0.0.5" })).toEqual({
      ok: false,
      reason: "invalid",
    });
    await db.user.update({ where: { email }, data: { active: true } });
  });
});

describe("[auth]: parallel sign-in failures", () => {
  it("counts 15 parallel wrong passwords as 15 failures", async () => {
    const ip = "10.0.0.15";
    const results = await Promise.all(Array.from({ length: 15 }, () => authenticateWithPassword({ db, email, password: "wrong", ip })));
    expect(results.every((result) => !result.ok)).toBe(true);
    const row = await db.signInThrottle.findUniqueOrThrow({ where: { key: throttleKey(email, ip) } });
    expect(row.failures).toBe(15);
    expect(row.blockedUntil?.getTime()).toBeGreaterThan(Date.now());
  });
});
