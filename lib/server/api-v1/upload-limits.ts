import "server-only";
import { AppError } from "@/lib/errors";
import { describeBytes } from "@/lib/format-bytes";

/** 413 with the limit in the message, from the declared length, before the body is read. */
export function assertUploadLength(request: Request, limits: { maxFileBytes: number; maxFiles: number; multipart: boolean }): void {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (!Number.isFinite(declared) || declared <= 0) return;
  if (!limits.multipart && declared > limits.maxFileBytes) {
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `The file is ${describeBytes(declared)}; the limit is ${describeBytes(limits.maxFileBytes)} per file.`,
    );
  }
  const maxRequest = limits.maxFiles * limits.maxFileBytes + 1024 * 1024;
  if (limits.multipart && declared > maxRequest) {
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `The upload is ${describeBytes(declared)}; the limit is ${describeBytes(limits.maxFileBytes)} per file and ${limits.maxFiles} files per request.`,
    );
  }
}
