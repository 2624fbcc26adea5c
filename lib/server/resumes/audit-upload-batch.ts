import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { UploadBatchAuditMetadata, UploadFileResult } from "@/lib/schemas/resumes";
import { writeAuditLog } from "@/lib/server/audit";
import { UPLOAD_AUDIT_ACTION } from "./upload-audit-action";

function fileDetail(result: UploadFileResult): UploadBatchAuditMetadata["files"][number] {
  return result.status === "rejected"
    ? { name: result.fileName, status: result.status, code: result.error.code }
    : { name: result.fileName, status: result.status };
}

function merged(previous: UploadBatchAuditMetadata | null, batchId: string | null, results: UploadFileResult[]): UploadBatchAuditMetadata {
  const files = [...(previous?.files ?? []), ...results.map(fileDetail)];
  const summary = { queued: 0, duplicate: 0, rejected: 0 };
  for (const file of files) summary[file.status]++;
  return { batchId, summary, files };
}

/**
 * One audit entry per upload batch. A client that sends a selection one file per
 * request (for progress) names it with a batch id; each request then adds its files
 * to the same entry. The advisory lock serialises the parallel requests of a batch,
 * so none of them creates a second entry or loses another's files.
 */
export async function auditUploadBatch(
  db: PrismaClient,
  input: {
    jobId: string;
    batchId: string | null;
    results: UploadFileResult[];
    actor: { id: string | null; label?: string };
    requestId: string;
    ip: string | null;
  },
): Promise<void> {
  const entry = {
    actorId: input.actor.id,
    actorLabel: input.actor.label ?? null,
    action: UPLOAD_AUDIT_ACTION,
    targetType: "job",
    targetId: input.jobId,
    requestId: input.requestId,
    ip: input.ip,
  };
  const { batchId } = input;
  if (batchId === null) {
    await writeAuditLog(db, { ...entry, metadata: merged(null, null, input.results) });
    return;
  }
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`upload-batch:${batchId}`}))`;
    const existing = await tx.auditLog.findFirst({
      where: {
        action: UPLOAD_AUDIT_ACTION,
        targetType: "job",
        targetId: input.jobId,
        actorId: input.actor.id,
        metadata: { path: ["batchId"], equals: batchId },
      },
      select: { id: true, metadata: true },
    });
    const metadata = merged((existing?.metadata as UploadBatchAuditMetadata | null) ?? null, batchId, input.results);
    if (existing) await tx.auditLog.update({ where: { id: existing.id }, data: { metadata } });
    else await writeAuditLog(tx, { ...entry, metadata });
  });
}
