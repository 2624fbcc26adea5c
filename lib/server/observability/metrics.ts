import "server-only";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { diskUsage } from "@/lib/server/ops/get-infrastructure";

// Prometheus metrics of this process. Counters and histograms are per process
// (Prometheus sums them across instances); the evaluation gauges are read from
// the database at scrape time, so every instance reports the same global state.

const EVALUATION_STATUSES = ["queued", "processing", "completed", "failed"] as const;

export type AppMetrics = {
  registry: Registry;
  httpRequestDuration: Histogram<"method" | "route" | "status">;
  evaluationsByStatus: Gauge<"status">;
  queueDepth: Gauge;
  evaluationDuration: Histogram<"outcome">;
  parseFailures: Counter<"code">;
  storageDiskUsed: Gauge;
};

export function createMetrics(options: { db?: () => PrismaClient; storageDir?: () => string; defaultMetrics?: boolean } = {}): AppMetrics {
  const registry = new Registry();
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry });

  // One grouped query per scrape feeds both evaluation gauges; the first collect() runs it, the second reuses it.
  let pending: Promise<Map<string, number>> | null = null;
  const countsByStatus = (): Promise<Map<string, number>> => {
    if (!options.db) return Promise.resolve(new Map());
    pending ??= options
      .db()
      .evaluation.groupBy({ by: ["status"], _count: { _all: true } })
      .then((rows) => new Map(rows.map((row) => [row.status as string, row._count._all])))
      .finally(() => {
        setTimeout(() => {
          pending = null;
        }, 0);
      });
    return pending;
  };

  const evaluationsByStatus = new Gauge({
    name: "resume_checker_evaluations",
    help: "Evaluations by status (from the database at scrape time).",
    labelNames: ["status"],
    registers: [registry],
    async collect() {
      const counts = await countsByStatus();
      for (const status of EVALUATION_STATUSES) this.set({ status }, counts.get(status) ?? 0);
    },
  });
  const queueDepth = new Gauge({
    name: "resume_checker_evaluation_queue_depth",
    help: "Evaluations waiting to run (status queued), from the database at scrape time.",
    registers: [registry],
    async collect() {
      const counts = await countsByStatus();
      this.set(counts.get("queued") ?? 0);
    },
  });
  const httpRequestDuration = new Histogram({
    name: "resume_checker_http_request_duration_seconds",
    help: "HTTP request duration of API route handlers, by route pattern and status.",
    labelNames: ["method", "route", "status"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const evaluationDuration = new Histogram({
    name: "resume_checker_evaluation_duration_seconds",
    help: "Duration of one evaluation attempt in the background runner (load → persist).",
    labelNames: ["outcome"],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120],
    registers: [registry],
  });
  const parseFailures = new Counter({
    name: "resume_checker_parse_failures_total",
    help: "Evaluations that failed for good while extracting or parsing the resume, by error code.",
    labelNames: ["code"],
    registers: [registry],
  });
  const storageDiskUsed = new Gauge({
    name: "resume_checker_storage_disk_used_percent",
    help: "Percent used of the volume holding stored files (the runbook warns at 80, critical at 90).",
    registers: [registry],
    async collect() {
      if (options.storageDir) this.set((await diskUsage(options.storageDir())).usedPercent);
    },
  });
  return { registry, httpRequestDuration, evaluationsByStatus, queueDepth, evaluationDuration, parseFailures, storageDiskUsed };
}

const globalForMetrics = globalThis as unknown as { __rcMetrics?: AppMetrics };

/** The process-wide metrics (one registry even when Next.js loads this module in several bundles). */
export function getMetrics(): AppMetrics {
  globalForMetrics.__rcMetrics ??= createMetrics({ db: getDb, storageDir: () => getEnv().storageDir });
  return globalForMetrics.__rcMetrics;
}

const ID_SEGMENT = /^(?:c[a-z0-9]{20,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9]+|[A-Za-z0-9_-]{24,})$/;

/** The route pattern of a path: ids become ":id", so label cardinality stays bounded. */
export function routeLabel(pathname: string): string {
  const segments = pathname.split("/").map((segment) => (ID_SEGMENT.test(segment) ? ":id" : segment));
  return segments.join("/").slice(0, 120) || "/";
}
