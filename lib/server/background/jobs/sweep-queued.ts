import "server-only";
import { getDb } from "@/lib/db";
import { sweepQueuedEvaluations, sweepStaleRescores } from "@/lib/server/evaluations/sweep-queued";
import { requestIdOrNew } from "@/lib/server/observability/request-context";
import type { JobIo } from "./job-io";

// Every 5 minutes: re-sends the events of queued evaluations that never reached
// the provider (a send failed while it was down) or reached it long ago without a
// run, and the re-score events of requirement edits that never reached it
// (thresholds and their reasons in lib/server/evaluations/sweep-queued.ts). One
// sweep at a time; the events' ids make a repeated send of one attempt a no-op.
export const sweepQueuedJob = {
  id: "sweep-queued",
  name: "Re-send events of stranded queued evaluations",
  cron: "TZ=UTC */5 * * * *",
  async handler(io: JobIo) {
    // Memoized, so both units (and a replay) log under one id.
    const requestId = await io.run("request-id", async () => requestIdOrNew("cron-sweep-queued"));
    const evaluations = await io.run("sweep", () => sweepQueuedEvaluations({ db: getDb(), requestId }));
    const rescores = await io.run("sweep-rescores", () => sweepStaleRescores({ db: getDb(), requestId }));
    return { ...evaluations, rescores };
  },
} as const;
