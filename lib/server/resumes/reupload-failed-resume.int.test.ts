import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { LocalFileStorage } from "@/lib/server/storage/local-file-storage";
import { reuploadFailedResume } from "./reupload-failed-resume";

const tag = randomBytes(4).toString("hex");
const bytes = new TextEncoder().encode(
  "Jane Roe\njane@example.com\n\nExperience\nData Engineer, Acme, 2020 – Present\n- Python and SQL pipelines\n",
);
const root = mkdtempSync(path.join(os.tmpdir(), "rc-reupload-"));
const storage = new LocalFileStorage(root);
let jobId = "";
let actorId = "";
const storageKey = `resumes/ru/${tag}`;
const failedId = `ru-${tag}-failed`;
const completedId = `ru-${tag}-done`;

beforeAll(async () => {
  const db = getDb();
  actorId = (await db.user.create({ data: { email: `ru-${tag}@example.com`, name: "Re Uploader", passwordHash: "x", role: "recruiter" } }))
    .id;
  jobId = (await db.job.create({ data: { title: `Reupload ${tag}`, rawText: "job", requirements: {}, ownerId: actorId } })).id;
  const resume = await db.resume.create({
    data: {
      originalName: "jane.txt",
      mimeType: "text/plain",
      sizeBytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      storageKey,
    },
  });
  await db.evaluation.create({
    data: {
      id: failedId,
      jobId,
      resumeId: resume.id,
      status: "failed",
      errorCode: "FILE_MISSING",
      errorMessage: "The stored file is missing.",
    },
  });
  const other = await db.resume.create({
    data: {
      originalName: "other.txt",
      mimeType: "text/plain",
      sizeBytes: 1,
      sha256: randomBytes(32).toString("hex"),
      storageKey: `resumes/ru/${tag}-o`,
    },
  });
  await db.evaluation.create({ data: { id: completedId, jobId, resumeId: other.id, status: "completed", score: 50, verdict: "medium" } });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const call = (evaluationId: string, file: Uint8Array) =>
  reuploadFailedResume({ db: getDb(), storage, jobId, evaluationId, bytes: file, maxFileBytes: 1_000_000, actorId });

describe("reuploadFailedResume", () => {
  it("refuses another file, a damaged one and an evaluation that did not fail, and stores nothing", async () => {
    await expect(call(failedId, new TextEncoder().encode("Someone else entirely"))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(call(failedId, new Uint8Array())).rejects.toMatchObject({ code: "UNPROCESSABLE_DOCUMENT" });
    await expect(call(completedId, bytes)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(storage.get(storageKey)).rejects.toBeTruthy();
    expect((await getDb().evaluation.findUniqueOrThrow({ where: { id: failedId } })).status).toBe("failed");
  });

  it("puts the same file back where the resume points and queues the evaluation again, audited", async () => {
    await expect(call(failedId, bytes)).resolves.toEqual({ evaluationId: failedId });
    expect(readFileSync(path.join(root, ...storageKey.split("/")))).toEqual(Buffer.from(bytes));
    const evaluation = await getDb().evaluation.findUniqueOrThrow({ where: { id: failedId } });
    expect(evaluation.status).toBe("queued");
    expect(await getDb().auditLog.count({ where: { action: "resume.reuploaded", targetId: failedId, actorId } })).toBe(1);
  });
});
