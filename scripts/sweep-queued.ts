// `npm run sweep-queued`: Inngest mode only. Sends the events of queued
// evaluations that never reached Inngest (a send failed while it was down) or
// were accepted more than 10 minutes ago without a run starting — what the
// sweep-queued cron function does every 5 minutes, for use right after an
// Inngest outage. Repeated sends of one queued attempt share an event id, so
// running it while the cron also runs starts no duplicate evaluations.
// Loading the Inngest client registers it as the provider the sweep sends through.
import "../inngest/client";
import { getEnv } from "../lib/env";
import { sweepQueuedEvaluations, sweepStaleRescores } from "../lib/server/evaluations/sweep-queued";
import { requestIdOrNew } from "../lib/server/observability/request-context";
import { withDevelopmentDatabase } from "./lib/database";
import { createScriptPrismaClient } from "./lib/prisma-client";

if (getEnv().runnerMode !== "inngest") {
  console.error(
    "Inngest is not configured (INNGEST_DEV or INNGEST_SIGNING_KEY): evaluations run in the app's inline runner, which reads queued rows itself. Nothing to send.",
  );
  process.exit(2);
}

withDevelopmentDatabase(async (url) => {
  const db = createScriptPrismaClient(url);
  try {
    const requestId = requestIdOrNew("script-sweep-queued");
    const result = await sweepQueuedEvaluations({ db, requestId });
    console.log(`Found ${result.found} stranded queued evaluation(s); sent ${result.sent} (request id ${requestId}).`);
    const rescores = await sweepStaleRescores({ db, requestId });
    console.log(`Found ${rescores.found} job(s) with a lost re-score event; sent ${rescores.sent}.`);
    if (rescores.sent < rescores.found) process.exitCode = 1;
    if (result.unsent > 0) {
      console.error(
        `Could not send ${result.unsent}: Inngest is still unreachable. Check INNGEST_BASE_URL / INNGEST_EVENT_KEY and the Inngest server.`,
      );
      process.exitCode = 1;
    }
  } finally {
    await db.$disconnect();
  }
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
