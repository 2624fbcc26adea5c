import "server-only";
import { createHash } from "node:crypto";
import { type Readable, Transform } from "node:stream";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { assertValidKey, type FileStorage, type StoredFileInfo } from "./file-storage";

export type S3StorageConfig = {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  /** Prefix inside the bucket, so one bucket can hold several installations. */
  prefix?: string;
};

const CHECK_CACHE_MS = 5_000;

/** The SHA-256 the object was stored with, kept in its metadata so any S3-compatible server can give it back. */
const SHA256_META = "sha256";

function assertChecksum(objectKey: string, expected: string, actual: string): void {
  if (actual !== expected) throw new Error(`checksum mismatch for ${objectKey}: stored ${expected}, read ${actual}`);
}

function isNotFound(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.name === "NotFound" || error.name === "NoSuchKey" || error.$metadata.httpStatusCode === 404)
  );
}

/**
 * Objects in an S3-compatible bucket (AWS S3, MinIO, R2, Ceph RGW). A PUT is
 * atomic (readers see no object or the whole one), so no temp objects are
 * needed; the write order (object first, then the row) and orphan cleanup are
 * the same as for the local driver. Each PUT sends the content's SHA-256 for
 * the server to verify (ChecksumSHA256) and records it in the object's
 * metadata; reads recompute it and fail on a mismatch.
 */
export class S3FileStorage implements FileStorage {
  readonly client: S3Client;
  private readonly prefix: string;
  private lastCheck: { at: number; result: Promise<string | undefined> } | null = null;

  constructor(private readonly config: S3StorageConfig) {
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials:
        config.accessKeyId && config.secretAccessKey
          ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
          : undefined,
      // Checksums are sent explicitly (SHA-256) rather than the SDK's default CRC trailers, which older S3-compatible servers reject.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
    this.prefix = config.prefix ? `${config.prefix.replace(/\/+$/, "")}/` : "";
  }

  private objectKey(key: string): string {
    assertValidKey(key);
    return this.prefix + key;
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const sha256 = createHash("sha256").update(bytes).digest("base64");
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.config.bucket,
        Key: this.objectKey(key),
        Body: bytes,
        ContentLength: bytes.byteLength,
        ChecksumSHA256: sha256,
        Metadata: { [SHA256_META]: sha256 },
      }),
    );
  }

  async get(key: string): Promise<Buffer> {
    const { objectKey, body, expected } = await this.open(key);
    const bytes = Buffer.from(await body.transformToByteArray());
    if (expected) assertChecksum(objectKey, expected, createHash("sha256").update(bytes).digest("base64"));
    return bytes;
  }

  private async open(key: string) {
    const objectKey = this.objectKey(key);
    const response = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: objectKey }));
    if (!response.Body) throw new Error(`object ${objectKey} has no body`);
    return { objectKey, body: response.Body, expected: response.Metadata?.[SHA256_META] };
  }

  /** The object as a stream; it errors at the end when the content does not match its recorded SHA-256. */
  async getStream(key: string): Promise<Readable> {
    const opened = await this.open(key);
    const { objectKey, expected } = opened;
    const body = opened.body as Readable;
    if (!expected) return body;
    const hash = createHash("sha256");
    const verify = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        callback(null, chunk);
      },
      flush(callback) {
        try {
          assertChecksum(objectKey, expected, hash.digest("base64"));
          callback();
        } catch (error) {
          callback(error as Error);
        }
      },
    });
    body.on("error", (error) => verify.destroy(error));
    return body.pipe(verify);
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key) }));
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.config.bucket, Key: this.objectKey(key) }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async *list(): AsyncIterable<StoredFileInfo> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.config.bucket, Prefix: this.prefix || undefined, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) {
        if (!object.Key) continue;
        yield { key: object.Key.slice(this.prefix.length), sizeBytes: object.Size ?? 0, modifiedAt: object.LastModified ?? new Date(0) };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async deleteListed(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: this.prefix + key }));
  }

  /** HeadBucket, remembered for a few seconds so a polled health endpoint does not become bucket traffic. */
  check(): Promise<string | undefined> {
    const now = Date.now();
    if (!this.lastCheck || now - this.lastCheck.at > CHECK_CACHE_MS) {
      const pending = this.client.send(new HeadBucketCommand({ Bucket: this.config.bucket })).then(() => undefined);
      this.lastCheck = { at: now, result: pending };
      // A failure is not remembered: the next poll asks again.
      pending.catch(() => {
        if (this.lastCheck?.result === pending) this.lastCheck = null;
      });
    }
    return this.lastCheck.result;
  }

  describe(): string {
    return `S3 bucket ${this.config.bucket}${this.prefix ? ` (prefix ${this.prefix})` : ""} at ${this.config.endpoint ?? `AWS ${this.config.region}`}`;
  }
}
