import "server-only";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { writeAuditLog } from "@/lib/server/audit";
import type { FileStorage } from "@/lib/server/storage/file-storage";
import { auditFields, type RequestActor } from "@/lib/server/request-actor";
import { requestLogger } from "@/lib/server/observability/logger";

/**
 * Erases a candidate: the stored file, the extracted text and profile (the
 * resume row), and every evaluation and decision about it, across all jobs.
 * The audit entry records only that an erasure happened and how much went —
 * no name, email, file name or text.
 */
export async function eraseResume(options: {
  db: PrismaClient;
  storage: FileStorage;
  actor: RequestActor;
  resumeId: string;
}): Promise<{ resumeId: string; erased: true; evaluationsDeleted: number; decisionsDeleted: number }> {
  const { db, storage, actor, resumeId } = options;
  const result = await db.$transaction(async (tx) => {
    const resume = await tx.resume.findUnique({ where: { id: resumeId }, select: { id: true, storageKey: true } });
    if (!resume) throw new AppError("NOT_FOUND", "This resume does not exist (it may have been erased already).");
    const decisionsDeleted = (await tx.decision.deleteMany({ where: { evaluation: { resumeId } } })).count;
    const evaluationsDeleted = (await tx.evaluation.deleteMany({ where: { resumeId } })).count;
    await tx.resume.delete({ where: { id: resumeId } });
    await writeAuditLog(tx, {
      ...auditFields(actor),
      action: "resume.erased",
      targetType: "resume",
      targetId: resumeId,
      metadata: { evaluationsDeleted, decisionsDeleted },
    });
    return { storageKey: resume.storageKey, evaluationsDeleted, decisionsDeleted };
  });
  // After the commit: a crash here leaves an unreferenced file, which cleanup-files removes; never a row without its file.
  await storage.delete(result.storageKey).catch((error: unknown) => {
    requestLogger(actor.requestId).error({ err: error }, "erased resume file could not be deleted; cleanup-files will remove it");
  });
  return { resumeId, erased: true, evaluationsDeleted: result.evaluationsDeleted, decisionsDeleted: result.decisionsDeleted };
}
