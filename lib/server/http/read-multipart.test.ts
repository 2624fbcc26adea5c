import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { readRawFile } from "@/lib/server/resumes/read-upload-request";
import { readMultipart } from "./read-multipart";

const BOUNDARY = "----rc-test-boundary";
const encoder = new TextEncoder();

type Part = { field: string; fileName?: string; bytes: number | string };

function partHead(part: Part): string {
  const disposition = part.fileName ? `form-data; name="${part.field}"; filename="${part.fileName}"` : `form-data; name="${part.field}"`;
  return `--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n${part.fileName ? "Content-Type: text/plain\r\n" : ""}\r\n`;
}

/** A multipart body generated as it is read (never held whole); `pulled` counts the bytes the reader took. */
function multipartStream(parts: Part[], options: { truncate?: boolean } = {}) {
  const counter: { pulled: number; pulledAtFailure?: number } = { pulled: 0 };
  const CHUNK = 64 * 1024;
  async function* generate(): AsyncGenerator<Uint8Array> {
    for (const part of parts) {
      yield encoder.encode(partHead(part));
      if (typeof part.bytes === "string") yield encoder.encode(part.bytes);
      else for (let left = part.bytes; left > 0; left -= CHUNK) yield new Uint8Array(Math.min(CHUNK, left)).fill(97);
      yield encoder.encode("\r\n");
    }
    if (!options.truncate) yield encoder.encode(`--${BOUNDARY}--\r\n`);
  }
  const iterator = generate();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else {
        counter.pulled += next.value.length;
        controller.enqueue(next.value);
      }
    },
  });
  const request = new Request("http://localhost/upload", {
    method: "POST",
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
    body,
    duplex: "half",
  } as RequestInit);
  return { request, counter };
}

/** The error the read failed with; `pulledAtFailure` is how much of the body had been read when it failed. */
async function failure(promise: Promise<unknown>, counter?: { pulled: number; pulledAtFailure?: number }): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => {
      if (counter) counter.pulledAtFailure = counter.pulled;
      return caught;
    },
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const MB = 1024 * 1024;
const limits = { maxFiles: 3, maxFileBytes: MB };

describe("[upload]: streaming multipart reader", () => {
  it("returns every file and field of a well-formed body, a file of exactly the limit included", async () => {
    const { request } = multipartStream([
      { field: "title", bytes: "Data analyst" },
      { field: "files", fileName: "a.txt", bytes: "hello" },
      { field: "files", fileName: "b.txt", bytes: MB },
    ]);
    const body = await readMultipart(request, limits);
    expect(body.fields).toEqual({ title: "Data analyst" });
    expect(body.files.map((file) => [file.fieldName, file.name, file.bytes.length])).toEqual([
      ["files", "a.txt", 5],
      ["files", "b.txt", MB],
    ]);
  });

  it("stops reading at the first file over the limit with a 413 naming the file and the exact limit", async () => {
    const { request, counter } = multipartStream([{ field: "files", fileName: "huge.txt", bytes: 50 * MB }]);
    const error = await failure(readMultipart(request, limits), counter);
    expect(error.status).toBe(413);
    expect(error.userMessage).toBe(
      'The file "huge.txt" is larger than the limit of 1 MB (1,048,576 bytes) per file; the upload was stopped. Send a smaller file.',
    );
    // Answered near the limit, not after reading the 50 MB body.
    expect(counter.pulledAtFailure).toBeLessThan(2 * MB);
  });

  it("refuses one file too many with a 413 before reading it", async () => {
    const parts = Array.from({ length: 5 }, (_, i) => ({ field: "files", fileName: `r${i}.txt`, bytes: 10 * 1024 }));
    const { request } = multipartStream(parts);
    const error = await failure(readMultipart(request, limits));
    expect(error.status).toBe(413);
    expect(error.userMessage).toBe("Too many files in one upload (limit 3). Split the upload.");
  });

  it("refuses a body that ends before its closing boundary with a 400", async () => {
    const { request } = multipartStream([{ field: "files", fileName: "a.txt", bytes: 1000 }], { truncate: true });
    const error = await failure(readMultipart(request, limits));
    expect(error.status).toBe(400);
    expect(error.userMessage).toMatch(/^The multipart body could not be read \(.+\)\. Send the files again\.$/);
  });

  it("refuses a body that is not multipart with a 415", async () => {
    const request = new Request("http://localhost/upload", { method: "POST", headers: { "content-type": "text/plain" }, body: "x" });
    expect((await failure(readMultipart(request, limits))).status).toBe(415);
  });
});

describe("[upload]: raw file reader", () => {
  it("cuts a chunked body one byte over the limit with a 413 (no Content-Length needed)", async () => {
    const { request, counter } = multipartStream([{ field: "files", fileName: "x.txt", bytes: 30 * MB }]);
    const raw = new Request("http://localhost/upload?name=big.pdf", { method: "POST", body: request.body, duplex: "half" } as RequestInit);
    const error = await failure(readRawFile(raw, { maxFileBytes: MB }), counter);
    expect(error.status).toBe(413);
    expect(error.userMessage).toBe(
      'The file "big.pdf" is larger than the limit of 1 MB (1,048,576 bytes) per file; the upload was stopped. Send a smaller file.',
    );
    expect(counter.pulledAtFailure).toBeLessThan(2 * MB);
  });

  it("gives the declared size when the Content-Length is over the limit", async () => {
    const raw = new Request("http://localhost/upload?name=big.pdf", {
      method: "POST",
      headers: { "content-length": String(MB + 1) },
      body: new Uint8Array(MB + 1),
    });
    const error = await failure(readRawFile(raw, { maxFileBytes: MB }));
    expect(error.userMessage).toBe("The file is 1.0 MB (1,048,577 bytes); the limit is 1 MB (1,048,576 bytes) per file.");
  });
});
