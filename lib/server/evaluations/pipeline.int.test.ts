import { mkdtemp, rm, utimes, writeFile, mkdir, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pagesPdf } from "@/lib/engine/extract/test-fixtures";
import { getDb } from "@/lib/db";
import { createJob } from "@/lib/server/jobs/create-job";
import { getJobCounts } from "@/lib/server/jobs/get-job-counts";
import { updateJob } from "@/lib/server/jobs/update-job";
import { uploadResumes } from "@/lib/server/resumes/upload-resumes";
import { createInlineRunner, type InlineRunnerOptions, type RunnerEvent } from "@/lib/server/runner/inline-runner";
import { cleanupFiles } from "@/lib/server/storage/cleanup-files";
import { LocalFileStorage } from "@/lib/server/storage/local-file-storage";
import { getEvaluation } from "./list-evaluations";
import { requeueFailedEvaluations, retryEvaluation } from "./requeue-failed";
import { rescoreStaleEvaluations } from "./rescore-evaluations";
import { TEST_JOB_TEXT, testResumeBytes } from "./test-fixtures";

const db = getDb();
let storageDir: string;
let storage: LocalFileStorage;
let ownerId: string;
const limits = { maxFileBytes: 2 * 1024 * 1024, maxPdfPages: 20 };
let nextIndex = 1000;

beforeAll(async () => {
  storageDir = await mkdtemp(path.join(tmpdir(), "rc-storage-"));
  storage = new LocalFileStorage(storageDir);
  const user = await db.user.create({
    data: { email: `pipeline-${Date.now()}@example.com`, name: "Pipeline Test", passwordHash: "x", role: "recruiter" },
  });
  ownerId = user.id;
});

afterAll(async () => {
  // Leave nothing queued behind for other test files sharing the database.
  await db.job.deleteMany({ where: { ownerId } });
  await db.resume.deleteMany({ where: { uploadedById: ownerId } });
  await rm(storageDir, { recursive: true, force: true });
});

async function newJob(title = "Data Engineer") {
  return createJob({ db, storage, ownerId, title, text: TEST_JOB_TEXT, limits });
}

function upload(jobId: string, files: { name: string; bytes: Uint8Array }[]) {
  return uploadResumes({ db, storage, jobId, files, limits, maxFiles: 50, actor: { id: ownerId } });
}

