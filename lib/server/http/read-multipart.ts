import "server-only";
import busboy from "busboy";
import { AppError } from "@/lib/errors";
import { describeBytes } from "@/lib/format-bytes";

export type MultipartFile = { fieldName: string; name: string; bytes: Uint8Array };
export type MultipartLimits = { maxFiles: number; maxFileBytes: number; maxFields?: number; maxFieldBytes?: number };
export type MultipartBody = { files: MultipartFile[]; fields: Record<string, string> };

const DEFAULT_MAX_FIELDS = 20;
const DEFAULT_MAX_FIELD_BYTES = 64 * 1024;

function tooLarge(fileName: string, maxFileBytes: number): AppError {
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `The file "${fileName}" is larger than the limit of ${describeBytes(maxFileBytes)} per file; the upload was stopped. Send a smaller file.`,
  );
}

function unreadable(error: unknown): AppError {
  const reason = error instanceof Error ? error.message : String(error);
  return new AppError("BAD_REQUEST", `The multipart body could not be read (${reason}). Send the files again.`);
}

/**
 * Reads a multipart/form-data request as it arrives, enforcing the limits while
 * reading: a file over `maxFileBytes`, one file too many, or too many fields answers
 * a 413 at that point (the rest of the body is dropped, never held). At most one
 * file's limit is held per file part; no Content-Length is needed.
 */
export async function readMultipart(request: Request, limits: MultipartLimits): Promise<MultipartBody> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.startsWith("multipart/form-data"))
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the files as multipart/form-data (field name `files`).");
  if (!request.body) throw new AppError("BAD_REQUEST", "The request has no body. Attach one or more files.");
  const maxFields = limits.maxFields ?? DEFAULT_MAX_FIELDS;
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      defParamCharset: "utf8",
      limits: {
        // One byte over so that "over the limit" can be told from "exactly the limit".
        fileSize: limits.maxFileBytes + 1,
        files: limits.maxFiles,
        fields: maxFields,
        fieldSize: limits.maxFieldBytes ?? DEFAULT_MAX_FIELD_BYTES,
        parts: limits.maxFiles + maxFields,
      },
    });
  } catch {
    throw new AppError("BAD_REQUEST", "The multipart body could not be read: the Content-Type has no boundary.");
  }
  return collect(request.body, parser, limits, maxFields);
}

function collect(
  body: ReadableStream<Uint8Array>,
  parser: busboy.Busboy,
  limits: MultipartLimits,
  maxFields: number,
): Promise<MultipartBody> {
  const files: MultipartFile[] = [];
  const fields: Record<string, string> = {};
  const reader = body.getReader();
  return new Promise<MultipartBody>((resolve, reject) => {
    let failure: AppError | null = null;
    const fail = (error: AppError) => {
      if (failure) return;
      failure = error;
      reject(error);
    };
    parser.on("file", (fieldName, stream, info) => {
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size <= limits.maxFileBytes && !failure) chunks.push(chunk);
      });
      // A body cut inside a file fails the file stream too; unhandled, it would crash the process.
      stream.on("error", (error: unknown) => fail(unreadable(error)));
      stream.on("limit", () => fail(tooLarge(info.filename ?? "unnamed", limits.maxFileBytes)));
      stream.on("end", () => {
        if (failure || size > limits.maxFileBytes) return;
        files.push({ fieldName, name: info.filename ?? "unnamed", bytes: new Uint8Array(Buffer.concat(chunks, size)) });
      });
    });
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) fail(new AppError("PAYLOAD_TOO_LARGE", `The form field "${name}" is too long.`));
      else fields[name] = value;
    });
    parser.on("filesLimit", () =>
      fail(new AppError("PAYLOAD_TOO_LARGE", `Too many files in one upload (limit ${limits.maxFiles}). Split the upload.`)),
    );
    parser.on("fieldsLimit", () => fail(new AppError("PAYLOAD_TOO_LARGE", `Too many form fields (limit ${maxFields}).`)));
    parser.on("partsLimit", () => fail(new AppError("PAYLOAD_TOO_LARGE", "Too many parts in the multipart body.")));
    parser.on("error", (error: unknown) => fail(unreadable(error)));
    parser.on("close", () => {
      if (!failure) resolve({ files, fields });
    });
    pump(reader, parser, () => failure !== null).catch((error: unknown) =>
      fail(new AppError("BAD_REQUEST", "The upload was interrupted before it was complete. Send the files again.", { cause: error })),
    );
  });
}

/**
 * Feeds the body to the parser one chunk at a time, waiting when the parser asks to.
 * Once the read has failed, the rest is read and dropped chunk by chunk (as Node.js does
 * for a body nobody reads): cancelling would destroy the socket before the 413 is sent.
 */
async function pump(reader: ReadableStreamDefaultReader<Uint8Array>, parser: busboy.Busboy, stopped: () => boolean): Promise<void> {
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (stopped()) continue;
    if (!parser.write(value)) await new Promise((resolve) => parser.once("drain", resolve));
  }
  if (!stopped()) parser.end();
}
