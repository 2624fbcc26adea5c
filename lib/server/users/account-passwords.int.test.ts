// Password change, admin reset and the forced change, through the real use cases,
// the real session loader (Auth.js cookies encoded with the app's secret) and a
// real route handler: revoked sessions, throttling and gating are observed the way
// the app sees them.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as listJobs } from "@/app/api/v1/jobs/route";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/schemas/auth";
import { changeOwnPasswordBodySchema } from "@/lib/schemas/users";
import { authenticateWithPassword } from "@/lib/server/auth/authenticate";
import { hashPassword } from "@/lib/server/auth/passwords";
import { sessionUserFromRequest } from "@/lib/server/auth/request-session";
import type { SessionUser } from "@/lib/server/auth/session";
import { authorizeSessionUser, loadSessionUser } from "@/lib/server/auth/session-user";
import { FREE_FAILURES } from "@/lib/server/auth/sign-in-throttle";
import { call, createKey, sessionCookie } from "@/test/security/api-test-kit";
import { changeOwnPassword, generateTemporaryPassword, resetUserPassword } from "./account-passwords";

const db = getDb();
const ORIGINAL = "original-password-123";

async function createPerson(role: Role = "recruiter"): Promise<SessionUser> {
  const suffix = randomBytes(4).toString("hex");
  return db.user.create({
    data: { email: `person-${suffix}@passwords.test`, name: `Person ${suffix}`, role, passwordHash: await hashPassword(ORIGINAL) },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** As the action does it: the body is parsed at the boundary, then the use case runs. */
async function change(user: SessionUser, body: Record<string, string>, ip = "10.60.0.1"): Promise<void> {
  await changeOwnPassword({ db, userId: user.id, body: changeOwnPasswordBodySchema.parse(body), ip });
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

async function signsIn(user: SessionUser, password: string, ip = "10.61.0.1"): Promise<boolean> {
  return (await authenticateWithPassword({ db, email: user.email, password, ip })).ok;
}

function asSession(cookie: string): Request {
  return new Request("http://localhost:3000/api/v1/jobs", { headers: { cookie } });
}

describe("[account]: change own password", () => {
  it("refuses a wrong current password with a clear error and keeps the old password", async () => {
    const user = await createPerson();
    const error = await rejection(
      change(user, { currentPassword: "not-my-password", newPassword: "brand-new-password-1", confirmPassword: "brand-new-password-1" }),
    );
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.userMessage).toBe("Your current password is not correct. Check it and try again.");
    expect(await signsIn(user, ORIGINAL)).toBe(true);
    expect(await signsIn(user, "brand-new-password-1")).toBe(false);
  });

  it("counts wrong current passwords against the sign-in throttle, so the form cannot be used to guess", async () => {
    const user = await createPerson();
    const ip = "10.60.1.1";
    const wrong = { currentPassword: "guess", newPassword: "brand-new-password-1", confirmPassword: "brand-new-password-1" };
    for (let i = 0; i <= FREE_FAILURES; i++) expect((await rejection(change(user, wrong, ip))).code).toBe("VALIDATION_FAILED");
    // Blocked now: even the right current password is refused, and sign-in from the same client too.
    const blocked = await rejection(change(user, { ...wrong, currentPassword: ORIGINAL }, ip));
    expect(blocked.code).toBe("RATE_LIMITED");
    expect(blocked.userMessage).toMatch(/Too many wrong passwords for this account\. Wait \d+ seconds/);
    expect(await authenticateWithPassword({ db, email: user.email, password: ORIGINAL, ip })).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "auth.password_change.failed" } })).toBe(FREE_FAILURES + 1);
  });

  it("refuses a too short new password, one equal to the current password, and a mismatched confirmation", () => {
    const short = changeOwnPasswordBodySchema.safeParse({
      currentPassword: ORIGINAL,
      newPassword: "short-pw",
      confirmPassword: "short-pw",
    });
    expect(short.error?.issues.map((issue) => issue.message)).toEqual(["Use at least 12 characters for the password."]);
    const same = changeOwnPasswordBodySchema.safeParse({ currentPassword: ORIGINAL, newPassword: ORIGINAL, confirmPassword: ORIGINAL });
    expect(same.error?.issues).toEqual([
      expect.objectContaining({ path: ["newPassword"], message: "Choose a new password that differs from the current one." }),
    ]);
    const mismatch = changeOwnPasswordBodySchema.safeParse({
      currentPassword: ORIGINAL,
      newPassword: "brand-new-password-1",
      confirmPassword: "brand-new-password-2",
    });
    expect(mismatch.error?.issues).toEqual([expect.objectContaining({ path: ["confirmPassword"] })]);
  });

  it("on success: the new password works, the old one does not, and every existing session is signed out", async () => {
    const user = await createPerson();
    const oldCookie = await sessionCookie(user);
    expect(await sessionUserFromRequest(asSession(oldCookie))).toMatchObject({ id: user.id, mustChangePassword: false });
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });

    await change(user, { currentPassword: ORIGINAL, newPassword: "brand-new-password-1", confirmPassword: "brand-new-password-1" });

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await sessionUserFromRequest(asSession(oldCookie))).toBeNull();
    expect((await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: { cookie: oldCookie } })).status).toBe(401);
    // A session issued after the change (what the action re-issues to this browser) works.
    expect(await sessionUserFromRequest(asSession(await sessionCookie(user)))).toMatchObject({ id: user.id });
    expect(await signsIn(user, "brand-new-password-1")).toBe(true);
    expect(await signsIn(user, ORIGINAL)).toBe(false);

    const audit = await db.auditLog.findMany({ where: { targetId: user.id, action: "user.password_changed" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBe(user.id);
    expect(JSON.stringify(audit)).not.toContain("brand-new-password-1");
  });

  it("treats a token without a session version (issued before versions existed) as version 0", async () => {
    const user = await createPerson();
    expect(await loadSessionUser(db, user.id, undefined)).toMatchObject({ id: user.id });
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: 1 } });
    expect(await loadSessionUser(db, user.id, undefined)).toBeNull();
    expect(await loadSessionUser(db, user.id, 1)).toMatchObject({ id: user.id });
  });
});

