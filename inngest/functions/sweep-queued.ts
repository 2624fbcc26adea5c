import { cron } from "inngest";
import { sweepQueuedJob as job } from "@/lib/server/background/jobs/sweep-queued";
import { inngest } from "../client";
import { stepIo } from "./io";

export const sweepQueued = inngest.createFunction(
  { id: job.id, name: job.name, triggers: [cron(job.cron)], concurrency: [{ limit: 1 }] },
  async ({ step }) => job.handler(stepIo(step)),
);
