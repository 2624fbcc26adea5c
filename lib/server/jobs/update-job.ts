import "server-only";
import type { JobRequirements } from "@/lib/engine/types";
import { AppError } from "@/lib/errors";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { UpdateJobBody } from "@/lib/schemas/jobs";
import { writeAuditLog } from "@/lib/server/audit";
import { dispatchRequirementsUpdated } from "@/lib/server/evaluations/dispatch-evaluations";

/**
 * Edits a job. A change to requirements, weights or thresholds bumps
 * requirementsRevision; completed evaluations scored under an older revision are
 * re-scored in the background (without re-parsing). Returns whether that happened.
 */
export async function updateJob(options: {
  db: PrismaClient;
  jobId: string;
  body: UpdateJobBody;
  actorId: string;
  /** The API key's label when a key acted. */
  actorLabel?: string | null;
  ip?: string | null;
  requestId?: string;
}): Promise<{ id: string; requirementsRevision: number; rescoreNeeded: boolean }> {
  const { db, jobId, body } = options;
  const rescoreNeeded = body.requirements !== undefined || body.weights !== undefined || body.thresholds !== undefined;
  const data: Prisma.JobUpdateInput = {};
  if (body.title !== undefined) data.title = body.title;
  if (body.requirements !== undefined) data.requirements = body.requirements satisfies JobRequirements as unknown as Prisma.InputJsonValue;
  if (body.weights !== undefined) data.weights = body.weights === null ? Prisma.DbNull : (body.weights as Prisma.InputJsonValue);
  if (body.thresholds !== undefined)
    data.thresholds = body.thresholds === null ? Prisma.DbNull : (body.thresholds as Prisma.InputJsonValue);
  if (body.status !== undefined) {
    data.status = body.status;
    data.closedAt = body.status === "closed" ? new Date() : null;
  }
  if (rescoreNeeded) data.requirementsRevision = { increment: 1 };
  return db.$transaction(async (tx) => {
    const exists = await tx.job.findUnique({ where: { id: jobId }, select: { id: true } });
    if (!exists) throw new AppError("NOT_FOUND", "This job does not exist.");
    const job = await tx.job.update({ where: { id: jobId }, data, select: { id: true, requirementsRevision: true } });
    await writeAuditLog(tx, {
      actorId: options.actorId,
      actorLabel: options.actorLabel ?? null,
      ip: options.ip ?? null,
      action: "job.updated",
      targetType: "job",
      targetId: jobId,
      metadata: { fields: Object.keys(body), requirementsRevision: job.requirementsRevision },
      requestId: options.requestId ?? null,
    });
    return { ...job, rescoreNeeded };
  });
}

/**
 * The edit every entry point runs (the UI's actions and PATCH /api/v1/jobs/:id):
 * saves it, then a requirements, weights or thresholds change dispatches the
 * background re-score of the job's evaluations.
 */
export async function editJob(options: Parameters<typeof updateJob>[0]): ReturnType<typeof updateJob> {
  const updated = await updateJob(options);
  if (updated.rescoreNeeded)
    await dispatchRequirementsUpdated(options.jobId, updated.requirementsRevision, { db: options.db, requestId: options.requestId });
  return updated;
}
