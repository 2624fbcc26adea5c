import { inngest } from "../client";
import { evaluationRequested, evaluationRetryRequested, evaluationRetryRequestedSchema } from "../events";
import { requeueFailedEvaluations } from "@/lib/server/evaluations/requeue-failed";
import { pipelineDeps } from "./runtime";

// Bulk retry: failed evaluations (of one job, or all) go back to queued, then one
// evaluation/requested event each starts their runs.
export const requeueFailed = inngest.createFunction(
  { id: "requeue-failed", name: "Requeue failed evaluations", triggers: [evaluationRetryRequested] },
  async ({ event, step }) => {
    const { jobId } = evaluationRetryRequestedSchema.parse(event.data);
    const { evaluationIds } = await step.run("requeue", () =>
      requeueFailedEvaluations({ db: pipelineDeps().db, ...(jobId ? { jobId } : {}) }),
    );
    for (let i = 0; i < evaluationIds.length; i += 500) {
      const chunk = evaluationIds.slice(i, i + 500);
      await step.sendEvent(
        `request-evaluations-${i / 500}`,
        chunk.map((evaluationId) => evaluationRequested.create({ evaluationId, reason: "requeue" })),
      );
    }
    return { requeued: evaluationIds.length };
  },
);
