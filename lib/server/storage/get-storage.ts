import "server-only";
import { randomUUID } from "node:crypto";
import { type Env, getEnv } from "@/lib/env";
import type { FileStorage } from "./file-storage";
import { LocalFileStorage } from "./local-file-storage";
import { S3FileStorage } from "./s3-file-storage";

const globalForStorage = globalThis as unknown as { __resumeCheckerStorage?: FileStorage };

/** The driver the environment selects: local disk under STORAGE_DIR (default) or an S3-compatible bucket. */
export function storageFromEnv(env: Env): FileStorage {
  if (env.STORAGE_DRIVER === "local") return new LocalFileStorage(env.storageDir);
  return new S3FileStorage({
    bucket: env.S3_BUCKET ?? "",
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    prefix: env.S3_PREFIX,
  });
}

/** The process's configured storage driver. */
export function getStorage(): FileStorage {
  globalForStorage.__resumeCheckerStorage ??= storageFromEnv(getEnv());
  return globalForStorage.__resumeCheckerStorage;
}

/** A fresh generated key; the two-character shard keeps directories small. */
export function newStorageKey(kind: "resumes" | "jobs"): string {
  const id = randomUUID().replaceAll("-", "");
  return `${kind}/${id.slice(0, 2)}/${id}`;
}
