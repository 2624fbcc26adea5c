import "server-only";
import { AppError } from "@/lib/errors";
import { uploadFileNameSchema } from "@/lib/schemas/resumes";
import type { IncomingFile } from "./upload-resumes";

/** Refuses bodies that cannot be a valid upload before reading them into memory. */
export function assertBodySize(request: Request, maxBytes: number): void {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `The upload is too large (${Math.round(declared / 1024 / 1024)} MB). Send fewer or smaller files per request.`,
    );
  }
}

/** Files of a multipart request: every part that is a file, whatever its field name (`files` by convention). */
export async function readMultipartFiles(request: Request, options: { maxFiles: number; maxFileBytes: number }): Promise<IncomingFile[]> {
  assertBodySize(request, options.maxFiles * options.maxFileBytes + 1024 * 1024);
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.startsWith("multipart/form-data"))
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the files as multipart/form-data (field name `files`).");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("BAD_REQUEST", "The multipart body could not be read.");
  }
  const files: IncomingFile[] = [];
  for (const [, value] of form.entries()) {
    if (typeof value === "string") continue;
    if (files.length >= options.maxFiles)
      throw new AppError("PAYLOAD_TOO_LARGE", `Too many files in one upload (limit ${options.maxFiles}). Split the upload.`);
    files.push({ name: uploadFileNameSchema.parse(value.name), bytes: new Uint8Array(await value.arrayBuffer()) });
  }
  return files;
}

/** One file sent as the raw request body; the name comes from `?name=` or the X-File-Name header. */
export async function readRawFile(request: Request, options: { maxFileBytes: number }): Promise<IncomingFile> {
  // One byte over the limit is enough for the engine check to report FILE_TOO_LARGE per file.
  assertBodySize(request, options.maxFileBytes + 1);
  const url = new URL(request.url);
  const rawName = url.searchParams.get("name") ?? decodeHeader(request.headers.get("x-file-name")) ?? "unnamed";
  const bytes = new Uint8Array(await request.arrayBuffer());
  return { name: uploadFileNameSchema.parse(rawName), bytes };
}

function decodeHeader(value: string | null): string | null {
  if (value === null) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
