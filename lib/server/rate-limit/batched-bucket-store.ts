import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CounterHit, RateLimitCounterStore } from "./counter-types";

type Bucket = {
  windowEnd: number;
  /** The shared count in rate_limit_buckets as of the last sync (this process's flushed hits included). */
  seen: number;
  /** Hits counted here and not yet flushed. */
  pending: number;
  /** Hit since the last flush (idle buckets are dropped and re-read on their next hit). */
  used: boolean;
  /** The first hit's write; later hits of the window wait for it. */
  loading: Promise<number> | null;
};

type FlushedRow = { key: string; points: number; expires_at: Date };

/**
 * Fixed-window counters kept in memory and flushed to the rate_limit_buckets
 * table in one statement per interval, so a request costs no database write.
 *
 * A key's first hit in a process (or in a new window) is written at once and
 * reads the shared count, so a fresh process starts where the others are.
 * Later hits are counted locally; every flush adds them to the table and
 * reads back the total, which includes the other processes' flushed hits.
 * Within one process counting is exact. Across P processes, a process sees the
 * others' hits at most one flush interval (plus the flush's own latency) late,
 * so a key can be admitted at most limit + what the other processes admit for
 * it during one interval, and never more than P × limit in one window.
 */
export class BatchedBucketStore implements RateLimitCounterStore {
  private readonly buckets = new Map<string, Bucket>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private flushes = 0;

  constructor(
    private readonly db: PrismaClient,
    private readonly flushMs: number,
  ) {}

  async hit(key: string, windowSeconds: number, now: Date): Promise<CounterHit> {
    this.startTimer();
    let bucket = this.buckets.get(key);
    if (bucket?.loading) await bucket.loading;
    else if (!bucket || bucket.windowEnd <= now.getTime()) {
      bucket = { windowEnd: now.getTime() + windowSeconds * 1000, seen: 0, pending: 0, used: true, loading: null };
      const fresh = bucket;
      this.buckets.set(key, fresh);
      fresh.loading = this.sync(key, fresh, now).finally(() => {
        fresh.loading = null;
      });
      return { points: await fresh.loading, resetAt: new Date(fresh.windowEnd) };
    }
    const current = this.buckets.get(key) ?? bucket;
    if (!current) throw new Error("rate limit bucket vanished");
    current.pending++;
    current.used = true;
    return { points: current.seen + current.pending, resetAt: new Date(current.windowEnd) };
  }

  /** The first hit of a window: counted in the table at once (same upsert as consumeRateLimit). */
  private async sync(key: string, bucket: Bucket, now: Date): Promise<number> {
    try {
      const [row] = await this.upsert([key], [1], [new Date(bucket.windowEnd)], now);
      if (!row) throw new Error("rate limit upsert returned no row");
      bucket.seen = row.points;
      bucket.windowEnd = row.expires_at.getTime();
      return row.points;
    } catch (error) {
      this.buckets.delete(key);
      throw error;
    }
  }

  private upsert(keys: string[], deltas: number[], windowEnds: Date[], now: Date): Promise<FlushedRow[]> {
    return this.db.$queryRaw<FlushedRow[]>`
      INSERT INTO rate_limit_buckets (key, points, expires_at)
      SELECT * FROM unnest(${keys}::text[], ${deltas}::int[], ${windowEnds}::timestamp[])
      ON CONFLICT (key) DO UPDATE SET
        points = CASE WHEN rate_limit_buckets.expires_at <= ${now} THEN EXCLUDED.points ELSE rate_limit_buckets.points + EXCLUDED.points END,
        expires_at = CASE WHEN rate_limit_buckets.expires_at <= ${now} THEN EXCLUDED.expires_at ELSE rate_limit_buckets.expires_at END
      RETURNING key, points, expires_at`;
  }

  private startTimer(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.flush().catch((error: unknown) =>
        console.error(JSON.stringify({ level: "error", msg: "rate limit flush failed", err: String(error) })),
      );
    }, this.flushMs);
    this.timer.unref();
  }

  flush(): Promise<void> {
    this.flushing ??= this.flushOnce().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async flushOnce(): Promise<void> {
    const now = new Date();
    const batch: [string, Bucket, number][] = [];
    for (const [key, bucket] of this.buckets) {
      if (bucket.loading) continue;
      if (bucket.windowEnd <= now.getTime() || (!bucket.used && bucket.pending === 0)) {
        this.buckets.delete(key);
        continue;
      }
      batch.push([key, bucket, bucket.pending]);
      bucket.pending = 0;
      bucket.used = false;
    }
    if (batch.length === 0) return;
    let rows: FlushedRow[];
    try {
      rows = await this.upsert(
        batch.map(([key]) => key),
        batch.map(([, , sent]) => sent),
        batch.map(([, bucket]) => new Date(bucket.windowEnd)),
        now,
      );
    } catch (error) {
      for (const [, bucket, sent] of batch) bucket.pending += sent;
      throw error;
    }
    const byKey = new Map(rows.map((row) => [row.key, row]));
    for (const [key, bucket] of batch) {
      const row = byKey.get(key);
      if (!row || this.buckets.get(key) !== bucket) continue;
      bucket.seen = row.points;
      bucket.windowEnd = row.expires_at.getTime();
    }
    // An occasional sweep of long-expired buckets (addresses seen once) keeps the table small.
    if (++this.flushes % 600 === 0)
      await this.db.rateLimitBucket.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 60 * 60 * 1000) } } });
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
  }
}
