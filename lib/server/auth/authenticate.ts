import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/schemas/auth";
import { writeAuditLog } from "@/lib/server/audit";
import { verifyPassword } from "./passwords";
import { checkSignInThrottle, clearSignInFailures, recordSignInFailure, throttleKey } from "./sign-in-throttle";

/** `sessionVersion` goes into the session token: a later password change or reset bumps the row's and ends that session. */
export type AuthenticatedUser = { id: string; email: string; name: string; role: Role; sessionVersion: number };
export type AuthenticationResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/** Checks a password sign-in, with throttling of repeated failures and an audit entry either way. */
export async function authenticateWithPassword(options: {
  db: PrismaClient;
  email: string;
  password: string;
  ip: string;
}): Promise<AuthenticationResult> {
  const { db, email, password, ip } = options;
  const key = throttleKey(email, ip);
  const throttle = await checkSignInThrottle(db, key);
  if (throttle.blocked) {
    await writeAuditLog(db, {
      action: "auth.sign_in.throttled",
      actorLabel: email,
      ip,
      metadata: { retryAfterSeconds: throttle.retryAfterSeconds },
    });
    return { ok: false, reason: "throttled", retryAfterSeconds: throttle.retryAfterSeconds };
  }
  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.active ? user.passwordHash : null);
  if (!user || !valid) {
    await recordSignInFailure(db, key);
    await writeAuditLog(db, { action: "auth.sign_in.failed", actorId: user?.id ?? null, actorLabel: email, ip });
    return { ok: false, reason: "invalid" };
  }
  await clearSignInFailures(db, key);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await writeAuditLog(db, { action: "auth.sign_in.succeeded", actorId: user.id, ip });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}
