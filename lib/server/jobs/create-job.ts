import "server-only";
import { extractTextIsolated, type ExtractLimits } from "@/lib/engine/extract";
import { isEngineError } from "@/lib/engine/errors";
import { parseJobDescription } from "@/lib/engine/parse";
import type { JobRequirements } from "@/lib/engine/types";
import { AppError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { MAX_JOB_TEXT_CHARS } from "@/lib/schemas/jobs";
import { writeAuditLog } from "@/lib/server/audit";
import { checkUploadFile } from "@/lib/server/resumes/check-upload-file";
import type { FileStorage } from "@/lib/server/storage/file-storage";
import { newStorageKey } from "@/lib/server/storage/get-storage";

export type CreatedJob = {
  id: string;
  title: string;
  requirements: JobRequirements;
  requirementsRevision: number;
  sourceFileName: string | null;
};

/** Engine errors about the JD file become a 422 with the engine's message. */
function toAppError(error: unknown): unknown {
  if (!isEngineError(error)) return error;
  const code =
    error.code === "FILE_TOO_LARGE"
      ? "PAYLOAD_TOO_LARGE"
      : error.code === "UNSUPPORTED_TYPE"
        ? "UNSUPPORTED_MEDIA_TYPE"
        : "UNPROCESSABLE_DOCUMENT";
  return new AppError(code, error.userMessage, { details: { engineCode: error.code } });
}

/**
 * Creates a job from pasted text or a JD file (PDF/DOCX/TXT). The description is
 * parsed now — the recruiter reviews and edits the requirements next — so a JD
 * file is read synchronously (in the isolated extraction worker).
 */
export async function createJob(options: {
  db: PrismaClient;
  storage: FileStorage;
  ownerId: string;
  title?: string;
  location?: string;
  text?: string;
  file?: { name: string; bytes: Uint8Array };
  limits: Pick<ExtractLimits, "maxFileBytes"> & Partial<ExtractLimits>;
  requestId?: string;
}): Promise<CreatedJob> {
  const { db, storage } = options;
  let text = options.text;
  let storageKey: string | null = null;
  if (options.file) {
    try {
      checkUploadFile(options.file.bytes, options.limits);
      text = (await extractTextIsolated(options.file.bytes, options.limits)).text;
    } catch (error) {
      throw toAppError(error);
    }
  }
  if (!text || text.trim().length === 0) throw new AppError("BAD_REQUEST", "Paste the job description or attach a JD file.");
  if (text.length > MAX_JOB_TEXT_CHARS)
    throw new AppError("UNPROCESSABLE_DOCUMENT", "This job description is too long. Keep it to a few pages.");
  const requirements = parseJobDescription(text);
  const title = (options.title ?? requirements.title ?? options.file?.name ?? "Untitled job").slice(0, 200);

  if (options.file) {
    storageKey = newStorageKey("jobs");
    await storage.put(storageKey, options.file.bytes);
  }
  try {
    const job = await db.$transaction(async (tx) => {
      const created = await tx.job.create({
        data: {
          title,
          rawText: text,
          location: options.location ?? requirements.location?.text ?? null,
          requirements: requirements as unknown as Prisma.InputJsonValue,
          sourceFileName: options.file?.name ?? null,
          sourceStorageKey: storageKey,
          ownerId: options.ownerId,
        },
        select: { id: true, title: true, requirementsRevision: true, sourceFileName: true },
      });
      await writeAuditLog(tx, {
        actorId: options.ownerId,
        action: "job.created",
        targetType: "job",
        targetId: created.id,
        requestId: options.requestId ?? null,
      });
      return created;
    });
    return { ...job, requirements };
  } catch (error) {
    if (storageKey) await storage.delete(storageKey).catch(() => undefined);
    throw error;
  }
}
