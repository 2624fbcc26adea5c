import { inngest } from "../client";
import { jobRequirementsUpdated, jobRequirementsUpdatedSchema } from "../events";
import { rescoreStaleEvaluations } from "@/lib/server/evaluations/rescore-evaluations";
import { pipelineDeps } from "./runtime";

const MAX_BATCHES = 1_000;

// Re-scores a job's completed evaluations from the stored parsed resumes, one
// durable step per batch. Step ids are the batch numbers: a retried run replays
// finished batches from memo and continues where it stopped. Log lines carry the
// event's requestId (the request that changed the requirements), else the rows'.
export const rescoreJob = inngest.createFunction(
  {
    id: "rescore-job",
    name: "Re-score job after requirement changes",
    triggers: [jobRequirementsUpdated],
    // A newer revision supersedes a running re-score of the same job.
    concurrency: [{ key: "event.data.jobId", limit: 1 }],
  },
  async ({ event, step }) => {
    const { jobId, requestId } = jobRequirementsUpdatedSchema.parse(event.data);
    let total = 0;
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const { rescored } = await step.run(`rescore-batch-${batch}`, () =>
        rescoreStaleEvaluations({ db: pipelineDeps().db, jobId, batchSize: 50, requestId }),
      );
      total += rescored;
      if (rescored === 0) break;
    }
    return { jobId, rescored: total };
  },
);
