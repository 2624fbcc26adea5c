import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Failures allowed in a window before each further failure blocks the key. */
export const FREE_FAILURES = 5;
const WINDOW_MS = 15 * 60 * 1000;
const MAX_BLOCK_MS = 15 * 60 * 1000;

export type ThrottleState = { blocked: false } | { blocked: true; retryAfterSeconds: number };

export function throttleKey(email: string, ip: string): string {
  return `${email.toLowerCase()}|${ip}`;
}

export async function checkSignInThrottle(db: PrismaClient, key: string, now = new Date()): Promise<ThrottleState> {
  const row = await db.signInThrottle.findUnique({ where: { key } });
  if (row?.blockedUntil && row.blockedUntil > now) {
    return { blocked: true, retryAfterSeconds: Math.ceil((row.blockedUntil.getTime() - now.getTime()) / 1000) };
  }
  return { blocked: false };
}

/** Records a failure; from the sixth failure in a window on, blocks for 2, 4, 8 … seconds (at most 15 minutes). */
export async function recordSignInFailure(db: PrismaClient, key: string, now = new Date()): Promise<void> {
  const row = await db.signInThrottle.findUnique({ where: { key } });
  const windowExpired = !row || now.getTime() - row.windowStart.getTime() > WINDOW_MS;
  const failures = windowExpired ? 1 : row.failures + 1;
  const excess = failures - FREE_FAILURES;
  const blockedUntil = excess > 0 ? new Date(now.getTime() + Math.min(MAX_BLOCK_MS, 1000 * 2 ** excess)) : null;
  await db.signInThrottle.upsert({
    where: { key },
    create: { key, failures, windowStart: now, blockedUntil },
    update: { failures, blockedUntil, ...(windowExpired ? { windowStart: now } : {}) },
  });
}

export async function clearSignInFailures(db: PrismaClient, key: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key } });
}
