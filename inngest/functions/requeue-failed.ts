import { inngest } from "../client";
import { evaluationRetryRequested, evaluationRetryRequestedSchema } from "../events";
import { buildEvaluationEvent } from "@/lib/server/evaluations/dispatch-evaluations";
import { requeueFailedEvaluations } from "@/lib/server/evaluations/requeue-failed";
import { requestIdOrNew } from "@/lib/server/observability/request-context";
import { pipelineDeps } from "./runtime";

// Bulk retry: failed evaluations (of one job, or all) go back to queued, then one
// evaluation/requested event each starts their runs. The rows record the event's
// requestId (else a fresh `requeue-function-…` id), so the runs' log lines carry it.
export const requeueFailed = inngest.createFunction(
  { id: "requeue-failed", name: "Requeue failed evaluations", triggers: [evaluationRetryRequested] },
  async ({ event, step }) => {
    const { jobId, requestId } = evaluationRetryRequestedSchema.parse(event.data);
    const requeued = await step.run("requeue", async () => {
      const db = pipelineDeps().db;
      const origin = requestId ?? requestIdOrNew("requeue-function");
      const { evaluationIds } = await requeueFailedEvaluations({ db, requestId: origin, ...(jobId ? { jobId } : {}) });
      const rows = await db.evaluation.findMany({
        where: { id: { in: evaluationIds }, status: "queued" },
        select: { id: true, jobId: true, resumeId: true, queuedAt: true, requestId: true },
      });
      return rows.map((row) => ({ ...row, queuedAt: row.queuedAt.toISOString() }));
    });
    for (let i = 0; i < requeued.length; i += 500) {
      const chunk = requeued.slice(i, i + 500);
      await step.sendEvent(
        `request-evaluations-${i / 500}`,
        chunk.map((row) => buildEvaluationEvent({ ...row, queuedAt: new Date(row.queuedAt), dispatchedAt: null }, "requeue")),
      );
      await step.run(`mark-dispatched-${i / 500}`, () =>
        pipelineDeps().db.evaluation.updateMany({
          where: { id: { in: chunk.map((row) => row.id) }, status: "queued" },
          data: { dispatchedAt: new Date() },
        }),
      );
    }
    return { requeued: requeued.length };
  },
);
