// A resume uploaded as a PNG scan is read by OCR in the extraction worker pool,
// parsed and scored like any other, and its profile records the OCR confidence.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shutdownExtractPool } from "@/lib/engine/extract";
import { resumeProfileSchema } from "@/lib/engine/types";
import { getDb } from "@/lib/db";
import { createJob } from "@/lib/server/jobs/create-job";
import { uploadResumes } from "@/lib/server/resumes/upload-resumes";
import { createInlineRunner } from "@/lib/server/runner/inline-runner";
import { LocalFileStorage } from "@/lib/server/storage/local-file-storage";
import { getEvaluation } from "./list-evaluations";
import { TEST_JOB_TEXT } from "./test-fixtures";

const db = getDb();
const limits = { maxFileBytes: 2 * 1024 * 1024, maxPdfPages: 20 };
let storageDir: string;
let storage: LocalFileStorage;
let ownerId: string;

beforeAll(async () => {
  storageDir = await mkdtemp(path.join(tmpdir(), "rc-ocr-storage-"));
  storage = new LocalFileStorage(storageDir);
  const user = await db.user.create({
    data: { email: `ocr-upload-${Date.now()}@example.com`, name: "OCR Test", passwordHash: "x", role: "recruiter" },
  });
  ownerId = user.id;
});

afterAll(async () => {
  await db.job.deleteMany({ where: { ownerId } });
  await db.resume.deleteMany({ where: { uploadedById: ownerId } });
  await rm(storageDir, { recursive: true, force: true });
  await shutdownExtractPool();
});

async function runUntilSettled(ids: string[]): Promise<void> {
  const runner = createInlineRunner({
    deps: { db, storage, limits },
    concurrency: 1,
    maxAttempts: 1,
    leaseMs: 30_000,
    pollMs: 50,
    retryBaseMs: 10,
  });
  runner.start();
  const deadline = Date.now() + 150_000;
  try {
    for (;;) {
      const open = await db.evaluation.count({ where: { id: { in: ids }, status: { in: ["queued", "processing"] } } });
      if (open === 0) return;
      if (Date.now() > deadline) throw new Error(`evaluations still open: ${open}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await runner.stop();
  }
}

describe("upload of a scanned resume (PNG)", () => {
  it("is accepted, read by OCR, evaluated end to end, and marked as OCR with its confidence", async () => {
    const png = new Uint8Array(await readFile(path.resolve(import.meta.dirname, "../../engine/extract/fixtures/scanned-resume.png")));
    const job = await createJob({ db, storage, ownerId, title: "Data Engineer", text: TEST_JOB_TEXT, limits });
    const uploaded = await uploadResumes({
      db,
      storage,
      jobId: job.id,
      files: [{ name: "dana-whitfield-scan.png", bytes: png }],
      limits,
      maxFiles: 50,
      actor: { id: ownerId },
    });
    const [file] = uploaded.response.files;
    expect(file?.status).toBe("queued");
    const evaluationId = file && "evaluationId" in file ? (file.evaluationId as string) : "";

    await runUntilSettled([evaluationId]);

    const evaluation = await getEvaluation({ db, jobId: job.id, evaluationId });
    expect(evaluation).toMatchObject({ status: "completed", errorCode: null });
    expect(evaluation.score).toBeGreaterThan(40);
    const resume = await db.resume.findFirstOrThrow({ where: { evaluations: { some: { id: evaluationId } } } });
    expect(resume).toMatchObject({ mimeType: "image/png", parseStatus: "parsed", candidateName: "Dana Whitfield" });
    expect(resume.candidateEmail).toBe("dana.whitfield@example.com");
    const profile = resumeProfileSchema.parse(resume.profile);
    expect(profile.ocr?.pages).toBe(1);
    expect(profile.ocr?.confidence).toBeGreaterThan(0.8);
    expect(profile.skills.map((s) => s.name)).toEqual(expect.arrayContaining(["Apache Airflow", "Apache Spark", "Snowflake", "SQL"]));
    expect(resume.ocr).toEqual(profile.ocr);
  }, 200_000);
});
