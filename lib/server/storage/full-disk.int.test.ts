// A storage volume that is really full (a 64 KB tmpfs, mounted when the suite runs as
// root): a write from a use case is a 507 with a plain message, and nothing is left
// half-stored — no file, no temp file, no row.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { toErrorResponse } from "@/lib/errors";
import { createJob } from "@/lib/server/jobs/create-job";
import { createUser } from "@/test/security/api-test-kit";
import { LocalFileStorage } from "./local-file-storage";

const volume = mkdtempSync(path.join(os.tmpdir(), "rc-full-disk-"));
const mounted = process.getuid?.() === 0 && spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", volume]).status === 0;

beforeAll(() => {
  if (!mounted) return;
  // Fill the volume: the last write fails with ENOSPC, leaving a few bytes at most.
  try {
    writeFileSync(path.join(volume, "filler"), Buffer.alloc(128 * 1024));
  } catch {
    // Full, as intended.
  }
});

afterAll(() => {
  if (mounted) spawnSync("umount", [volume]);
  rmSync(volume, { recursive: true, force: true });
});

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
}

describe("[storage]: a full volume", () => {
  it.skipIf(!mounted)("a job created from a JD file answers 507 and stores nothing", async () => {
    const owner = await createUser("recruiter");
    const text = `Data Analyst\nRequirements:\n- SQL and Python\n${"- Tableau dashboards and reporting\n".repeat(2000)}`;
    const error = await createJob({
      db: getDb(),
      storage: new LocalFileStorage(path.join(volume, "storage")),
      ownerId: owner.id,
      file: { name: "analyst.txt", bytes: new TextEncoder().encode(text) },
      limits: { maxFileBytes: 10 * 1024 * 1024 },
    }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect((error as { code?: string } | null)?.code).toBe("ENOSPC");
    const { status, body } = toErrorResponse(error, "req-full");
    expect(status).toBe(507);
    expect(body.error.message).toBe("The server's storage is full, so nothing was saved. Tell your administrator; try again later.");
    expect(filesIn(volume)).toEqual(["filler"]);
    expect(await getDb().job.count({ where: { ownerId: owner.id } })).toBe(0);
  });
});
