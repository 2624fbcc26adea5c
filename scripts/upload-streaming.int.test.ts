// Uploads against the production server (scripts/server.mjs + the build): a huge chunked
// body is refused at the limit while it is read, without the server's memory growing
// with it; a raw file one byte over the limit is a 413, as API clients and the app's uploader send it.
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiKeyDisplayPrefix, generateApiKeyToken, hashApiKey } from "../lib/server/api-keys/api-key-token";
import { seedDemoUsersIfEmpty } from "../lib/server/users/seed-demo-users";
import { createTestDatabase } from "../test/database";
import { type AppServer, freePort, startAppServer } from "./lib/app-server";
import { buildApp, buildIsCurrent } from "./lib/build";
import { createScriptPrismaClient } from "./lib/prisma-client";

const MB = 1024 * 1024;
const LIMIT = 10 * MB;
const temp = mkdtempSync(path.join(os.tmpdir(), "rc-upload-streaming-"));
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let server: AppServer;
let apiKey: string;
let jobId: string;

beforeAll(async () => {
  database = await createTestDatabase("upload_streaming");
  const db = createScriptPrismaClient(database.url);
  apiKey = generateApiKeyToken();
  try {
    await seedDemoUsersIfEmpty({ db });
    const user = await db.user.findUniqueOrThrow({ where: { email: "recruiter@example.com" } });
    await db.apiKey.create({
      data: {
        name: "upload test",
        prefix: apiKeyDisplayPrefix(apiKey),
        hash: hashApiKey(apiKey),
        scopes: ["read", "write"],
        userId: user.id,
      },
    });
  } finally {
    await db.$disconnect();
  }
  if (!buildIsCurrent()) await buildApp({ log: console.log });
  server = await startAppServer({
    port: await freePort(),
    env: {
      DATABASE_URL: database.url,
      DATA_DIR: temp,
      AUTH_SECRET: "upload-streaming-secret-upload-streaming-0123",
      MAX_FILE_SIZE: String(LIMIT),
      INLINE_RUNNER: "off",
    },
    logFile: path.join(temp, "server.log"),
    timeoutMs: 90_000,
  });
  const created = await fetch(`${server.url}/api/v1/jobs`, {
    method: "POST",
    headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
    body: JSON.stringify({
      title: "Data Engineer",
      text: "Data Engineer. Requirements: SQL, Python, Airflow, Spark; five years of data pipelines.",
    }),
  });
  expect(created.status).toBe(201);
  jobId = ((await created.json()) as { job: { id: string } }).job.id;
}, 900_000);

afterAll(async () => {
  await server?.stop();
  await database?.drop();
  rmSync(temp, { recursive: true, force: true });
});

function residentKb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB$/m);
  if (!line?.[1]) throw new Error("no VmRSS in /proc status");
  return Number(line[1]);
}

/** A multipart body with one file of `size` bytes, generated as it is sent (never held whole). */
function chunkedMultipart(size: number, boundary: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const chunk = new Uint8Array(256 * 1024).fill(97);
  let sent = -1;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent < 0) {
        controller.enqueue(
          encoder.encode(
            `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="huge.txt"\r\nContent-Type: text/plain\r\n\r\n`,
          ),
        );
        sent = 0;
      } else if (sent < size) {
        const piece = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += piece.length;
        controller.enqueue(piece);
      } else {
        controller.enqueue(encoder.encode(`\r\n--${boundary}--\r\n`));
        controller.close();
      }
    },
  });
}

describe("[upload]: streaming limits on the production server", () => {
  it("refuses a 200 MB chunked upload with 413 while the server's memory grows by less than 50 MB", async () => {
    const pid = server.child.pid;
    if (!pid) throw new Error("no server pid");
    const before = residentKb(pid);
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, residentKb(pid));
    }, 20);
    const boundary = "----rc-streaming-test";
    let status = 0;
    let body: { error?: { code: string; message: string } } = {};
    try {
      const response = await fetch(`${server.url}/api/v1/jobs/${jobId}/resumes`, {
        method: "POST",
        headers: { authorization: `Bearer ${apiKey}`, "content-type": `multipart/form-data; boundary=${boundary}` },
        body: chunkedMultipart(200 * MB, boundary),
        duplex: "half",
      } as RequestInit);
      status = response.status;
      body = (await response.json()) as typeof body;
      peak = Math.max(peak, residentKb(pid));
    } finally {
      clearInterval(sampler);
    }
    const growthMb = (peak - before) / 1024;
    console.log(
      `[upload] 200 MB chunked upload: ${status}; server RSS ${before} kB before, peak ${peak} kB, growth ${growthMb.toFixed(1)} MB`,
    );
    expect(status).toBe(413);
    expect(body.error?.message).toBe(
      'The file "huge.txt" is larger than the limit of 10 MB (10,485,760 bytes) per file; the upload was stopped. Send a smaller file.',
    );
    expect(growthMb).toBeLessThan(50);
  });

  it("answers 413 to a raw file one byte over the limit, as an API client and as the app's uploader send it", async () => {
    const bytes = new Uint8Array(LIMIT + 1).fill(97);
    const message = "The file is 10.0 MB (10,485,761 bytes); the limit is 10 MB (10,485,760 bytes) per file.";
    const senders = {
      api: { query: "name=big.txt", contentType: "text/plain" },
      uploader: { query: `name=big.txt&batch=${randomUUID()}`, contentType: "application/octet-stream" },
    };
    for (const [sender, { query, contentType }] of Object.entries(senders)) {
      const response = await fetch(`${server.url}/api/v1/jobs/${jobId}/resumes?${query}`, {
        method: "POST",
        headers: { authorization: `Bearer ${apiKey}`, "content-type": contentType },
        body: bytes,
      });
      expect([sender, response.status]).toEqual([sender, 413]);
      expect(((await response.json()) as { error: { message: string } }).error.message).toBe(message);
    }
  });
});
