// The rate-limit counter stores used on the request path: no database write per
// request, exact within a process, and shared across processes — exactly with
// Redis, within one flush interval with the batched PostgreSQL store.
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { BatchedBucketStore } from "./batched-bucket-store";
import type { RateLimitCounterStore } from "./counter-types";
import { RedisCounterStore } from "./redis-counter-store";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const LIMIT = 20;

function key(): string {
  return `test:${randomBytes(6).toString("hex")}`;
}

async function allowedOf(store: RateLimitCounterStore, bucket: string, requests: number): Promise<number> {
  const hits = await Promise.all(Array.from({ length: requests }, () => store.hit(bucket, 60, new Date())));
  return hits.filter((hit) => hit.points <= LIMIT).length;
}

async function storedPoints(bucket: string): Promise<number | undefined> {
  return (await getDb().rateLimitBucket.findUnique({ where: { key: bucket } }))?.points;
}

const opened: RateLimitCounterStore[] = [];
function batched(): BatchedBucketStore {
  const store = new BatchedBucketStore(getDb(), 60_000);
  opened.push(store);
  return store;
}
function redis(): RedisCounterStore {
  const store = new RedisCounterStore(REDIS_URL, batched(), `rc-test-${randomBytes(4).toString("hex")}:`);
  opened.push(store);
  return store;
}
afterAll(async () => {
  await Promise.all(opened.map((store) => store.close()));
});

describe("batched PostgreSQL counter store", () => {
  it("counts exactly within a process: 50 parallel hits against a limit of 20 allow 20, with one database write", async () => {
    const bucket = key();
    const store = batched();
    expect(await allowedOf(store, bucket, 50)).toBe(LIMIT);
    // Only the window's first hit reached the table; the rest wait for the flush.
    expect(await storedPoints(bucket)).toBe(1);
    await store.flush();
    expect(await storedPoints(bucket)).toBe(50);
  });

  it("a second process starts from the shared count, and sees the first one's hits after a flush", async () => {
    const bucket = key();
    const [first, second] = [batched(), batched()];
    expect(await allowedOf(first, bucket, 15)).toBe(15);
    await first.flush();
    // 15 already counted: the second process may admit 5 more.
    expect(await allowedOf(second, bucket, 10)).toBe(5);
    await second.flush();
    await first.flush();
    expect(await allowedOf(first, bucket, 1)).toBe(0);
  });

  it("over-admits across processes only until the next flush (the documented bound)", async () => {
    const bucket = key();
    const [first, second] = [batched(), batched()];
    expect(await allowedOf(first, bucket, 10)).toBe(10);
    // Unflushed: the second process has seen the first one's first hit only.
    const admitted = await allowedOf(second, bucket, 15);
    expect(admitted).toBe(15);
    await first.flush();
    await second.flush();
    await first.flush();
    expect(await storedPoints(bucket)).toBe(25);
    expect(await allowedOf(first, bucket, 1)).toBe(0);
    expect(await allowedOf(second, bucket, 1)).toBe(0);
  });

  it("starts a new window when the old one has ended", async () => {
    const bucket = key();
    const store = batched();
    const start = new Date();
    for (let i = 0; i < 3; i++) await store.hit(bucket, 1, start);
    const later = await store.hit(bucket, 1, new Date(start.getTime() + 1_500));
    expect(later.points).toBe(1);
  });
});

describe("Redis counter store", () => {
  it("counts exactly across processes: two stores, 50 parallel hits each, against a limit of 20 allow 20", async () => {
    const bucket = key();
    const prefix = `rc-test-${randomBytes(4).toString("hex")}:`;
    const first = new RedisCounterStore(REDIS_URL, batched(), prefix);
    const second = new RedisCounterStore(REDIS_URL, batched(), prefix);
    opened.push(first, second);
    const [a, b] = await Promise.all([allowedOf(first, bucket, 50), allowedOf(second, bucket, 50)]);
    expect(a + b).toBe(LIMIT);
    // Nothing went to PostgreSQL.
    expect(await storedPoints(bucket)).toBeUndefined();
  });

  it("the window expires in Redis and reports when it resets", async () => {
    const bucket = key();
    const store = redis();
    const now = new Date();
    const hit = await store.hit(bucket, 60, now);
    expect(hit.points).toBe(1);
    expect(hit.resetAt.getTime() - now.getTime()).toBeGreaterThan(55_000);
    expect(hit.resetAt.getTime() - now.getTime()).toBeLessThanOrEqual(60_000);
  });

  it("counts in PostgreSQL when Redis cannot be reached", async () => {
    const bucket = key();
    const store = new RedisCounterStore("redis://127.0.0.1:1", batched());
    opened.push(store);
    expect((await store.hit(bucket, 60, new Date())).points).toBe(1);
    expect(await storedPoints(bucket)).toBe(1);
  });
});
