import "server-only";
import { getEnv } from "@/lib/env";
import { inngest } from "@/inngest/client";
import { evaluationRequested, jobRequirementsUpdated, resumeUploaded } from "@/inngest/events";
import { wakeProcessInlineRunner } from "@/lib/server/runner/process-runner";

// Queued rows are the source of truth in both modes. Inline: the runner polls the
// table; this only wakes it. Inngest: one event per evaluation starts a run.

export type QueuedEvaluation = { evaluationId: string; jobId: string; resumeId: string };

export async function dispatchUploadedEvaluations(items: QueuedEvaluation[]): Promise<void> {
  if (items.length === 0) return;
  if (getEnv().runnerMode === "inline") return wakeProcessInlineRunner();
  await sendInBatches(
    items.map((item) => resumeUploaded.create({ jobId: item.jobId, resumeId: item.resumeId, evaluationId: item.evaluationId })),
  );
}

export async function dispatchRequestedEvaluations(evaluationIds: string[], reason: "retry" | "requeue" | "rescore"): Promise<void> {
  if (evaluationIds.length === 0) return;
  if (getEnv().runnerMode === "inline") return wakeProcessInlineRunner();
  await sendInBatches(evaluationIds.map((evaluationId) => evaluationRequested.create({ evaluationId, reason })));
}

export async function dispatchRequirementsUpdated(jobId: string, requirementsRevision: number): Promise<void> {
  // Inline mode: the runner re-scores stale evaluations when it is idle (see rescore-evaluations.ts).
  if (getEnv().runnerMode === "inline") return wakeProcessInlineRunner();
  await inngest.send(jobRequirementsUpdated.create({ jobId, requirementsRevision }));
}

async function sendInBatches(events: Parameters<typeof inngest.send>[0][]): Promise<void> {
  for (let i = 0; i < events.length; i += 100) {
    await inngest.send(events.slice(i, i + 100).flat());
  }
}
