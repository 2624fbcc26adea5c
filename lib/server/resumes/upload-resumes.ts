import "server-only";
import type { ExtractLimits } from "@/lib/engine/extract";
import { isEngineError } from "@/lib/engine/errors";
import { AppError, databaseAppError } from "@/lib/errors";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { UploadFileResult, UploadResponse } from "@/lib/schemas/resumes";
import { requestIdOrNew } from "@/lib/server/observability/request-context";
import type { FileStorage } from "@/lib/server/storage/file-storage";
import { newStorageKey } from "@/lib/server/storage/get-storage";
import { auditUploadBatch } from "./audit-upload-batch";
import { type AcceptedFile, checkUploadFile } from "./check-upload-file";

export type IncomingFile = { name: string; bytes: Uint8Array };

type Queued = { evaluationId: string; jobId: string; resumeId: string };

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Stores each accepted file and queues its evaluation; per-file results in
 * request order (see UploadFileResult). A file is checked before it is stored;
 * it is written (atomically) before its row, so no row points at a missing file.
 * Resumes are shared across jobs by sha256: a file already parsed for another
 * job gets only a new evaluation.
 */
export async function uploadResumes(options: {
  db: PrismaClient;
  storage: FileStorage;
  jobId: string;
  files: IncomingFile[];
  limits: Pick<ExtractLimits, "maxFileBytes"> & Partial<ExtractLimits>;
  maxFiles: number;
  actor: { id: string | null; label?: string };
  requestId?: string;
  ip?: string | null;
  /** Files of one selection sent over several requests share it: one audit entry for them all. */
  batchId?: string | null;
}): Promise<{ response: UploadResponse; queued: Queued[] }> {
  const { db, storage, jobId, files } = options;
  if (files.length === 0)
    throw new AppError("BAD_REQUEST", "No files were sent. Attach one or more PDF, DOCX, TXT, PNG, JPEG or TIFF files.");
  if (files.length > options.maxFiles)
    throw new AppError("PAYLOAD_TOO_LARGE", `Too many files in one upload: ${files.length} (limit ${options.maxFiles}). Split the upload.`);
  const job = await db.job.findUnique({ where: { id: jobId }, select: { id: true, status: true } });
  if (!job) throw new AppError("NOT_FOUND", "This job does not exist.");
  if (job.status === "closed") throw new AppError("CONFLICT", "This job is closed. Reopen it to upload resumes.");

  // Recorded on each queued row: the evaluation's log lines carry it, in any process, after any restart.
  const requestId = options.requestId ?? requestIdOrNew("upload");
  const results: UploadFileResult[] = [];
  const queued: Queued[] = [];
  let storageFailure: AppError | null = null;
  for (const file of files) {
    let accepted: AcceptedFile;
    try {
      accepted = checkUploadFile(file.bytes, options.limits);
    } catch (error) {
      if (!isEngineError(error)) throw error;
      results.push({ fileName: file.name, status: "rejected", error: { code: error.code, message: error.userMessage } });
      continue;
    }
    let result: UploadFileResult;
    try {
      result = await storeOne({ db, storage, jobId, file, accepted, uploadedById: options.actor.id, requestId });
    } catch (error) {
      // A full volume fails this file only; storeOne left nothing of it behind, and the files already stored stay stored.
      const storageFull = databaseAppError(error);
      if (storageFull?.code !== "INSUFFICIENT_STORAGE") throw error;
      storageFailure ??= storageFull;
      result = { fileName: file.name, status: "rejected", error: { code: storageFull.code, message: storageFull.userMessage } };
    }
    results.push(result);
    if (result.status === "queued") queued.push({ evaluationId: result.evaluationId, jobId, resumeId: result.resumeId });
  }
  // Nothing could be stored because storage is full: the whole request failed, say so with its status.
  if (storageFailure && !results.some((result) => result.status !== "rejected")) throw storageFailure;

  const summary = { queued: 0, duplicate: 0, rejected: 0 };
  for (const result of results) summary[result.status]++;
  await auditUploadBatch(db, {
    jobId,
    batchId: options.batchId ?? null,
    results,
    actor: options.actor,
    requestId,
    ip: options.ip ?? null,
  });
  return { response: { jobId, summary, files: results }, queued };
}

async function storeOne(input: {
  db: PrismaClient;
  storage: FileStorage;
  jobId: string;
  file: IncomingFile;
  accepted: AcceptedFile;
  uploadedById: string | null;
  requestId: string;
}): Promise<UploadFileResult> {
  const { db, storage, jobId, file, accepted, requestId } = input;
  const fileName = file.name;
  // Two attempts: a concurrent upload of the same bytes may create the resume between our lookup and insert.
  for (let attempt = 0; attempt < 2; attempt++) {
    const existing = await db.resume.findUnique({ where: { sha256: accepted.sha256 }, select: { id: true } });
    if (existing) {
      const evaluation = await db.evaluation.findUnique({
        where: { jobId_resumeId: { jobId, resumeId: existing.id } },
        select: { id: true, status: true },
      });
      if (evaluation)
        return { fileName, status: "duplicate", resumeId: existing.id, evaluationId: evaluation.id, evaluationStatus: evaluation.status };
      try {
        const created = await db.evaluation.create({ data: { jobId, resumeId: existing.id, requestId }, select: { id: true } });
        return { fileName, status: "queued", resumeId: existing.id, evaluationId: created.id, reusedResume: true };
      } catch (error) {
        if (isUniqueViolation(error)) continue;
        throw error;
      }
    }
    const storageKey = newStorageKey("resumes");
    await storage.put(storageKey, file.bytes);
    try {
      const resume = await db.resume.create({
        data: {
          originalName: fileName,
          mimeType: accepted.mimeType,
          sizeBytes: file.bytes.length,
          sha256: accepted.sha256,
          storageKey,
          uploadedById: input.uploadedById,
          evaluations: { create: { jobId, requestId } },
        },
        select: { id: true, evaluations: { select: { id: true } } },
      });
      const evaluation = resume.evaluations[0];
      if (!evaluation) throw new Error("evaluation was not created with the resume");
      return { fileName, status: "queued", resumeId: resume.id, evaluationId: evaluation.id, reusedResume: false };
    } catch (error) {
      // The row was not written: the file must not stay behind.
      await storage.delete(storageKey).catch(() => undefined);
      if (isUniqueViolation(error)) continue;
      throw error;
    }
  }
  throw new AppError("CONFLICT", "The same file is being uploaded by someone else right now. Try again.");
}
