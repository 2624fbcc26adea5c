import "server-only";
import type { z } from "zod";
import { getDb } from "@/lib/db";
import { rescoreStaleEvaluations } from "@/lib/server/evaluations/rescore-evaluations";
import { EVENT_NAMES, jobRequirementsUpdatedSchema } from "../events";
import type { JobIo } from "./job-io";

const MAX_BATCHES = 1_000;

// Re-scores a job's completed evaluations from the stored parsed resumes, one
// durable unit per batch. Unit ids are the batch numbers: a retried run replays
// finished batches from memo and continues where it stopped. Log lines carry the
// event's requestId (the request that changed the requirements), else the rows'.
// The inline runner re-scores from its idle loop instead (process-runner.ts).
export const rescoreJob = {
  id: "rescore-job",
  name: "Re-score job after requirement changes",
  trigger: EVENT_NAMES.jobRequirementsUpdated,
  input: jobRequirementsUpdatedSchema,
  async handler(input: z.infer<typeof jobRequirementsUpdatedSchema>, io: JobIo): Promise<{ jobId: string; rescored: number }> {
    let total = 0;
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const { rescored } = await io.run(`rescore-batch-${batch}`, () =>
        rescoreStaleEvaluations({ db: getDb(), jobId: input.jobId, batchSize: 50, requestId: input.requestId }),
      );
      total += rescored;
      if (rescored === 0) break;
    }
    return { jobId: input.jobId, rescored: total };
  },
} as const;
