import { requeueFailedJob as job } from "@/lib/server/background/jobs/requeue-failed";
import { inngest } from "../client";
import { evaluationRetryRequested } from "../events";
import { stepIo } from "./io";

export const requeueFailed = inngest.createFunction(
  { id: job.id, name: job.name, triggers: [evaluationRetryRequested] },
  async ({ event, step }) => job.handler(job.input.parse(event.data), stepIo(step)),
);
