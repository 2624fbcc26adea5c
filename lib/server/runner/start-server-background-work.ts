import "server-only";
import { configureExtractPool, warmExtractPool } from "@/lib/engine/extract";
import { getEnv } from "@/lib/env";
import { getLogger } from "@/lib/server/observability/logger";
import { recordEvaluationEvent } from "@/lib/server/background/evaluation-lifecycle";
import { installGracefulShutdown } from "./graceful-shutdown";
import { getComputeWorker, startProcessInlineRunner } from "./process-runner";

/** Starts the inline runner (when this process should run one) and the extraction workers. */
export async function startServerBackgroundWork(): Promise<void> {
  const env = getEnv();
  configureExtractPool({ size: env.EXTRACT_WORKERS });
  const runner = startProcessInlineRunner({
    // Log lines (with the id of the request that queued the evaluation) and metrics.
    onEvent: recordEvaluationEvent,
  });
  if (process.env.NEXT_MANUAL_SIG_HANDLE) installGracefulShutdown({ runner });
  if (!runner) return;
  getLogger().info({ owner: runner.owner, concurrency: env.EVALUATION_CONCURRENCY }, "inline evaluation runner started");
  // Loading the PDF/DOCX parsers takes a moment; do it before the first upload.
  await Promise.all([warmExtractPool(), getComputeWorker().warm()]).catch((error: unknown) =>
    getLogger().warn({ err: String(error) }, "worker warm-up failed"),
  );
}
