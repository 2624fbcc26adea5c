import "server-only";
import { AppError } from "@/lib/errors";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { AREA_ROLES } from "@/lib/schemas/access";
import { writeAuditLog } from "@/lib/server/audit";
import { type DispatchResult, dispatchRequestedEvaluations } from "@/lib/server/evaluations/dispatch-evaluations";
import { requestLogger } from "@/lib/server/observability/logger";
import { auditFields, type RequestActor } from "@/lib/server/request-actor";

// Talent rediscovery: resumes stored for other jobs are evaluated for this one.
// Erased resumes have no row, so they are never found. Resumes past retention
// are skipped: evaluating one for an open job would keep it alive past the
// period the retention sweep (lib/server/retention, lib/server/storage/cleanup-files)
// erases it in. Resumes whose file could not be read (parse failed) would only
// fail again, so they are skipped too.

const DISPATCH_CHUNK = 5_000;

type Scope = { db: PrismaClient; jobId: string; retentionDays?: number; now?: Date };

/**
 * The resumes kept under retention, as a condition on `r`. Mirrors the sweep: a
 * resume expires when every job it was evaluated for closed before the cutoff,
 * or when it was stored before the cutoff and is in no open job.
 */
function withinRetention(retentionDays: number | undefined, now: Date): Prisma.Sql {
  if (!retentionDays) return Prisma.sql`TRUE`;
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  return Prisma.sql`(
    EXISTS (SELECT 1 FROM evaluations eo JOIN jobs jo ON jo.id = eo.job_id WHERE eo.resume_id = r.id AND jo.status = 'open')
    OR (r.created_at >= ${cutoff} AND (
      NOT EXISTS (SELECT 1 FROM evaluations ea WHERE ea.resume_id = r.id)
      OR EXISTS (SELECT 1 FROM evaluations el JOIN jobs jl ON jl.id = el.job_id
        WHERE el.resume_id = r.id AND (jl.closed_at IS NULL OR jl.closed_at >= ${cutoff}))
    ))
  )`;
}

function pastCandidatesWhere(scope: Scope): Prisma.Sql {
  return Prisma.sql`r.parse_status <> 'failed'
    AND NOT EXISTS (SELECT 1 FROM evaluations ej WHERE ej.resume_id = r.id AND ej.job_id = ${scope.jobId})
    AND ${withinRetention(scope.retentionDays, scope.now ?? new Date())}`;
}

function authorize(actor: RequestActor): void {
  if (!(AREA_ROLES.recruiting as readonly string[]).includes(actor.user.role))
    throw new AppError("FORBIDDEN", "Only recruiters and admins can search past candidates for a job.");
}

async function requireOpenJob(db: PrismaClient | Prisma.TransactionClient, jobId: string): Promise<void> {
  const job = await db.job.findUnique({ where: { id: jobId }, select: { status: true } });
  if (!job) throw new AppError("NOT_FOUND", "This job does not exist.");
  if (job.status !== "open") throw new AppError("CONFLICT", "This job is closed. Reopen it to evaluate past candidates for it.");
}

/** How many stored resumes "Find matches among past candidates" would queue now (the confirmation's figure). */
export async function countPastCandidates(options: Scope & { actor: RequestActor }): Promise<{ count: number }> {
  authorize(options.actor);
  await requireOpenJob(options.db, options.jobId);
  const [row] = await options.db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM resumes r WHERE ${pastCandidatesWhere(options)}`;
  return { count: Number(row?.n ?? 0) };
}

/**
 * Queues an evaluation of this job for every stored resume not yet evaluated for
 * it, in one INSERT … SELECT (the (job_id, resume_id) key makes a second or
 * concurrent run queue nothing new), audited once, then dispatched like any
 * requeue so the inline runner and Inngest both take them up.
 */
export async function findPastCandidates(
  options: Scope & { actor: RequestActor; dispatch?: typeof dispatchRequestedEvaluations },
): Promise<{ queued: number; dispatch: DispatchResult }> {
  const { db, jobId, actor } = options;
  authorize(actor);
  // One statement, but a large store takes longer than the 5 s transaction default (10,000 resumes: about 2 s here).
  const evaluationIds = await db.$transaction(
    async (tx) => {
      await requireOpenJob(tx, jobId);
      const rows = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO evaluations (id, job_id, resume_id, status, source, request_id, queued_at, next_attempt_at, created_at, updated_at)
      SELECT gen_random_uuid()::text, ${jobId}, r.id, 'queued', 'rediscovery', ${actor.requestId}, now(), now(), now(), now()
      FROM resumes r WHERE ${pastCandidatesWhere(options)}
      ON CONFLICT (job_id, resume_id) DO NOTHING
      RETURNING id`;
      if (rows.length > 0)
        await writeAuditLog(tx, {
          ...auditFields(actor),
          action: "job.past-candidates-queued",
          targetType: "job",
          targetId: jobId,
          metadata: { queued: rows.length },
        });
      return rows.map((row) => row.id);
    },
    { timeout: 120_000 },
  );
  const dispatch: DispatchResult = { sent: 0, unsent: 0 };
  try {
    // Chunked: dispatch reads its rows back with one `IN` list, and PostgreSQL caps bind parameters at 32,767.
    for (let i = 0; i < evaluationIds.length; i += DISPATCH_CHUNK) {
      const result = await (options.dispatch ?? dispatchRequestedEvaluations)(evaluationIds.slice(i, i + DISPATCH_CHUNK), "rediscover", {
        db,
        requestId: actor.requestId,
      });
      dispatch.sent += result.sent;
      dispatch.unsent += result.unsent;
    }
  } catch (error) {
    // The rows are queued: the inline runner polls them and the sweep re-sends to Inngest.
    requestLogger(actor.requestId).error({ err: error, queued: evaluationIds.length }, "could not dispatch rediscovered evaluations");
  }
  return { queued: evaluationIds.length, dispatch };
}
