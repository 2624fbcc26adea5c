import "server-only";
import { isEngineError } from "@/lib/engine/errors";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { writeAuditLog } from "@/lib/server/audit";
import { dispatchRequestedEvaluations } from "@/lib/server/evaluations/dispatch-evaluations";
import { retryEvaluation } from "@/lib/server/evaluations/requeue-failed";
import type { FileStorage } from "@/lib/server/storage/file-storage";
import { checkUploadFile } from "./check-upload-file";

/**
 * Puts the file of a failed evaluation back (after a lost disk or a botched restore a
 * retry alone fails again with the file still missing) and queues the evaluation
 * again. Only the same file is accepted: its bytes must hash to the stored resume's
 * sha256, so a re-upload never swaps one candidate's resume for another's.
 */
export async function reuploadFailedResume(options: {
  db: PrismaClient;
  storage: FileStorage;
  jobId: string;
  evaluationId: string;
  bytes: Uint8Array;
  maxFileBytes: number;
  actorId: string;
}): Promise<{ evaluationId: string }> {
  const { db, jobId, evaluationId } = options;
  const evaluation = await db.evaluation.findFirst({
    where: { id: evaluationId, jobId },
    select: { status: true, resume: { select: { sha256: true, storageKey: true, originalName: true } } },
  });
  if (!evaluation) throw new AppError("NOT_FOUND", "This evaluation does not exist for this job.");
  if (evaluation.status !== "failed")
    throw new AppError("CONFLICT", `Only a failed evaluation takes a re-upload; this one is ${evaluation.status}.`);
  let sha256: string;
  try {
    sha256 = checkUploadFile(options.bytes, { maxFileBytes: options.maxFileBytes }).sha256;
  } catch (error) {
    if (isEngineError(error)) throw new AppError("UNPROCESSABLE_DOCUMENT", error.userMessage);
    throw error;
  }
  if (sha256 !== evaluation.resume.sha256)
    throw new AppError(
      "CONFLICT",
      `This is not the same file as “${evaluation.resume.originalName}”. To score a new version, upload it on the job's upload page.`,
    );
  await options.storage.put(evaluation.resume.storageKey, options.bytes);
  await retryEvaluation({ db, jobId, evaluationId });
  await writeAuditLog(db, {
    actorId: options.actorId,
    action: "resume.reuploaded",
    targetType: "evaluation",
    targetId: evaluationId,
    metadata: { jobId },
  });
  await dispatchRequestedEvaluations([evaluationId], "retry", { db });
  return { evaluationId };
}
