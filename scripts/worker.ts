// `npm run worker`: a process that only runs evaluations — the inline lease
// runner on DATABASE_URL's queue, no HTTP. Run any number of them next to web
// replicas started with INLINE_RUNNER=off; they share one PostgreSQL and one
// object store (STORAGE_DRIVER=s3), since a worker reads the originals the web
// processes stored. SIGTERM/SIGINT drain like the app does (graceful-shutdown.ts).
import { configureExtractPool, warmExtractPool } from "../lib/engine/extract";
import { getEnv } from "../lib/env";
import { recordEvaluationEvent } from "../lib/server/background/evaluation-lifecycle";
import { getLogger } from "../lib/server/observability/logger";
import { installGracefulShutdown } from "../lib/server/runner/graceful-shutdown";
import { createInlineRunner } from "../lib/server/runner/inline-runner";
import { getComputeWorker, inlineRunnerOptionsFromEnv } from "../lib/server/runner/process-runner";

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(2);
}

function checkEnvironment(): ReturnType<typeof getEnv> {
  let env: ReturnType<typeof getEnv>;
  try {
    env = getEnv();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    fail(
      message
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean)
        .join(" "),
    );
  }
  if (!env.DATABASE_URL)
    fail(
      "DATABASE_URL is not set: a worker takes evaluations from the app's PostgreSQL database; set it to the same URL as the web processes.",
    );
  if (env.runnerMode === "inngest")
    fail(
      "Inngest is configured (INNGEST_DEV or INNGEST_SIGNING_KEY): the Inngest server runs evaluations through the web processes, so a worker has nothing to do.",
    );
  return env;
}

const env = checkEnvironment();
configureExtractPool({ size: env.EXTRACT_WORKERS });
const runner = createInlineRunner(inlineRunnerOptionsFromEnv({ onEvent: recordEvaluationEvent }));
installGracefulShutdown({ runner });
runner.start();
getLogger().info(
  { owner: runner.owner, concurrency: env.EVALUATION_CONCURRENCY, storage: env.STORAGE_DRIVER },
  "evaluation worker started",
);
if (env.STORAGE_DRIVER === "local")
  getLogger().warn({}, "STORAGE_DRIVER=local: this worker can only read files stored on this machine's disk");
await Promise.all([warmExtractPool(), getComputeWorker().warm()]).catch((error: unknown) =>
  getLogger().warn({ err: String(error) }, "worker warm-up failed"),
);
