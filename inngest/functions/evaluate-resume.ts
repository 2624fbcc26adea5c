import { NonRetriableError } from "inngest";
import { markFailedAfterRetries } from "@/lib/server/background/evaluation-lifecycle";
import { evaluateResumeJob } from "@/lib/server/background/jobs/evaluate-resume";
import { runEvaluationAttempt } from "@/lib/server/background/jobs/evaluate-resume.handler";
import { inngest } from "../client";
import { evaluationRequested, resumeUploaded } from "../events";
import { stepIo } from "./io";
import { pipelineDeps, retriesOf } from "./runtime";

// The Inngest provider of the evaluation job: each stage of the job's handler
// runs in step.run (memoized, so a retried run continues after its last finished
// step); Inngest retries with its backoff and onFailure ends the evaluation failed.
export const evaluateResume = inngest.createFunction(
  {
    id: evaluateResumeJob.id,
    name: evaluateResumeJob.name,
    triggers: [resumeUploaded, evaluationRequested],
    retries: retriesOf(evaluateResumeJob.retry.maxAttempts()),
    // One run per evaluation at a time; overall parallelism from EVALUATION_CONCURRENCY.
    concurrency: [{ limit: evaluateResumeJob.concurrency() }, { key: "event.data.evaluationId", limit: 1 }],
    onFailure: async ({ event }) => {
      const parsed = evaluateResumeJob.input.safeParse(event.data.event.data);
      if (!parsed.success) return { marked: false };
      return markFailedAfterRetries({ db: pipelineDeps().db, evaluationId: parsed.data.evaluationId, requestId: parsed.data.requestId });
    },
  },
  async ({ event, step, attempt }) => {
    const { evaluationId, requestId } = evaluateResumeJob.input.parse(event.data);
    return runEvaluationAttempt({
      deps: pipelineDeps(),
      evaluationId,
      requestId,
      attempt: attempt + 1,
      retry: {
        kind: "provider",
        maxAttempts: evaluateResumeJob.retry.maxAttempts(),
        nonRetriable: (message, cause) => new NonRetriableError(message, { cause }),
      },
      runStep: stepIo(step).run,
    });
  },
);
