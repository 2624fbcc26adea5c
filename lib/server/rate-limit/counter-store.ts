import "server-only";
import { getEnv } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { BatchedBucketStore } from "./batched-bucket-store";
import type { RateLimitCounterStore } from "./counter-types";
import { RedisCounterStore } from "./redis-counter-store";

const globalForCounters = globalThis as unknown as { __resumeCheckerRateLimitCounters?: RateLimitCounterStore };

/** The process's counter store: Redis when REDIS_URL is set, otherwise in-memory counts flushed to rate_limit_buckets. */
export function rateLimitCounterStore(db: PrismaClient): RateLimitCounterStore {
  if (!globalForCounters.__resumeCheckerRateLimitCounters) {
    const { REDIS_URL, RATE_LIMIT_FLUSH_MS } = getEnv();
    const batched = new BatchedBucketStore(db, RATE_LIMIT_FLUSH_MS);
    globalForCounters.__resumeCheckerRateLimitCounters = REDIS_URL ? new RedisCounterStore(REDIS_URL, batched) : batched;
  }
  return globalForCounters.__resumeCheckerRateLimitCounters;
}

/** Flushes the process's counters now (tests; shutdown). */
export async function flushRateLimitCounters(): Promise<void> {
  await globalForCounters.__resumeCheckerRateLimitCounters?.flush();
}
