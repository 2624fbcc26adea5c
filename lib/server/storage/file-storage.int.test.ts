// The storage contract, run against both drivers: local disk and S3 (a real
// S3-protocol server, s3rver, started in this process). Same behaviour for the
// app, cleanup, erasure and backups whichever driver is configured.
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { parseEnv } from "@/lib/env";
import { startS3Server, type TestS3Server } from "@/test/s3-server";
import { cleanupFiles } from "./cleanup-files";
import type { FileStorage } from "./file-storage";
import { storageFromEnv } from "./get-storage";
import { LocalFileStorage } from "./local-file-storage";
import type { S3FileStorage } from "./s3-file-storage";

let s3: TestS3Server;
const localRoot = mkdtempSync(path.join(tmpdir(), "rc-storage-contract-"));
beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => {
  await s3?.stop();
  rmSync(localRoot, { recursive: true, force: true });
});

const drivers: [string, () => FileStorage][] = [
  ["local", () => new LocalFileStorage(path.join(localRoot, randomBytes(4).toString("hex")))],
  // Each test gets its own prefix in the one bucket, so listings do not mix.
  ["s3", () => storageFromEnv(parseEnv({ ...s3.env, S3_PREFIX: `t${randomBytes(4).toString("hex")}` }))],
];

function key(): string {
  return `resumes/${randomBytes(1).toString("hex")}/${randomBytes(16).toString("hex")}`;
}

async function readStream(storage: FileStorage, storageKey: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await storage.getStream(storageKey)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function listed(storage: FileStorage): Promise<Map<string, number>> {
  const files = new Map<string, number>();
  for await (const file of storage.list()) files.set(file.key, file.sizeBytes);
  return files;
}

async function resumeRow(storageKey: string): Promise<void> {
  await getDb().resume.create({
    data: {
      originalName: "contract.txt",
      mimeType: "text/plain",
      sizeBytes: 8,
      sha256: createHash("sha256").update(storageKey).digest("hex"),
      storageKey,
      text: "contract",
    },
  });
}

describe.each(drivers)("file storage contract (%s)", (name, make) => {
  it("stores, reads (whole and streamed), lists and deletes a file", async () => {
    const storage = make();
    const k = key();
    const bytes = randomBytes(300_000);
    expect(await storage.exists(k)).toBe(false);
    await storage.put(k, bytes);
    expect(await storage.exists(k)).toBe(true);
    expect((await storage.get(k)).equals(bytes)).toBe(true);
    expect((await readStream(storage, k)).equals(bytes)).toBe(true);
    expect((await listed(storage)).get(k)).toBe(bytes.length);
    await storage.delete(k);
    expect(await storage.exists(k)).toBe(false);
    await expect(storage.get(k)).rejects.toThrow();
    await expect(storage.getStream(k)).rejects.toThrow();
    // Deleting what is already gone succeeds (erasure is idempotent).
    await storage.delete(k);
  });

  it("replaces a file whole: concurrent readers never get a mix of old and new content", async () => {
    const storage = make();
    const k = key();
    const before = Buffer.alloc(200_000, 1);
    const after = Buffer.alloc(200_000, 2);
    await storage.put(k, before);
    const reads = Promise.allSettled(Array.from({ length: 8 }, () => storage.get(k)));
    await storage.put(k, after);
    for (const read of await reads) {
      if (read.status === "fulfilled") expect(read.value.equals(before) || read.value.equals(after)).toBe(true);
      // AWS S3 replaces objects atomically, but s3rver rewrites the file in place: a read racing the
      // overwrite there fails (connection aborted, or the checksum catches the torn content) instead.
      else expect(name).toBe("s3");
    }
    expect((await storage.get(k)).equals(after)).toBe(true);
  });

  it("refuses keys the app would never generate", async () => {
    const storage = make();
    for (const bad of ["../escape", "/absolute", "resumes//x", "Upper"])
      await expect(storage.put(bad, new Uint8Array([1]))).rejects.toThrow(/invalid storage key/);
  });

  it("reports itself healthy", async () => {
    await expect(make().check()).resolves.toBeUndefined();
  });

  it("orphan cleanup removes unreferenced files past the grace period and keeps referenced and recent ones", async () => {
    const storage = make();
    const [kept, orphan] = [key(), key()];
    await storage.put(kept, new Uint8Array([1, 2, 3]));
    await storage.put(orphan, new Uint8Array([4, 5, 6]));
    await resumeRow(kept);
    const recent = await cleanupFiles({ db: getDb(), storage, graceMs: 60 * 60_000 });
    expect(recent.removedOrphans).toEqual([]);
    const report = await cleanupFiles({ db: getDb(), storage, graceMs: 60 * 60_000, now: new Date(Date.now() + 2 * 60 * 60_000) });
    expect(report.removedOrphans).toEqual([orphan]);
    expect(await storage.exists(kept)).toBe(true);
    expect(await storage.exists(orphan)).toBe(false);
  });
});

describe("S3 driver specifics", () => {
  it("a read fails when the object's content does not match the SHA-256 it was stored with", async () => {
    const storage = storageFromEnv(parseEnv({ ...s3.env, S3_PREFIX: "tamper" })) as S3FileStorage;
    const k = key();
    await storage.put(k, Buffer.from("original"));
    // Another writer replaces the bytes but keeps the old recorded checksum (a corrupted or tampered object).
    const head = await storage.client.send(
      new PutObjectCommand({
        Bucket: s3.bucket,
        Key: `tamper/${k}`,
        Body: Buffer.from("tampered"),
        Metadata: { sha256: createHash("sha256").update("original").digest("base64") },
      }),
    );
    expect(head.$metadata.httpStatusCode).toBe(200);
    await expect(storage.get(k)).rejects.toThrow(/checksum mismatch/);
  });

  it("the health check fails for a bucket that does not exist", async () => {
    await expect(storageFromEnv(parseEnv({ ...s3.env, S3_BUCKET: "no-such-bucket" })).check()).rejects.toThrow();
  });

  it("the configuration requires a bucket with STORAGE_DRIVER=s3", () => {
    expect(() => parseEnv({ STORAGE_DRIVER: "s3" })).toThrow(/S3_BUCKET is required when STORAGE_DRIVER=s3/);
    expect(() => parseEnv({ STORAGE_DRIVER: "gcs" })).toThrow(/STORAGE_DRIVER/);
  });
});
