// A multi-file upload onto storage that fills up part-way: each file is stored whole
// or not at all, the response says exactly which were stored, and the audit log
// records what was stored.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { TEST_JOB_TEXT, testResumeBytes } from "@/lib/server/evaluations/test-fixtures";
import { createJob } from "@/lib/server/jobs/create-job";
import { LocalFileStorage } from "@/lib/server/storage/local-file-storage";
import { uploadResumes } from "./upload-resumes";

const db = getDb();
const limits = { maxFileBytes: 2 * 1024 * 1024, maxPdfPages: 20 };
let storageDir: string;
let ownerId: string;

/** Real local storage whose volume is full from the `failFrom`-th write on (ENOSPC, as the kernel reports it). */
class FillingStorage extends LocalFileStorage {
  writes = 0;
  constructor(
    dir: string,
    private readonly failFrom: number,
  ) {
    super(dir);
  }
  override async put(key: string, bytes: Uint8Array): Promise<void> {
    this.writes++;
    if (this.writes >= this.failFrom)
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", errno: -28, syscall: "write" });
    await super.put(key, bytes);
  }
}

beforeAll(async () => {
  storageDir = await mkdtemp(path.join(tmpdir(), "rc-storage-full-"));
  const user = await db.user.create({
    data: { email: `storage-full-${Date.now()}@example.com`, name: "Storage Full", passwordHash: "x", role: "recruiter" },
  });
  ownerId = user.id;
});

afterAll(async () => {
  await db.job.deleteMany({ where: { ownerId } });
  await db.resume.deleteMany({ where: { uploadedById: ownerId } });
  await rm(storageDir, { recursive: true, force: true });
});

async function storedFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

describe("[upload]: storage full part-way through a multi-file upload", () => {
  it("stores the first file, reports the others as INSUFFICIENT_STORAGE, and audits what was stored", async () => {
    const job = await createJob({
      db,
      storage: new LocalFileStorage(storageDir),
      ownerId,
      title: "Data Engineer",
      text: TEST_JOB_TEXT,
      limits,
    });
    const dir = path.join(storageDir, "filling-1");
    const storage = new FillingStorage(dir, 2);
    const files = [0, 1, 2, 3].map((i) => ({ name: `r${i}.txt`, bytes: testResumeBytes(7100 + i) }));
    const { response, queued } = await uploadResumes({ db, storage, jobId: job.id, files, limits, maxFiles: 10, actor: { id: ownerId } });
    expect(response.files.map((file) => [file.fileName, file.status, file.status === "rejected" ? file.error.code : null])).toEqual([
      ["r0.txt", "queued", null],
      ["r1.txt", "rejected", "INSUFFICIENT_STORAGE"],
      ["r2.txt", "rejected", "INSUFFICIENT_STORAGE"],
      ["r3.txt", "rejected", "INSUFFICIENT_STORAGE"],
    ]);
    expect(response.summary).toEqual({ queued: 1, duplicate: 0, rejected: 3 });
    expect(queued).toHaveLength(1);
    expect(await storedFiles(dir)).toHaveLength(1);
    const rows = await db.evaluation.findMany({ where: { jobId: job.id }, select: { resume: { select: { originalName: true } } } });
    expect(rows.map((row) => row.resume.originalName)).toEqual(["r0.txt"]);
    const audit = await db.auditLog.findFirst({ where: { action: "resumes.uploaded", targetId: job.id } });
    expect(audit?.metadata).toEqual({
      batchId: null,
      summary: { queued: 1, duplicate: 0, rejected: 3 },
      files: [
        { name: "r0.txt", status: "queued" },
        ...[1, 2, 3].map((i) => ({ name: `r${i}.txt`, status: "rejected", code: "INSUFFICIENT_STORAGE" })),
      ],
    });
  });

  it("answers 507 when no file could be stored, with nothing stored", async () => {
    const job = await createJob({
      db,
      storage: new LocalFileStorage(storageDir),
      ownerId,
      title: "Data Engineer",
      text: TEST_JOB_TEXT,
      limits,
    });
    const dir = path.join(storageDir, "filling-2");
    const files = [0, 1].map((i) => ({ name: `s${i}.txt`, bytes: testResumeBytes(7200 + i) }));
    const error = await uploadResumes({
      db,
      storage: new FillingStorage(dir, 1),
      jobId: job.id,
      files,
      limits,
      maxFiles: 10,
      actor: { id: ownerId },
    }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(507);
    expect(await storedFiles(dir)).toEqual([]);
    expect(await db.evaluation.count({ where: { jobId: job.id } })).toBe(0);
  });
});
