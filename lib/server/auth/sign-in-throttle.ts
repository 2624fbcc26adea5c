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

/**
 * Records a failure; from the sixth failure in a window on, blocks for 2, 4, 8 … seconds (at most 15 minutes).
 * One upsert computes the count and the block from the row as locked, so parallel failures are each
 * counted (a read-then-write let them overwrite each other: 15 parallel failures were recorded as 7).
 */
export async function recordSignInFailure(db: PrismaClient, key: string, now = new Date()): Promise<number> {
  const at = now.toISOString();
  const windowOpenedAfter = new Date(now.getTime() - WINDOW_MS).toISOString();
  const rows = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO sign_in_throttle AS t (key, failures, window_start, blocked_until, updated_at)
    VALUES (${key}, 1, ${at}::timestamp(3), NULL, ${at}::timestamp(3))
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN t.window_start < ${windowOpenedAfter}::timestamp(3) THEN 1 ELSE t.failures + 1 END,
      window_start = CASE WHEN t.window_start < ${windowOpenedAfter}::timestamp(3) THEN EXCLUDED.window_start ELSE t.window_start END,
      blocked_until = CASE
        WHEN t.window_start >= ${windowOpenedAfter}::timestamp(3) AND t.failures + 1 > ${FREE_FAILURES}
        THEN EXCLUDED.updated_at + LEAST(${MAX_BLOCK_MS}, 1000 * power(2, t.failures + 1 - ${FREE_FAILURES}))::int * interval '1 millisecond'
        ELSE NULL END,
      updated_at = EXCLUDED.updated_at
    RETURNING failures`;
  return rows[0]?.failures ?? 0;
}

export async function clearSignInFailures(db: PrismaClient, key: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key } });
}