describe("[account]: admin password reset", () => {
  it("gives a readable temporary password that works until the user replaces it, and signs the user out everywhere", async () => {
    const admin = await createPerson("admin");
    const user = await createPerson();
    const oldCookie = await sessionCookie(user);

    const { temporaryPassword } = await resetUserPassword({ db, userId: user.id, actorId: admin.id });

    expect(temporaryPassword).toMatch(/^[a-hjkmnp-z2-9]{5}(-[a-hjkmnp-z2-9]{5}){3}$/);
    expect(await sessionUserFromRequest(asSession(oldCookie))).toBeNull();
    expect(await signsIn(user, ORIGINAL)).toBe(false);
    const signIn = await authenticateWithPassword({ db, email: user.email, password: temporaryPassword, ip: "10.62.0.1" });
    expect(signIn).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ mustChangePassword: true, sessionVersion: 1 });

    await change(user, {
      currentPassword: temporaryPassword,
      newPassword: "chosen-by-me-at-last",
      confirmPassword: "chosen-by-me-at-last",
    });

    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ mustChangePassword: false, sessionVersion: 2 });
    expect(await signsIn(user, temporaryPassword)).toBe(false);
    expect(await signsIn(user, "chosen-by-me-at-last")).toBe(true);
    const audit = await db.auditLog.findMany({
      where: { targetId: user.id, action: { in: ["user.password_reset", "user.password_changed"] } },
    });
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual(
      expect.arrayContaining([
        ["user.password_reset", admin.id],
        ["user.password_changed", user.id],
      ]),
    );
    expect(JSON.stringify(audit)).not.toContain(temporaryPassword);
  });

  it("lets a throttled user in with the temporary password", async () => {
    const admin = await createPerson("admin");
    const user = await createPerson();
    const ip = "10.62.1.1";
    for (let i = 0; i <= FREE_FAILURES; i++) await authenticateWithPassword({ db, email: user.email, password: "wrong", ip });
    const { temporaryPassword } = await resetUserPassword({ db, userId: user.id, actorId: admin.id });
    expect(await authenticateWithPassword({ db, email: user.email, password: temporaryPassword, ip })).toMatchObject({ ok: true });
  });

  it("refuses an admin resetting their own password, and anyone who is not an admin", async () => {
    const admin = await createPerson("admin");
    const recruiter = await createPerson("recruiter");
    const target = await createPerson();

    const self = await rejection(resetUserPassword({ db, userId: admin.id, actorId: admin.id }));
    expect(self.code).toBe("CONFLICT");
    expect(self.userMessage).toContain("Change password");
    const notAdmin = await rejection(resetUserPassword({ db, userId: target.id, actorId: recruiter.id }));
    expect(notAdmin.code).toBe("FORBIDDEN");
    const missing = await rejection(resetUserPassword({ db, userId: "no-such-user", actorId: admin.id }));
    expect(missing.code).toBe("NOT_FOUND");

    for (const person of [admin, target]) {
      expect(await db.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ mustChangePassword: false, sessionVersion: 0 });
      expect(await signsIn(person, ORIGINAL)).toBe(true);
    }
  });

  it("generates a different password every time", () => {
    const passwords = new Set(Array.from({ length: 50 }, () => generateTemporaryPassword()));
    expect(passwords.size).toBe(50);
  });
});

describe("[account]: forced password change", () => {
  it("a reset user's session may only change the password (403 PASSWORD_CHANGE_REQUIRED); their API keys keep working", async () => {
    const admin = await createPerson("admin");
    const user = await createPerson();
    const key = await createKey(user, ["read"]);
    const { temporaryPassword } = await resetUserPassword({ db, userId: user.id, actorId: admin.id });
    const cookie = await sessionCookie(user); // as signing in with the temporary password issues it

    const gated = await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: { cookie } });
    expect(gated.status).toBe(403);
    const body = (await gated.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("PASSWORD_CHANGE_REQUIRED");
    expect(body.error.message).toContain("/account/password");
    const withKey = await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: { authorization: `Bearer ${key.secret}` } });
    expect(withKey.status).toBe(200);

    // Server actions: only the one that allows it (the password change) passes.
    const current = await sessionUserFromRequest(asSession(cookie));
    expect(current).toMatchObject({ id: user.id, mustChangePassword: true });
    const gatedAction = (() => {
      try {
        authorizeSessionUser(current, ["recruiter"]);
        return null;
      } catch (error) {
        return error;
      }
    })();
    expect(gatedAction).toMatchObject({ code: "PASSWORD_CHANGE_REQUIRED", status: 403 });
    expect(authorizeSessionUser(current, ["recruiter"], { allowPasswordChangeRequired: true })).toMatchObject({ id: user.id });

    await change(user, {
      currentPassword: temporaryPassword,
      newPassword: "chosen-by-me-at-last",
      confirmPassword: "chosen-by-me-at-last",
    });
    // The session of the forced sign-in ended with the change; the re-issued one has full access.
    expect((await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: { cookie } })).status).toBe(401);
    const fresh = await sessionCookie(user);
    expect((await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: { cookie: fresh } })).status).toBe(200);
  });
});
