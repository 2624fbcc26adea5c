import { rescoreJob as job } from "@/lib/server/background/jobs/rescore-job";
import { inngest } from "../client";
import { jobRequirementsUpdated } from "../events";
import { stepIo } from "./io";

export const rescoreJob = inngest.createFunction(
  {
    id: job.id,
    name: job.name,
    triggers: [jobRequirementsUpdated],
    // A newer revision supersedes a running re-score of the same job.
    concurrency: [{ key: "event.data.jobId", limit: 1 }],
  },
  async ({ event, step }) => job.handler(job.input.parse(event.data), stepIo(step)),
);
