import { cron } from "inngest";
import { cleanupFilesJob as job } from "@/lib/server/background/jobs/cleanup-files";
import { inngest } from "../client";
import { stepIo } from "./io";

export const cleanupFilesDaily = inngest.createFunction({ id: job.id, name: job.name, triggers: [cron(job.cron)] }, async ({ step }) =>
  job.handler(stepIo(step)),
);
