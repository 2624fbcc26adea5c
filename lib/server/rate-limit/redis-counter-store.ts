import "server-only";
import { Redis } from "ioredis";
import type { CounterHit, RateLimitCounterStore } from "./counter-types";

// INCR and the window's expiry in one round trip, atomic in Redis, so every
// process counts against the same number exactly.
const HIT_SCRIPT = `
local points = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {points, ttl}`;

/**
 * Fixed-window counters in Redis (REDIS_URL). When Redis cannot be reached the
 * hit is counted by the fallback store (the database-backed one) instead of
 * failing the request or letting it through uncounted.
 */
export class RedisCounterStore implements RateLimitCounterStore {
  private readonly redis: Redis;
  private lastErrorLogged = 0;

  constructor(
    url: string,
    private readonly fallback: RateLimitCounterStore,
    private readonly prefix = "resume-checker:rate-limit:",
  ) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2_000, enableAutoPipelining: true });
    this.redis.on("error", (error: Error) => this.logError(error));
  }

  async hit(key: string, windowSeconds: number, now: Date): Promise<CounterHit> {
    try {
      const [points, ttl] = (await this.redis.eval(HIT_SCRIPT, 1, this.prefix + key, String(windowSeconds * 1000))) as [number, number];
      return { points, resetAt: new Date(now.getTime() + ttl) };
    } catch (error) {
      this.logError(error);
      return this.fallback.hit(key, windowSeconds, now);
    }
  }

  private logError(error: unknown): void {
    // One line per minute at most: a Redis outage must not flood the log.
    if (Date.now() - this.lastErrorLogged < 60_000) return;
    this.lastErrorLogged = Date.now();
    console.error(JSON.stringify({ level: "error", msg: "rate limit Redis unavailable; counting in the database", err: String(error) }));
  }

  flush(): Promise<void> {
    return this.fallback.flush();
  }

  async close(): Promise<void> {
    await this.fallback.close();
    this.redis.disconnect();
  }
}
