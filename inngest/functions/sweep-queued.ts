import { cron } from "inngest";
import { inngest } from "../client";
import { sweepQueuedEvaluations, sweepStaleRescores } from "@/lib/server/evaluations/sweep-queued";
import { requestIdOrNew } from "@/lib/server/observability/request-context";
import { pipelineDeps } from "./runtime";

// Every 5 minutes: re-sends the events of queued evaluations that never reached
// Inngest (a send failed while it was down) or reached it long ago without a run,
// and the re-score events of requirement edits that never reached it
// (thresholds and their reasons in lib/server/evaluations/sweep-queued.ts). One
// sweep at a time; the events' ids make a repeated send of one attempt a no-op.
export const sweepQueued = inngest.createFunction(
  {
    id: "sweep-queued",
    name: "Re-send events of stranded queued evaluations",
    triggers: [cron("TZ=UTC */5 * * * *")],
    concurrency: [{ limit: 1 }],
  },
  async ({ step }) => {
    // Memoized, so both steps (and a replay) log under one id.
    const requestId = await step.run("request-id", () => requestIdOrNew("cron-sweep-queued"));
    const evaluations = await step.run("sweep", () => sweepQueuedEvaluations({ db: pipelineDeps().db, requestId }));
    const rescores = await step.run("sweep-rescores", () => sweepStaleRescores({ db: pipelineDeps().db, requestId }));
    return { ...evaluations, rescores };
  },
);
