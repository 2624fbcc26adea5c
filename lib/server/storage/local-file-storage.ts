import "server-only";
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, mkdir, open, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { diskUsage } from "@/lib/server/ops/get-infrastructure";
import { assertValidKey, type FileStorage, type StoredFileInfo } from "./file-storage";

export const TEMP_SUFFIX = ".tmp";

/**
 * Files under one directory on local disk. A write goes to a temp file in the
 * target directory (same filesystem), is fsynced, then renamed over the final
 * name, so a crash leaves either nothing or a `*.tmp` that cleanup-files removes.
 */
export class LocalFileStorage implements FileStorage {
  constructor(private readonly rootDir: string) {}

  private resolve(key: string): string {
    assertValidKey(key);
    return path.join(this.rootDir, ...key.split("/"));
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const target = this.resolve(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(6).toString("hex")}${TEMP_SUFFIX}`;
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } catch (error) {
      await handle.close();
      await rm(temp, { force: true });
      throw error;
    }
    await handle.close();
    try {
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.resolve(key));
  }

  async getStream(key: string): Promise<Readable> {
    // Opened first so a missing file rejects here, like get; the stream owns (and closes) the handle.
    const handle = await open(this.resolve(key), "r");
    return handle.createReadStream();
  }

  async delete(key: string): Promise<void> {
    await rm(this.resolve(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.resolve(key))).isFile();
    } catch {
      return false;
    }
  }

  async *list(): AsyncIterable<StoredFileInfo> {
    let entries: string[];
    try {
      entries = await readdir(this.rootDir, { recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw error;
    }
    for (const entry of entries) {
      const full = path.join(this.rootDir, entry);
      const info = await stat(full).catch(() => null);
      if (!info?.isFile()) continue;
      yield { key: entry.split(path.sep).join("/"), sizeBytes: info.size, modifiedAt: info.mtime };
    }
  }

  /** Removes a file by its listed key, including temp files that are not valid keys for put/get. */
  async deleteListed(key: string): Promise<void> {
    const full = path.join(this.rootDir, ...key.split("/"));
    if (!full.startsWith(this.rootDir + path.sep)) throw new Error(`refusing to delete outside storage: ${key}`);
    await rm(full, { force: true });
  }

  async check(): Promise<string | undefined> {
    await mkdir(this.rootDir, { recursive: true });
    await access(this.rootDir, constants.W_OK);
    const disk = await diskUsage(this.rootDir);
    return disk.level === "ok" ? undefined : `volume ${disk.usedPercent}% full (${disk.level})`;
  }

  describe(): string {
    return `local disk at ${this.rootDir}`;
  }
}
