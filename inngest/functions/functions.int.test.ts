import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pagesPdf } from "@/lib/engine/extract/test-fixtures";
import { getDb } from "@/lib/db";
import { TEST_JOB_TEXT, testResumeBytes } from "@/lib/server/evaluations/test-fixtures";
import { markFailedAfterRetries } from "@/lib/server/background/evaluation-lifecycle";
import { createJob } from "@/lib/server/jobs/create-job";
import { getMetrics } from "@/lib/server/observability/metrics";
import { updateJob } from "@/lib/server/jobs/update-job";
import { uploadResumes } from "@/lib/server/resumes/upload-resumes";
import { LocalFileStorage } from "@/lib/server/storage/local-file-storage";

// The Inngest functions run by @inngest/test's engine against the real database.
// The engine runs one request at a time: a throwing step resolves the run with
// { error } (retries are Inngest's job and not simulated), so onFailure is
// exercised through its handler.

// The functions resolve storage from the environment when they run; set it before anything reads the env.
const storageDir = mkdtempSync(path.join(tmpdir(), "rc-inngest-"));
process.env.STORAGE_DIR = storageDir;
const storage = new LocalFileStorage(storageDir);
let ownerId: string;
const db = getDb();
const limits = { maxFileBytes: 1024 * 1024 };
type Functions = typeof import("./evaluate-resume") & typeof import("./requeue-failed") & typeof import("./rescore-job");
let fns: Functions;

beforeAll(async () => {
  fns = { ...(await import("./evaluate-resume")), ...(await import("./requeue-failed")), ...(await import("./rescore-job")) };
  ownerId = (
    await db.user.create({ data: { email: `inngest-${Date.now()}@example.com`, name: "Inngest", passwordHash: "x", role: "recruiter" } })
  ).id;
}, 60_000);

afterAll(async () => {
  // Leave nothing queued behind for other test files sharing the database.
  await db.job.deleteMany({ where: { ownerId } });
  await db.resume.deleteMany({ where: { uploadedById: ownerId } });
  await rm(storageDir, { recursive: true, force: true });
});

const stepKey = (id: string) => createHash("sha1").update(id).digest("hex");

async function queue(bytes: Uint8Array, jobId?: string) {
  const id = jobId ?? (await createJob({ db, storage, ownerId, text: TEST_JOB_TEXT, limits })).id;
  const { queued } = await uploadResumes({
    db,
    storage,
    jobId: id,
    files: [{ name: "cv.txt", bytes }],
    limits,
    maxFiles: 1,
    actor: { id: ownerId },
  });
  const first = queued[0];
  if (!first) throw new Error("nothing queued");
  return first;
}

async function completedDurations(): Promise<number> {
  const { values } = await getMetrics().evaluationDuration.get();
  return values.find((value) => value.metricName?.endsWith("_count") && value.labels.outcome === "completed")?.value ?? 0;
}

async function parseFailures(code: string): Promise<number> {
  const { values } = await getMetrics().parseFailures.get();
  return values.find((value) => value.labels.code === code)?.value ?? 0;
}

