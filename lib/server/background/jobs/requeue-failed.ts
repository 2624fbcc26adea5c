import "server-only";
import type { z } from "zod";
import { getDb } from "@/lib/db";
import { buildEvaluationEvent, markDispatched } from "@/lib/server/evaluations/dispatch-evaluations";
import { requeueFailedEvaluations } from "@/lib/server/evaluations/requeue-failed";
import { requestIdOrNew } from "@/lib/server/observability/request-context";
import { EVENT_NAMES, evaluationRetryRequestedSchema } from "../events";
import type { JobIo } from "./job-io";

const CHUNK = 500;

// Bulk retry: failed evaluations (of one job, or all) go back to queued, then one
// evaluation/requested event each starts their runs. The rows record the event's
// requestId (else a fresh `requeue-function-…` id), so the runs' log lines carry it.
export const requeueFailedJob = {
  id: "requeue-failed",
  name: "Requeue failed evaluations",
  trigger: EVENT_NAMES.evaluationRetryRequested,
  input: evaluationRetryRequestedSchema,
  async handler(input: z.infer<typeof evaluationRetryRequestedSchema>, io: JobIo): Promise<{ requeued: number }> {
    const requeued = await io.run("requeue", async () => {
      const db = getDb();
      const origin = input.requestId ?? requestIdOrNew("requeue-function");
      const { evaluationIds } = await requeueFailedEvaluations({ db, requestId: origin, ...(input.jobId ? { jobId: input.jobId } : {}) });
      const rows = await db.evaluation.findMany({
        where: { id: { in: evaluationIds }, status: "queued" },
        select: { id: true, jobId: true, resumeId: true, queuedAt: true, requestId: true },
      });
      return rows.map((row) => ({ ...row, queuedAt: row.queuedAt.toISOString() }));
    });
    for (let i = 0; i < requeued.length; i += CHUNK) {
      const chunk = requeued.slice(i, i + CHUNK);
      await io.sendEvents(
        `request-evaluations-${i / CHUNK}`,
        chunk.map((row) => buildEvaluationEvent({ ...row, queuedAt: new Date(row.queuedAt), dispatchedAt: null }, "requeue")),
      );
      await io.run(`mark-dispatched-${i / CHUNK}`, () =>
        markDispatched(
          getDb(),
          chunk.map((row) => row.id),
        ),
      );
    }
    return { requeued: requeued.length };
  },
} as const;
