// Sign-out and reactivation revoke session tokens (not just the browser's cookie):
// an old cookie replayed afterwards gets 401 from a real route handler.
import { describe, expect, it } from "vitest";
import { GET as listJobs } from "@/app/api/v1/jobs/route";
import { getDb } from "@/lib/db";
import { setUserActive } from "@/lib/server/users/manage-users";
import { call, createUser, sessionCookie } from "@/test/security/api-test-kit";
import { endSession } from "./end-session";

const db = getDb();

async function jobsStatus(cookie: string): Promise<number> {
  return (await call(listJobs, { method: "GET", path: "/api/v1/jobs", headers: { cookie } })).status;
}

async function versionOf(userId: string): Promise<number> {
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } })).sessionVersion;
}

describe("[auth]: session revocation", () => {
  it("a deactivated then reactivated user's old cookie stays signed out", async () => {
    const admin = await createUser("admin");
    const user = await createUser("recruiter");
    const oldCookie = await sessionCookie(user);
    expect(await jobsStatus(oldCookie)).toBe(200);
    await setUserActive({ db, userId: user.id, active: false, actorId: admin.id });
    await setUserActive({ db, userId: user.id, active: true, actorId: admin.id });
    expect(await jobsStatus(oldCookie)).toBe(401);
    expect(await jobsStatus(await sessionCookie(user))).toBe(200);
  });

  it("sign-out revokes the token itself; a revoked token cannot sign the user out again", async () => {
    const user = await createUser("recruiter");
    const cookie = await sessionCookie(user);
    const version = await versionOf(user.id);
    expect(await endSession({ db, userId: user.id, tokenVersion: version })).toBe(true);
    expect(await jobsStatus(cookie)).toBe(401);
    const current = await sessionCookie(user);
    expect(await endSession({ db, userId: user.id, tokenVersion: version })).toBe(false);
    expect(await jobsStatus(current)).toBe(200);
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "auth.signed_out" } })).toBe(1);
  });
});