/** Runs an in-process runner until the given evaluations have all left queued/processing. */
async function runUntilSettled(ids: string[], overrides: Partial<InlineRunnerOptions> = {}): Promise<RunnerEvent[]> {
  const events: RunnerEvent[] = [];
  const runner = createInlineRunner({
    deps: { db, storage, limits },
    concurrency: 3,
    maxAttempts: 3,
    leaseMs: 5_000,
    pollMs: 20,
    retryBaseMs: 10,
    ...overrides,
    onEvent: (event) => events.push(event),
  });
  runner.start();
  const deadline = Date.now() + 45_000;
  try {
    for (;;) {
      const open = await db.evaluation.count({ where: { id: { in: ids }, status: { in: ["queued", "processing"] } } });
      if (open === 0) break;
      if (Date.now() > deadline) throw new Error(`evaluations still open: ${open}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await runner.stop();
  }
  return events;
}

function queuedIds(files: { status: string }[]): string[] {
  return files.flatMap((file) => ("evaluationId" in file && file.status === "queued" ? [file.evaluationId as string] : []));
}

describe("[pipeline]: upload, evaluate, retry", () => {
  it("checks every file before storing it, reports each file, dedupes by content, and scores the queued ones", async () => {
    const job = await newJob();
    expect(job.requirements.mustHaveSkills.length).toBeGreaterThan(0);
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0, 0, 0]);
    const a = testResumeBytes(nextIndex++);
    const b = testResumeBytes(nextIndex++);
    const { response, queued } = await upload(job.id, [
      { name: "a.txt", bytes: a },
      { name: "photo.gif", bytes: gif },
      { name: "empty.txt", bytes: new Uint8Array() },
      { name: "b.txt", bytes: b },
      { name: "a-again.txt", bytes: a },
    ]);
    expect(response.files.map((file) => file.status)).toEqual(["queued", "rejected", "rejected", "queued", "duplicate"]);
    expect(response.files[1]).toMatchObject({ error: { code: "UNSUPPORTED_TYPE" } });
    expect(response.files[2]).toMatchObject({ error: { code: "EMPTY_FILE" } });
    const first = response.files[0];
    expect(response.files[4]).toMatchObject({ status: "duplicate", resumeId: first && "resumeId" in first ? first.resumeId : "?" });
    expect(response.summary).toEqual({ queued: 2, duplicate: 1, rejected: 2 });
    // Rejected files were never written; each queued resume has exactly one file.
    const stored = await readdir(path.join(storageDir, "resumes"), { recursive: true });
    const resumes = await db.resume.findMany({ where: { id: { in: queued.map((q) => q.resumeId) } } });
    for (const resume of resumes) expect(await storage.exists(resume.storageKey)).toBe(true);
    expect(stored.filter((entry) => entry.length > 3).length).toBeGreaterThanOrEqual(2);

    const ids = queued.map((q) => q.evaluationId);
    await runUntilSettled(ids);
    const rows = await db.evaluation.findMany({ where: { id: { in: ids } }, include: { resume: true } });
    for (const row of rows) {
      expect(row).toMatchObject({ status: "completed", attempts: 1, stage: "persist", lockedBy: null });
      expect(row.score).toBeGreaterThanOrEqual(0);
      expect(row.verdict).not.toBeNull();
      expect(row.durationMs).not.toBeNull();
      expect(row.requirementsRevision).toBe(1);
      expect(row.resume.parseStatus).toBe("parsed");
      expect(row.resume.candidateEmail).toMatch(/@example\.com$/);
    }
    const counts = await getJobCounts({ db, jobId: job.id });
    expect(counts.byStatus.completed).toBe(2);
    expect(counts.total).toBe(2);

    // The same file uploaded again for the same job is a duplicate, not a new evaluation.
    const again = await upload(job.id, [{ name: "b-copy.txt", bytes: b }]);
    expect(again.response.files[0]).toMatchObject({ status: "duplicate", evaluationStatus: "completed" });
  });

  it("reuses the parsed resume for another job without reading or parsing it again", async () => {
    const bytes = testResumeBytes(nextIndex++);
    const jobA = await newJob("Job A");
    const jobB = await newJob("Job B");
    const firstUpload = await upload(jobA.id, [{ name: "cv.txt", bytes }]);
    await runUntilSettled(queuedIds(firstUpload.response.files));
    const second = await upload(jobB.id, [{ name: "cv.txt", bytes }]);
    expect(second.response.files[0]).toMatchObject({ status: "queued", reusedResume: true });
    const stagesRun: string[] = [];
    const fail = (stage: string) => () => {
      stagesRun.push(stage);
      throw new Error(`${stage} must not run for a parsed resume`);
    };
    await runUntilSettled(queuedIds(second.response.files), {
      stepOverrides: { "extract-text": fail("extract-text"), parse: fail("parse") },
    });
    expect(stagesRun).toEqual([]);
    const evaluation = await db.evaluation.findFirstOrThrow({ where: { jobId: jobB.id } });
    expect(evaluation.status).toBe("completed");
  });

  it("retries a parse that throws twice and completes on the third attempt", async () => {
    const job = await newJob();
    const { response } = await upload(job.id, [{ name: "flaky.txt", bytes: testResumeBytes(nextIndex++) }]);
    const ids = queuedIds(response.files);
    const events = await runUntilSettled(ids, {
      stepOverrides: {
        parse: ({ attempt }) => {
          if (attempt < 3) throw new Error(`injected failure ${attempt}`);
        },
      },
    });
    expect(events.filter((e) => e.type === "retry-scheduled").map((e) => ("stage" in e ? e.stage : ""))).toEqual(["parse", "parse"]);
    const row = await db.evaluation.findUniqueOrThrow({ where: { id: ids[0] } });
    expect(row).toMatchObject({ status: "completed", attempts: 3, errorCode: null, errorMessage: null, failedStage: null });
  });

  it("ends failed with the stage and message when parse always fails, and can be retried", async () => {
    const job = await newJob();
    const { response } = await upload(job.id, [{ name: "broken.txt", bytes: testResumeBytes(nextIndex++) }]);
    const [id] = queuedIds(response.files);
    if (!id) throw new Error("not queued");
    await runUntilSettled([id], { stepOverrides: { parse: () => Promise.reject(new Error("parser exploded")) } });
    const failed = await getEvaluation({ db, jobId: job.id, evaluationId: id });
    expect(failed).toMatchObject({ status: "failed", attempts: 3, failedStage: "parse", errorCode: "INTERNAL" });
    expect(failed.errorMessage).toMatch(/parsing the resume/);
    expect(failed.errorMessage).not.toMatch(/exploded/);

    await retryEvaluation({ db, jobId: job.id, evaluationId: id });
    await expect(retryEvaluation({ db, jobId: job.id, evaluationId: id })).rejects.toMatchObject({ code: "CONFLICT" });
    await runUntilSettled([id]);
    expect(await getEvaluation({ db, jobId: job.id, evaluationId: id })).toMatchObject({
      status: "completed",
      attempts: 1,
      failedStage: null,
    });
  });

  it("fails a scanned PDF at once (not retriable) and other jobs sharing it without reading it again", async () => {
    const scan = await pagesPdf(1, false);
    const jobA = await newJob();
    const jobB = await newJob();
    const first = await upload(jobA.id, [{ name: "scan.pdf", bytes: scan }]);
    await runUntilSettled(queuedIds(first.response.files));
    const row = await db.evaluation.findFirstOrThrow({ where: { jobId: jobA.id }, include: { resume: true } });
    expect(row).toMatchObject({ status: "failed", attempts: 1, failedStage: "extract-text", errorCode: "NO_TEXT_LAYER" });
    expect(row.resume).toMatchObject({ parseStatus: "failed", parseErrorCode: "NO_TEXT_LAYER" });

    const second = await upload(jobB.id, [{ name: "scan.pdf", bytes: scan }]);
    const extracted: string[] = [];
    await runUntilSettled(queuedIds(second.response.files), {
      stepOverrides: { "extract-text": ({ evaluationId }) => void extracted.push(evaluationId) },
    });
    expect(extracted).toEqual([]);
    expect(await db.evaluation.findFirstOrThrow({ where: { jobId: jobB.id } })).toMatchObject({
      status: "failed",
      failedStage: "load",
      errorCode: "NO_TEXT_LAYER",
    });

    const requeued = await requeueFailedEvaluations({ db, jobId: jobB.id });
    expect(requeued.evaluationIds).toHaveLength(1);
    expect(await db.resume.findUniqueOrThrow({ where: { id: row.resumeId } })).toMatchObject({
      parseStatus: "pending",
      parseErrorCode: null,
    });
    await runUntilSettled(requeued.evaluationIds);
  });

  it("takes up an evaluation whose lease expired (its process died)", async () => {
    const job = await newJob();
    const { response } = await upload(job.id, [{ name: "orphaned.txt", bytes: testResumeBytes(nextIndex++) }]);
    const [id] = queuedIds(response.files);
    if (!id) throw new Error("not queued");
    await db.evaluation.update({
      where: { id },
      data: { status: "processing", attempts: 1, lockedBy: "dead-host:1:abc", lockedUntil: new Date(Date.now() - 1000), stage: "parse" },
    });
    const events = await runUntilSettled([id]);
    expect(events.filter((e) => e.type === "claimed")).toEqual([
      expect.objectContaining({ type: "claimed", evaluationId: id, attempt: 2 }),
    ]);
    expect(await db.evaluation.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "completed", attempts: 2, lockedBy: null });
  });

  it("re-scores completed evaluations after a requirements change, without re-parsing", async () => {
    const job = await newJob();
    const { response } = await upload(job.id, [
      { name: "r1.txt", bytes: testResumeBytes(nextIndex++) },
      { name: "r2.txt", bytes: testResumeBytes(nextIndex++) },
    ]);
    await runUntilSettled(queuedIds(response.files));
    const updated = await updateJob({
      db,
      jobId: job.id,
      actorId: ownerId,
      body: { requirements: { ...job.requirements, mustHaveSkills: [], mustHaveGroups: [] } },
    });
    expect(updated).toMatchObject({ requirementsRevision: 2, rescoreNeeded: true });
    const resumesBefore = await db.resume.findMany({ where: { evaluations: { some: { jobId: job.id } } }, select: { updatedAt: true } });
    let total = 0;
    for (;;) {
      const { rescored } = await rescoreStaleEvaluations({ db, jobId: job.id });
      total += rescored;
      if (rescored === 0) break;
    }
    expect(total).toBe(2);
    const rows = await db.evaluation.findMany({ where: { jobId: job.id } });
    for (const row of rows) expect(row.requirementsRevision).toBe(2);
    const resumesAfter = await db.resume.findMany({ where: { evaluations: { some: { jobId: job.id } } }, select: { updatedAt: true } });
    expect(resumesAfter.map((r) => r.updatedAt.getTime()).sort()).toEqual(resumesBefore.map((r) => r.updatedAt.getTime()).sort());
  });

  it("cleanup removes temp files and files no row points at, and keeps the rest", async () => {
    const job = await newJob();
    const { response } = await upload(job.id, [{ name: "kept.txt", bytes: testResumeBytes(nextIndex++) }]);
    await runUntilSettled(queuedIds(response.files));
    const old = new Date(Date.now() - 2 * 3600_000);
    await mkdir(path.join(storageDir, "resumes", "zz"), { recursive: true });
    const orphan = path.join(storageDir, "resumes", "zz", "orphanfile");
    const temp = path.join(storageDir, "resumes", "zz", "partial.abc.tmp");
    const fresh = path.join(storageDir, "resumes", "zz", "inflight");
    for (const file of [orphan, temp, fresh]) await writeFile(file, "x");
    await utimes(orphan, old, old);
    await utimes(temp, old, old);
    const report = await cleanupFiles({ db, storage });
    expect(report.removedTemp).toEqual(["resumes/zz/partial.abc.tmp"]);
    expect(report.removedOrphans).toEqual(["resumes/zz/orphanfile"]);
    expect(await storage.exists("resumes/zz/inflight")).toBe(true);
    const kept = await db.resume.findMany({ where: { uploadedById: ownerId }, select: { storageKey: true } });
    for (const resume of kept) expect(await storage.exists(resume.storageKey)).toBe(true);
  });
});
