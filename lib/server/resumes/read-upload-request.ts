import "server-only";
import { AppError } from "@/lib/errors";
import { describeBytes } from "@/lib/format-bytes";
import { assertUploadLength } from "@/lib/server/api-v1/upload-limits";
import { readMultipart } from "@/lib/server/http/read-multipart";
import { uploadFileNameSchema } from "@/lib/schemas/resumes";
import type { IncomingFile } from "./upload-resumes";

/**
 * The files of an upload request: multipart/form-data with one or more files, or
 * one file as the raw body. A declared length over the limits is refused before
 * anything is read; the readers stop at the first byte over a limit.
 */
export async function readUploadRequest(request: Request, limits: { maxFiles: number; maxFileBytes: number }): Promise<IncomingFile[]> {
  const multipart = (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
  assertUploadLength(request, { ...limits, multipart });
  return multipart ? readMultipartFiles(request, limits) : [await readRawFile(request, limits)];
}

/** Files of a multipart request: every part that is a file, whatever its field name (`files` by convention). */
async function readMultipartFiles(request: Request, options: { maxFiles: number; maxFileBytes: number }): Promise<IncomingFile[]> {
  const { files } = await readMultipart(request, options);
  return files.map((file) => ({ name: uploadFileNameSchema.parse(file.name), bytes: file.bytes }));
}

/**
 * One file sent as the raw request body; the name comes from `?name=` or the X-File-Name
 * header. Read as it arrives and cut with a 413 at the first byte over the limit.
 */
export async function readRawFile(request: Request, options: { maxFileBytes: number }): Promise<IncomingFile> {
  const url = new URL(request.url);
  const rawName = url.searchParams.get("name") ?? decodeHeader(request.headers.get("x-file-name")) ?? "unnamed";
  const name = uploadFileNameSchema.parse(rawName);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > options.maxFileBytes) throw rawTooLarge(name, options.maxFileBytes, declared);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  try {
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
      size += chunk.value.length;
      if (size > options.maxFileBytes) {
        // Dropped as it arrives; cancelling would destroy the socket before the 413 is sent.
        if (reader) void drain(reader);
        throw rawTooLarge(name, options.maxFileBytes, null);
      }
      chunks.push(chunk.value);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("BAD_REQUEST", "The upload was interrupted before it was complete. Send the file again.", { cause: error });
  }
  return { name, bytes: new Uint8Array(Buffer.concat(chunks, size)) };
}

function rawTooLarge(name: string, maxFileBytes: number, declared: number | null): AppError {
  // The declared-size wording is the API's (upload-limits.ts): one file, one message on every path.
  if (declared !== null)
    return new AppError(
      "PAYLOAD_TOO_LARGE",
      `The file is ${describeBytes(declared)}; the limit is ${describeBytes(maxFileBytes)} per file.`,
    );
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `The file "${name}" is larger than the limit of ${describeBytes(maxFileBytes)} per file; the upload was stopped. Send a smaller file.`,
  );
}

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  try {
    while (!(await reader.read()).done);
  } catch {
    // The client went away: nothing left to drop.
  }
}

function decodeHeader(value: string | null): string | null {
  if (value === null) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