describe("[inngest]: functions", () => {
  it("fills the evaluation metrics the inline runner fills: one duration per completed run, one parse failure per unreadable file", async () => {
    const durationsBefore = await completedDurations();
    const item = await queue(testResumeBytes(5004));
    const { result } = await new InngestTestEngine({ function: fns.evaluateResume }).execute({
      events: [{ name: "resume/uploaded", data: item }],
    });
    expect(result).toEqual({ outcome: "completed" });
    // The engine replays the function once per step: the observation happens inside the persist step, so exactly once.
    expect(await completedDurations()).toBe(durationsBefore + 1);

    const failuresBefore = await parseFailures("NO_TEXT_LAYER");
    const scanned = await queue(await pagesPdf(2, false));
    const { error } = await new InngestTestEngine({ function: fns.evaluateResume }).execute({
      events: [{ name: "resume/uploaded", data: scanned }],
    });
    expect(error).toMatchObject({ name: "NonRetriableError" });
    // Counted when the evaluation ends failed (onFailure), not per attempt.
    expect(await parseFailures("NO_TEXT_LAYER")).toBe(failuresBefore);
    expect(await markFailedAfterRetries({ db, evaluationId: scanned.evaluationId })).toEqual({ marked: true });
    expect(await parseFailures("NO_TEXT_LAYER")).toBe(failuresBefore + 1);
    expect(await completedDurations()).toBe(durationsBefore + 1);
  });

  it("evaluate-resume runs load, extract-text, parse, score, persist and completes the evaluation", async () => {
    const item = await queue(testResumeBytes(5001));
    const engine = new InngestTestEngine({ function: fns.evaluateResume });
    const { result, error, state } = await engine.execute({ events: [{ name: "resume/uploaded", data: item }] });
    expect(error).toBeUndefined();
    expect(result).toEqual({ outcome: "completed" });
    for (const stage of ["load", "extract-text", "parse", "score", "persist"]) expect(Object.keys(state)).toContain(stepKey(stage));
    expect(await db.evaluation.findUniqueOrThrow({ where: { id: item.evaluationId } })).toMatchObject({
      status: "completed",
      attempts: 1,
      stage: "persist",
    });

    // Re-running the same event (a replay) writes nothing new: the evaluation is already completed.
    const again = await new InngestTestEngine({ function: fns.evaluateResume }).execute({
      events: [{ name: "evaluation/requested", data: { evaluationId: item.evaluationId } }],
    });
    expect(again.result).toMatchObject({ outcome: "skipped" });
    expect(await db.evaluation.count({ where: { resumeId: item.resumeId } })).toBe(1);
  });

  it("skips extract-text and parse when the resume was parsed for another job", async () => {
    const bytes = testResumeBytes(5002);
    const first = await queue(bytes);
    await new InngestTestEngine({ function: fns.evaluateResume }).execute({ events: [{ name: "resume/uploaded", data: first }] });
    const second = await queue(bytes);
    const { result, state } = await new InngestTestEngine({ function: fns.evaluateResume }).execute({
      events: [{ name: "resume/uploaded", data: second }],
    });
    expect(result).toEqual({ outcome: "completed" });
    expect(Object.keys(state)).not.toContain(stepKey("extract-text"));
    expect(Object.keys(state)).not.toContain(stepKey("parse"));
  });

  it("a PDF with nothing to read (no text layer, blank pages for OCR) is a non-retriable failure; onFailure marks it failed with stage and message; requeue-failed puts it back", async () => {
    const item = await queue(await pagesPdf(1, false));
    const { error } = await new InngestTestEngine({ function: fns.evaluateResume }).execute({
      events: [{ name: "resume/uploaded", data: item }],
    });
    expect(error).toMatchObject({ name: "NonRetriableError" });
    expect(await markFailedAfterRetries({ db, evaluationId: item.evaluationId })).toEqual({ marked: true });
    const failed = await db.evaluation.findUniqueOrThrow({ where: { id: item.evaluationId } });
    expect(failed).toMatchObject({ status: "failed", failedStage: "extract-text", errorCode: "NO_TEXT_LAYER" });
    expect(failed.errorMessage).toMatch(/no text could be recognised/i);

    // step.sendEvent would reach an Inngest server: mock it and check what it was asked to send.
    const sent: unknown[] = [];
    const requeue = await new InngestTestEngine({
      function: fns.requeueFailed,
      steps: [{ id: "request-evaluations-0", handler: () => void sent.push("request-evaluations-0") }],
    }).execute({ events: [{ name: "evaluation/retry.requested", data: { jobId: item.jobId } }] });
    expect(requeue.result).toEqual({ requeued: 1 });
    expect(sent).toEqual(["request-evaluations-0"]);
    expect(await db.evaluation.findUniqueOrThrow({ where: { id: item.evaluationId } })).toMatchObject({ status: "queued", attempts: 0 });
  });

  it("rescore-job re-scores completed evaluations in batches after a requirements change", async () => {
    const item = await queue(testResumeBytes(5003));
    await new InngestTestEngine({ function: fns.evaluateResume }).execute({ events: [{ name: "resume/uploaded", data: item }] });
    const job = await db.job.findUniqueOrThrow({ where: { id: item.jobId } });
    const updated = await updateJob({
      db,
      jobId: item.jobId,
      actorId: ownerId,
      body: { weights: { mustHave: 1, niceToHave: 0, experience: 0, semantic: 0, seniority: 0, education: 0, certifications: 0 } },
    });
    expect(updated.requirementsRevision).toBe(job.requirementsRevision + 1);
    const { result } = await new InngestTestEngine({ function: fns.rescoreJob }).execute({
      events: [{ name: "job/requirements.updated", data: { jobId: item.jobId, requirementsRevision: updated.requirementsRevision } }],
    });
    expect(result).toEqual({ jobId: item.jobId, rescored: 1 });
    expect(await db.evaluation.findUniqueOrThrow({ where: { id: item.evaluationId } })).toMatchObject({
      requirementsRevision: updated.requirementsRevision,
    });
  });
});
