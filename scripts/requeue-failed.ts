// `npm run requeue-failed [-- --job ID]`: puts failed evaluations (of one job, or
// all) back in the queue with a fresh attempt budget (runbook: "evaluations
// failed"). In inline mode the running app's runner picks them up within its
// poll interval; with Inngest, one evaluation/requested event each is sent (a
// failed send leaves them queued for the sweep-queued function). The rows and
// the audit entry record a `script-requeue-…` id that the runs' log lines carry.
import { getEnv } from "../lib/env";
import { dispatchRequestedEvaluations } from "../lib/server/evaluations/dispatch-evaluations";
import { requeueFailedEvaluations } from "../lib/server/evaluations/requeue-failed";
import { writeAuditLog } from "../lib/server/audit";
import { requestIdOrNew } from "../lib/server/observability/request-context";
import { withDevelopmentDatabase } from "./lib/database";
import { createScriptPrismaClient } from "./lib/prisma-client";

const jobIndex = process.argv.indexOf("--job");
const jobId = jobIndex >= 0 ? process.argv[jobIndex + 1] : undefined;
if (jobIndex >= 0 && !jobId) {
  console.error("Usage: npm run requeue-failed [-- --job JOB_ID]");
  process.exit(2);
}

withDevelopmentDatabase(async (url) => {
  const db = createScriptPrismaClient(url);
  try {
    if (jobId && !(await db.job.findUnique({ where: { id: jobId }, select: { id: true } }))) {
      throw new Error(`No job with id ${jobId}.`);
    }
    const byJob = await db.evaluation.groupBy({
      by: ["jobId", "failedStage", "errorCode"],
      where: { status: "failed", ...(jobId ? { jobId } : {}) },
      _count: { _all: true },
    });
    const requestId = requestIdOrNew("script-requeue");
    const { evaluationIds } = await requeueFailedEvaluations({ db, requestId, ...(jobId ? { jobId } : {}) });
    for (const group of byJob)
      console.log(`  job ${group.jobId}: ${group._count._all} failed at ${group.failedStage ?? "?"} (${group.errorCode ?? "no code"})`);
    console.log(`Requeued ${evaluationIds.length} failed evaluation(s)${jobId ? ` of job ${jobId}` : ""} (request id ${requestId}).`);
    if (evaluationIds.length > 0) {
      await writeAuditLog(db, {
        actorLabel: "script:requeue-failed",
        action: "evaluations.requeued",
        targetType: jobId ? "job" : undefined,
        targetId: jobId,
        metadata: { count: evaluationIds.length },
        requestId,
      });
      const { unsent } = await dispatchRequestedEvaluations(evaluationIds, "requeue", { db, requestId });
      console.log(
        getEnv().runnerMode === "inline"
          ? "The app's inline runner will pick them up within a second or two."
          : unsent > 0
            ? `Could not send ${unsent} event(s) to Inngest; they stay queued and the sweep-queued function sends them within 5 minutes.`
            : "Sent evaluation/requested events to Inngest.",
      );
    }
  } finally {
    await db.$disconnect();
  }
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
