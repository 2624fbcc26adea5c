import "server-only";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { UploadResponse } from "@/lib/schemas/resumes";
import { dispatchUploadedEvaluations } from "@/lib/server/evaluations/dispatch-evaluations";
import { requestLogger } from "@/lib/server/observability/logger";
import { currentRequestId } from "@/lib/server/observability/request-context";
import { getStorage } from "@/lib/server/storage/get-storage";
import { type IncomingFile, uploadResumes } from "./upload-resumes";

/**
 * Upload use case as the HTTP layers call it: store + queue, then hand the new
 * evaluations to the runner. The rows are already queued (recording this
 * request's id) when dispatch runs, so a failed dispatch does not fail the
 * upload: inline mode polls the table anyway, and with Inngest the sweep sends
 * what was not sent (see dispatch-evaluations.ts).
 */
export async function queueResumeUploads(options: {
  jobId: string;
  files: IncomingFile[];
  actor: { id: string | null; label?: string };
  requestId?: string;
  ip?: string | null;
  batchId?: string | null;
}): Promise<UploadResponse> {
  const env = getEnv();
  const { response, queued } = await uploadResumes({
    db: getDb(),
    storage: getStorage(),
    jobId: options.jobId,
    files: options.files,
    limits: { maxFileBytes: env.MAX_FILE_SIZE, maxPdfPages: env.MAX_PDF_PAGES },
    maxFiles: env.MAX_FILES_PER_UPLOAD,
    actor: options.actor,
    requestId: options.requestId,
    ip: options.ip ?? null,
    batchId: options.batchId ?? null,
  });
  try {
    await dispatchUploadedEvaluations(queued, { requestId: options.requestId });
  } catch (error) {
    requestLogger(options.requestId ?? currentRequestId()).error(
      { count: queued.length, err: error instanceof Error ? error.message : String(error) },
      "could not dispatch queued evaluations",
    );
  }
  return response;
}
