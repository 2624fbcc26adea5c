/** The count of a fixed window after one more request, and when that window ends. */
export type CounterHit = { points: number; resetAt: Date };

/**
 * Where per-request rate-limit counters live. Both implementations count
 * across processes: Redis exactly, the batched store within a bounded error
 * (see batched-bucket-store.ts). Neither writes the database per request.
 */
export interface RateLimitCounterStore {
  hit(key: string, windowSeconds: number, now: Date): Promise<CounterHit>;
  /** Pushes local counts to the shared store and pulls the other processes' counts. */
  flush(): Promise<void>;
  close(): Promise<void>;
}
