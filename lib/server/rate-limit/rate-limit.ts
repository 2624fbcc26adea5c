import "server-only";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { rateLimitCounterStore } from "./counter-store";

export type RateLimitRule = {
  /** Names the limiter; part of the bucket key ("api-key", "sign-in", "anonymous"). */
  name: string;
  /** Requests allowed per window. */
  points: number;
  windowSeconds: number;
};

export type RateLimitResult = {
  allowed: boolean;
  limit: number;
  windowSeconds: number;
  remaining: number;
  resetAt: Date;
  retryAfterSeconds: number;
};

/**
 * Counts one request against a fixed window in Postgres. A single upsert both
 * starts a new window (when the row is missing or expired) and increments, so
 * concurrent requests from any number of processes are counted exactly once
 * each: the row lock serialises them.
 *
 * Why our own table instead of rate-limiter-flexible's Postgres store: the table
 * is created by a Prisma migration (no DDL at request time, included in backups
 * and schema drift checks), and the counter uses the app's existing Prisma pool
 * instead of a second pg pool per process. The algorithm is the same fixed window.
 */
export async function consumeRateLimit(
  db: PrismaClient,
  rule: RateLimitRule,
  subject: string,
  now: Date = new Date(),
): Promise<RateLimitResult> {
  const key = bucketKey(rule, subject);
  const windowEnd = new Date(now.getTime() + rule.windowSeconds * 1000);
  const rows = await db.$queryRaw<{ points: number; expires_at: Date }[]>`
    INSERT INTO rate_limit_buckets (key, points, expires_at)
    VALUES (${key}, 1, ${windowEnd})
    ON CONFLICT (key) DO UPDATE SET
      points = CASE WHEN rate_limit_buckets.expires_at <= ${now} THEN 1 ELSE rate_limit_buckets.points + 1 END,
      expires_at = CASE WHEN rate_limit_buckets.expires_at <= ${now} THEN ${windowEnd} ELSE rate_limit_buckets.expires_at END
    RETURNING points, expires_at`;
  const row = rows[0];
  if (!row) throw new Error("rate limit upsert returned no row");
  // Rare sweep of long-expired buckets (IPs seen once), so the table stays small without a scheduler.
  if (Math.random() < 0.01) {
    await db.rateLimitBucket.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 60 * 60 * 1000) } } }).catch(() => undefined);
  }
  return rateLimitResult(rule, Number(row.points), new Date(row.expires_at), now);
}

function bucketKey(rule: RateLimitRule, subject: string): string {
  return `${rule.name}:${subject}`.slice(0, 300);
}

function rateLimitResult(rule: RateLimitRule, points: number, resetAt: Date, now: Date): RateLimitResult {
  const allowed = points <= rule.points;
  return {
    allowed,
    limit: rule.points,
    windowSeconds: rule.windowSeconds,
    remaining: Math.max(0, rule.points - points),
    resetAt,
    retryAfterSeconds: Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000)),
  };
}

/** The error thrown when a limit is exceeded; withAuth turns it into a 429 with Retry-After. */
export class RateLimitedError extends AppError {
  readonly result: RateLimitResult;
  constructor(result: RateLimitResult, what: string) {
    super(
      "RATE_LIMITED",
      `Too many requests ${what}: the limit is ${result.limit} per ${result.windowSeconds === 60 ? "minute" : `${result.windowSeconds} s`}. Retry after ${result.retryAfterSeconds} s.`,
      {
        details: { limit: result.limit, retryAfterSeconds: result.retryAfterSeconds },
      },
    );
    this.result = result;
  }
}

/** Headers telling a client where it stands (draft IETF RateLimit fields plus Retry-After on 429). */
export function rateLimitHeaders(result: RateLimitResult): Record<string, string> {
  const headers: Record<string, string> = {
    "RateLimit-Limit": String(result.limit),
    "RateLimit-Remaining": String(result.remaining),
    "RateLimit-Reset": String(result.retryAfterSeconds),
  };
  if (!result.allowed) headers["Retry-After"] = String(result.retryAfterSeconds);
  return headers;
}

/**
 * Counts one request of a busy path (API keys, anonymous routes) and throws
 * RateLimitedError when over the limit. Counted by the process's counter store
 * (counter-store.ts: Redis, or in memory with a batched flush to the same table),
 * so a request costs no database write; consumeRateLimit stays the exact
 * per-request count for low-volume paths such as sign-in.
 */
export async function enforceRateLimit(db: PrismaClient, rule: RateLimitRule, subject: string, what: string): Promise<RateLimitResult> {
  const now = new Date();
  const hit = await rateLimitCounterStore(db).hit(bucketKey(rule, subject), rule.windowSeconds, now);
  const result = rateLimitResult(rule, hit.points, hit.resetAt, now);
  if (!result.allowed) throw new RateLimitedError(result, what);
  return result;
}
