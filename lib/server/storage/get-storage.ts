import "server-only";
import { randomUUID } from "node:crypto";
import { getEnv } from "@/lib/env";
import { LocalFileStorage } from "./local-file-storage";

const globalForStorage = globalThis as unknown as { __resumeCheckerStorage?: LocalFileStorage };

/** The configured storage driver (local disk under STORAGE_DIR; an S3-compatible driver can implement FileStorage later). */
export function getStorage(): LocalFileStorage {
  globalForStorage.__resumeCheckerStorage ??= new LocalFileStorage(getEnv().storageDir);
  return globalForStorage.__resumeCheckerStorage;
}

/** A fresh generated key; the two-character shard keeps directories small. */
export function newStorageKey(kind: "resumes" | "jobs"): string {
  const id = randomUUID().replaceAll("-", "");
  return `${kind}/${id.slice(0, 2)}/${id}`;
}
