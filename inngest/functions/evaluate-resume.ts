import { NonRetriableError } from "inngest";
import { inngest } from "../client";
import { evaluationRequested, evaluationRequestedSchema, resumeUploaded, resumeUploadedSchema } from "../events";
import { handleEvaluateResume, handleEvaluationFailure } from "@/lib/server/evaluations/handle-evaluate-resume";
import { configuredConcurrency, configuredRetries, pipelineDeps } from "./runtime";

// Steps load → extract-text → parse → score → persist (extract/parse skipped when
// the resume is already parsed). Retries with Inngest's backoff; content errors
// are non-retriable; onFailure records the failing stage and message.
export const evaluateResume = inngest.createFunction(
  {
    id: "evaluate-resume",
    name: "Evaluate resume",
    triggers: [resumeUploaded, evaluationRequested],
    retries: configuredRetries(),
    // One run per evaluation at a time; overall parallelism from EVALUATION_CONCURRENCY.
    concurrency: [{ limit: configuredConcurrency() }, { key: "event.data.evaluationId", limit: 1 }],
    onFailure: async ({ event }) => {
      const original = event.data.event.data as unknown;
      const parsed = evaluationRequestedSchema.pick({ evaluationId: true, requestId: true }).safeParse(original);
      if (!parsed.success) return { marked: false };
      return handleEvaluationFailure({ db: pipelineDeps().db, evaluationId: parsed.data.evaluationId, requestId: parsed.data.requestId });
    },
  },
  async ({ event, step }) => {
    const { evaluationId, requestId } =
      event.name === "resume/uploaded" ? resumeUploadedSchema.parse(event.data) : evaluationRequestedSchema.parse(event.data);
    return handleEvaluateResume({
      deps: pipelineDeps(),
      evaluationId,
      requestId,
      step: { run: (id, fn) => step.run(id, fn) },
      nonRetriable: (message, cause) => new NonRetriableError(message, { cause }),
    });
  },
);
