import { cleanupFilesDaily } from "./functions/cleanup-files";
import { evaluateResume } from "./functions/evaluate-resume";
import { requeueFailed } from "./functions/requeue-failed";
import { rescoreJob } from "./functions/rescore-job";
import { sweepQueued } from "./functions/sweep-queued";

/** Every Inngest function of the app, served by app/api/inngest/route.ts. */
export const functions = [evaluateResume, rescoreJob, cleanupFilesDaily, requeueFailed, sweepQueued];
