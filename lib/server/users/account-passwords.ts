import "server-only";
import { randomInt } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { ChangeOwnPasswordBody } from "@/lib/schemas/users";
import { writeAuditLog } from "@/lib/server/audit";
import { hashPassword, verifyPassword } from "@/lib/server/auth/passwords";
import { checkSignInThrottle, clearSignInFailures, recordSignInFailure, throttleKey } from "@/lib/server/auth/sign-in-throttle";

// No 0/o, 1/l/i: the admin reads the password out or types it into a message.
const TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const TEMPORARY_GROUPS = 4;
const TEMPORARY_GROUP_LENGTH = 5;

/** 20 random characters of 31 (about 99 bits) in dash-separated groups of five, e.g. `k7m2q-x9fpr-…`. */
export function generateTemporaryPassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < TEMPORARY_GROUPS; g++) {
    let group = "";
    for (let c = 0; c < TEMPORARY_GROUP_LENGTH; c++) group += TEMPORARY_ALPHABET[randomInt(TEMPORARY_ALPHABET.length)];
    groups.push(group);
  }
  return groups.join("-");
}

/**
 * A signed-in user changes their own password. A wrong current password counts
 * against the same throttle as sign-in (per email and client IP), so this form
 * cannot be used to guess passwords. Success bumps the session version, which
 * signs out every other session of the user, and clears a forced change.
 */
export async function changeOwnPassword(options: {
  db: PrismaClient;
  userId: string;
  body: ChangeOwnPasswordBody;
  ip: string;
  requestId?: string;
}): Promise<void> {
  const { db, body, ip } = options;
  const user = await db.user.findUnique({
    where: { id: options.userId },
    select: { id: true, email: true, active: true, passwordHash: true, mustChangePassword: true },
  });
  if (!user?.active) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  const key = throttleKey(user.email, ip);
  const throttle = await checkSignInThrottle(db, key);
  if (throttle.blocked)
    throw new AppError(
      "RATE_LIMITED",
      `Too many wrong passwords for this account. Wait ${throttle.retryAfterSeconds} seconds and try again.`,
    );
  if (!(await verifyPassword(body.currentPassword, user.passwordHash))) {
    await recordSignInFailure(db, key);
    await writeAuditLog(db, { action: "auth.password_change.failed", actorId: user.id, ip, requestId: options.requestId ?? null });
    const message = "Your current password is not correct. Check it and try again.";
    throw new AppError("VALIDATION_FAILED", message, { details: [{ path: "currentPassword", message }] });
  }
  await clearSignInFailures(db, key);
  const passwordHash = await hashPassword(body.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    await writeAuditLog(tx, {
      actorId: user.id,
      action: "user.password_changed",
      targetType: "user",
      targetId: user.id,
      metadata: { afterReset: user.mustChangePassword },
      ip,
      requestId: options.requestId ?? null,
    });
  });
}

/**
 * An admin gives another user a temporary password (returned once, stored only as a
 * hash). The user's sessions end at once and their next sign-in leads only to the
 * password change. This is the recovery path: there is no emailed reset link.
 */
export async function resetUserPassword(
  options: { db: PrismaClient; userId: string; requestId?: string } & (
    | { actorId: string }
    /** An operator with shell access to the server (`npm run reset-password`): the way back in for the only admin. */
    | { operator: string }
  ),
): Promise<{ temporaryPassword: string }> {
  const { db, userId } = options;
  const actorId = "actorId" in options ? options.actorId : null;
  if (userId === actorId)
    throw new AppError("CONFLICT", "You cannot reset your own password. Use “Change password” next to your name at the top of the page.");
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await db.$transaction(async (tx) => {
    if (actorId) {
      const actor = await tx.user.findUnique({ where: { id: actorId }, select: { role: true, active: true } });
      if (!actor?.active || actor.role !== "admin") throw new AppError("FORBIDDEN", "Only admins can reset passwords.");
    }
    const target = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!target) throw new AppError("NOT_FOUND", "This user does not exist.");
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
    });
    // A user locked out by failed attempts can sign in with the new password straight away.
    await tx.signInThrottle.deleteMany({ where: { key: { startsWith: `${target.email.toLowerCase()}|` } } });
    await writeAuditLog(tx, {
      actorId,
      actorLabel: "operator" in options ? options.operator : null,
      action: "user.password_reset",
      targetType: "user",
      targetId: userId,
      requestId: options.requestId ?? null,
    });
  });
  return { temporaryPassword };
}
