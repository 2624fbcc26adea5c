import { z } from "zod";

/**
 * Upload responses are HTTP 201 with one entry per file, in request order — a
 * rejected file does not fail the others:
 * - `queued`: stored, evaluation queued (`reusedResume` when the same file was
 *   already parsed for another job: it is not parsed again);
 * - `duplicate`: this job already has this file (same sha256); nothing was
 *   stored, the ids point at the existing resume and evaluation;
 * - `rejected`: not stored; `error.code` is the engine's code (UNSUPPORTED_TYPE,
 *   FILE_TOO_LARGE, EMPTY_FILE, CORRUPT_FILE, DOCX_TOO_MANY_ENTRIES, …) and
 *   `error.message` says what to do.
 * A request that is invalid as a whole (unknown job, no files, too many files)
 * gets a normal error response instead.
 */
export type UploadFileResult =
  | { fileName: string; status: "queued"; resumeId: string; evaluationId: string; reusedResume: boolean }
  | { fileName: string; status: "duplicate"; resumeId: string; evaluationId: string; evaluationStatus: string }
  | { fileName: string; status: "rejected"; error: { code: string; message: string } };

export type UploadResponse = {
  jobId: string;
  summary: { queued: number; duplicate: number; rejected: number };
  files: UploadFileResult[];
};

/**
 * Bidirectional controls (embeddings, overrides, isolates, LRM/RLM): "resume\u202etxt.exe"
 * would display as "resumeexe.txt", so a name could pass for something else.
 */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const MAX_FILE_NAME_CODE_POINTS = 255;

/** The display name of an uploaded file: path parts, control and bidi characters removed, cut on code points. */
export const uploadFileNameSchema = z
  .string()
  .transform((name) => name.split(/[\\/]/).pop() ?? "")
  .transform((name) =>
    Array.from(
      name
        // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
        .replace(/[\u0000-\u001f\u007f]/g, "")
        .replace(BIDI_CONTROLS, "")
        // A lone surrogate is not text (PostgreSQL refuses it); a cut below never makes one.
        .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "")
        .trim(),
    )
      .slice(0, MAX_FILE_NAME_CODE_POINTS)
      .join("")
      .trim(),
  )
  .transform((name) => name || "unnamed");

/** Erasing a candidate from the UI: the user types this word to confirm (checked again on the server). */
export const ERASE_CONFIRM_WORD = "ERASE";
export const eraseCandidateBodySchema = z.object({
  resumeId: z.string().min(1).max(64),
  confirm: z.literal(ERASE_CONFIRM_WORD, { error: `Type ${ERASE_CONFIRM_WORD} to confirm.` }),
});

/**
 * Optional `?batch=` on the one-file upload endpoint: the id a client gives every file
 * of one selection, so the audit log records the selection as one upload.
 */
export const uploadBatchIdSchema = z.string().uuid("The upload batch id must be a UUID.");

/** What the audit log keeps of an upload batch: counts and, per file, its name, outcome and error code. */
export type UploadBatchAuditMetadata = {
  batchId: string | null;
  summary: UploadResponse["summary"];
  files: { name: string; status: UploadFileResult["status"]; code?: string }[];
};

/** The candidate page asks for a DOCX original when the reviewer first opens it. */
export const docxOriginalBodySchema = z.object({ resumeId: z.string().min(1).max(64) });
