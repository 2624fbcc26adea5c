import "server-only";
import { mkdir, statfs } from "node:fs/promises";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { diskLevel, type QueueLevel } from "@/lib/schemas/ops";

export type DiskUsage = { path: string; totalBytes: number; usedBytes: number; freeBytes: number; usedPercent: number; level: QueueLevel };

export type LongRunningQuery = { pid: number; state: string; durationMs: number; waitEvent: string | null; query: string };

export type Infrastructure = {
  disk: DiskUsage;
  storedFiles: { count: number; bytes: number };
  database: {
    sizeBytes: number;
    connections: { total: number; active: number; idleInTransaction: number; max: number };
    longRunning: LongRunningQuery[];
  };
};

/** Queries running longer than this are listed (the runbook's slow-query check). */
export const LONG_RUNNING_MS = 5_000;
const QUERY_PREVIEW_CHARS = 160;

/** Usage of the volume that holds `path` (statfs: blocks available to unprivileged users count as free). */
export async function diskUsage(path: string): Promise<DiskUsage> {
  await mkdir(path, { recursive: true });
  return diskUsageFromStats(path, await statfs(path));
}

/** df's arithmetic on one statfs reading. */
export function diskUsageFromStats(path: string, stats: { blocks: number; bfree: number; bavail: number; bsize: number }): DiskUsage {
  const totalBytes = stats.blocks * stats.bsize;
  const freeBytes = stats.bavail * stats.bsize;
  // Used as `df` reports it: the share of the space a non-root writer can use that is taken.
  const usedBytes = totalBytes - stats.bfree * stats.bsize;
  const usable = usedBytes + freeBytes;
  const usedPercent = usable > 0 ? Math.round((usedBytes / usable) * 1000) / 10 : 0;
  return { path, totalBytes, usedBytes, freeBytes, usedPercent, level: diskLevel(usedPercent) };
}

/**
 * The runbook's infrastructure checks on one call: disk space of the storage
 * volume, stored files, database size, connections against max_connections and
 * queries running longer than five seconds. Query text is Prisma's parameterised
 * SQL (values are bound separately), shortened, so no candidate data is shown.
 */
export async function getInfrastructure(options: {
  db: PrismaClient;
  storageDir: string;
  longRunningMs?: number;
}): Promise<Infrastructure> {
  const { db, storageDir, longRunningMs = LONG_RUNNING_MS } = options;
  const [disk, files, size, connections, longRunning] = await Promise.all([
    diskUsage(storageDir),
    db.resume.aggregate({ _count: { _all: true }, _sum: { sizeBytes: true } }),
    db.$queryRaw<{ bytes: bigint }[]>`SELECT pg_database_size(current_database()) AS bytes`,
    db.$queryRaw<{ total: bigint; active: bigint; idle_in_transaction: bigint; max: string }[]>`
      SELECT count(*) AS total,
        count(*) FILTER (WHERE state = 'active') AS active,
        count(*) FILTER (WHERE state LIKE 'idle in transaction%') AS idle_in_transaction,
        current_setting('max_connections') AS max
      FROM pg_stat_activity WHERE backend_type = 'client backend'`,
    db.$queryRaw<{ pid: number; state: string | null; ms: number; wait_event: string | null; query: string }[]>`
      SELECT pid, state, wait_event,
        (extract(epoch FROM clock_timestamp() - query_start) * 1000)::float8 AS ms,
        left(query, 1000) AS query
      FROM pg_stat_activity
      WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND state <> 'idle'
        AND query_start < clock_timestamp() - make_interval(secs => ${longRunningMs / 1000})
      ORDER BY query_start LIMIT 20`,
  ]);
  const counts = connections[0];
  return {
    disk,
    storedFiles: { count: files._count._all, bytes: files._sum.sizeBytes ?? 0 },
    database: {
      sizeBytes: Number(size[0]?.bytes ?? 0),
      connections: {
        total: Number(counts?.total ?? 0),
        active: Number(counts?.active ?? 0),
        idleInTransaction: Number(counts?.idle_in_transaction ?? 0),
        max: Number(counts?.max ?? 0),
      },
      longRunning: longRunning.map((row) => ({
        pid: row.pid,
        state: row.state ?? "unknown",
        durationMs: Math.round(row.ms),
        waitEvent: row.wait_event,
        query: row.query.replace(/\s+/g, " ").trim().slice(0, QUERY_PREVIEW_CHARS),
      })),
    },
  };
}
