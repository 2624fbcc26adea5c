import { mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createJob } from "@/lib/server/jobs/create-job";
import { updateJob } from "@/lib/server/jobs/update-job";
import { captureProcessLogs, type LogLine } from "@/lib/server/observability/log-capture";
import { recordEvaluationEvent } from "@/lib/server/background/evaluation-lifecycle";
import { runWithRequestId } from "@/lib/server/observability/request-context";
import { retryFailedEvaluations } from "@/lib/server/ops/retry-failed";
import { queueResumeUploads } from "@/lib/server/resumes/queue-resume-uploads";
import { createInlineRunner, type StepOverrides } from "@/lib/server/runner/inline-runner";
import { LocalFileStorage } from "@/lib/server/storage/local-file-storage";
import { buildEvaluationEvent, dispatchRequirementsUpdated } from "./dispatch-evaluations";
import { rescoreStaleEvaluations } from "./rescore-evaluations";
import { TEST_JOB_TEXT, testResumeBytes, testResumeText } from "./test-fixtures";

// Issue 7: every log line of a background evaluation carries the id of the
// request that queued it — in the inline runner and in the Inngest function,
// read from the row (so it survives restarts and crosses processes), and after
// a retry the retry request's id. No personal data on any line.

// The upload use case and the Inngest function resolve storage from the environment: set it before anything reads the env.
const storageDir = mkdtempSync(path.join(tmpdir(), "rc-request-ids-"));
process.env.STORAGE_DIR = storageDir;
const storage = new LocalFileStorage(storageDir);
const db = getDb();
const limits = { maxFileBytes: 1024 * 1024 };
const capture = captureProcessLogs();
let ownerId: string;
let evaluateResume: typeof import("@/inngest/functions/evaluate-resume").evaluateResume;
let rescoreJob: typeof import("@/inngest/functions/rescore-job").rescoreJob;

beforeAll(async () => {
  ({ evaluateResume } = await import("@/inngest/functions/evaluate-resume"));
  ({ rescoreJob } = await import("@/inngest/functions/rescore-job"));
  ownerId = (
    await db.user.create({
      data: { email: `request-ids-${Date.now()}@example.com`, name: "Request Ids", passwordHash: "x", role: "recruiter" },
    })
  ).id;
}, 60_000);

afterAll(async () => {
  capture.restore();
  await db.job.deleteMany({ where: { ownerId } });
  await db.resume.deleteMany({ where: { uploadedById: ownerId } });
  await rm(storageDir, { recursive: true, force: true });
});

/** Uploads one resume the way the HTTP routes do, inside a request with this id. */
async function uploadInRequest(requestId: string, index: number) {
  const job = await createJob({ db, storage, ownerId, text: TEST_JOB_TEXT, limits });
  const response = await runWithRequestId(requestId, () =>
    queueResumeUploads({ jobId: job.id, files: [{ name: "cv.txt", bytes: testResumeBytes(index) }], actor: { id: ownerId }, requestId }),
  );
  const file = response.files[0];
  if (file?.status !== "queued") throw new Error(`not queued: ${JSON.stringify(file)}`);
  return file.evaluationId;
}

/**
 * A runner created now, after the upload, with no state from it: like a process
 * started after a restart. Its events go through the server's real logging hook.
 */
async function runInFreshRunner(evaluationId: string, options: { maxAttempts?: number; stepOverrides?: StepOverrides } = {}) {
  const runner = createInlineRunner({
    deps: { db, storage, limits },
    concurrency: 2,
    maxAttempts: options.maxAttempts ?? 3,
    leaseMs: 5_000,
    pollMs: 20,
    retryBaseMs: 10,
    stepOverrides: options.stepOverrides,
    onEvent: recordEvaluationEvent,
  });
  runner.start();
  const deadline = Date.now() + 45_000;
  try {
    while ((await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } })).status !== "completed") {
      const row = await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } });
      if (row.status === "failed") break;
      if (Date.now() > deadline) throw new Error("evaluation did not settle");
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    await runner.idle();
  } finally {
    await runner.stop();
  }
  await new Promise((resolve) => setImmediate(resolve));
}

const linesOf = (evaluationId: string): LogLine[] => capture.lines.filter((line) => line.evaluationId === evaluationId);

function expectNoPersonalData(index: number) {
  const text = testResumeText(index);
  const [name = "", contact = ""] = text.split("\n");
  const email = contact.split(" · ")[1] ?? "";
  expect(name.length).toBeGreaterThan(3);
  expect(email).toContain("@");
  const all = JSON.stringify(capture.lines);
  expect(all).not.toContain(name);
  expect(all).not.toContain(name.split(" ")[1]);
  expect(all).not.toContain(email);
  expect(all).not.toContain("Built pipelines with");
}

describe("[request ids]: background evaluations log the id of the request that queued them", () => {
  it("inline runner: every line of an uploaded evaluation carries the upload's id, read from the row by a runner started afterwards", async () => {
    const evaluationId = await uploadInRequest("req-upload-inline", 7101);
    expect(await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } })).toMatchObject({
      status: "queued",
      requestId: "req-upload-inline",
    });
    await runInFreshRunner(evaluationId);
    const lines = linesOf(evaluationId);
    expect(lines.map((line) => line.msg)).toEqual(["evaluation started", "evaluation completed"]);
    for (const line of lines) expect(line.requestId).toBe("req-upload-inline");
    expectNoPersonalData(7101);
  });

  it("Inngest function: lines carry the event's id; an event without one (sent before this change) gets the row's", async () => {
    const fromEvent = await uploadInRequest("req-upload-inngest", 7102);
    const row = await db.evaluation.findUniqueOrThrow({ where: { id: fromEvent } });
    // The event as dispatch builds it from the row: it carries the upload's request id.
    const event = buildEvaluationEvent({ ...row, dispatchedAt: null }, "upload");
    expect(event.data).toMatchObject({ evaluationId: fromEvent, requestId: "req-upload-inngest" });
    const run = await new InngestTestEngine({ function: evaluateResume }).execute({ events: [{ name: event.name, data: event.data }] });
    expect(run.result).toEqual({ outcome: "completed" });
    await new Promise((resolve) => setImmediate(resolve));
    let lines = linesOf(fromEvent);
    // Each line once: Inngest's replays of memoized steps write nothing again.
    expect(lines.map((line) => line.msg)).toEqual(["evaluation started", "evaluation completed"]);
    for (const line of lines) expect(line.requestId).toBe("req-upload-inngest");

    const oldEvent = await uploadInRequest("req-upload-old-event", 7103);
    const old = await new InngestTestEngine({ function: evaluateResume }).execute({
      events: [{ name: "evaluation/requested", data: { evaluationId: oldEvent } }],
    });
    expect(old.result).toEqual({ outcome: "completed" });
    await new Promise((resolve) => setImmediate(resolve));
    lines = linesOf(oldEvent);
    expect(lines.map((line) => line.msg)).toEqual(["evaluation started", "evaluation completed"]);
    for (const line of lines) expect(line.requestId).toBe("req-upload-old-event");
    expectNoPersonalData(7102);
    expectNoPersonalData(7103);
  });

  it("a retry's lines carry the retry request's id, in the inline runner and in the Inngest function", async () => {
    const evaluationId = await uploadInRequest("req-upload-failing", 7104);
    await runInFreshRunner(evaluationId, {
      maxAttempts: 1,
      stepOverrides: {
        parse: () => {
          throw new Error("parser crashed");
        },
      },
    });
    const failedLines = linesOf(evaluationId);
    expect(failedLines.map((line) => line.msg)).toEqual(["evaluation started", "evaluation failed"]);
    for (const line of failedLines) expect(line.requestId).toBe("req-upload-failing");

    // The ops retry, as its server action runs it: inside the action's request.
    const retried = await runWithRequestId("req-retry-inline", () =>
      retryFailedEvaluations({
        db,
        target: { evaluationIds: [evaluationId] },
        audit: { actorId: ownerId, requestId: "req-retry-inline" },
      }),
    );
    expect(retried).toMatchObject({ retried: 1, evaluationIds: [evaluationId] });
    expect(await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } })).toMatchObject({
      status: "queued",
      requestId: "req-retry-inline",
    });
    const before = capture.lines.length;
    await runInFreshRunner(evaluationId);
    const retryLines = capture.lines.slice(before).filter((line) => line.evaluationId === evaluationId);
    expect(retryLines.map((line) => line.msg)).toEqual(["evaluation started", "evaluation completed"]);
    for (const line of retryLines) expect(line.requestId).toBe("req-retry-inline");

    // Inngest: a failed run, retried by another request; the retry's event and lines carry its id.
    const inngestId = await uploadInRequest("req-upload-failing-inngest", 7105);
    await db.evaluation.update({ where: { id: inngestId }, data: { status: "failed", failedStage: "parse", errorCode: "INTERNAL" } });
    await runWithRequestId("req-retry-inngest", () =>
      retryFailedEvaluations({ db, target: { evaluationIds: [inngestId] }, audit: { actorId: ownerId, requestId: "req-retry-inngest" } }),
    );
    const row = await db.evaluation.findUniqueOrThrow({ where: { id: inngestId } });
    const event = buildEvaluationEvent({ ...row, dispatchedAt: null }, "retry");
    expect(event.data).toMatchObject({ evaluationId: inngestId, reason: "retry", requestId: "req-retry-inngest" });
    const run = await new InngestTestEngine({ function: evaluateResume }).execute({ events: [{ name: event.name, data: event.data }] });
    expect(run.result).toEqual({ outcome: "completed" });
    await new Promise((resolve) => setImmediate(resolve));
    const inngestLines = linesOf(inngestId);
    expect(inngestLines.map((line) => line.msg)).toEqual(["evaluation started", "evaluation completed"]);
    for (const line of inngestLines) expect(line.requestId).toBe("req-retry-inngest");
    expectNoPersonalData(7104);
    expectNoPersonalData(7105);
  });

  it("a re-score after a requirements change logs the id of the request that changed them (inline and rescore-job)", async () => {
    const evaluationId = await uploadInRequest("req-upload-rescore", 7106);
    await runInFreshRunner(evaluationId);
    const { jobId } = await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } });
    const mustHaveOnly = { mustHave: 1, niceToHave: 0, experience: 0, semantic: 0, seniority: 0, education: 0, certifications: 0 };
    const edit = async (requestId: string, weights: typeof mustHaveOnly) =>
      runWithRequestId(requestId, async () => {
        const job = await updateJob({ db, jobId, actorId: ownerId, body: { weights } });
        await dispatchRequirementsUpdated(jobId, job.requirementsRevision);
        return job;
      });

    // Inline: the runner's idle re-score reads the id the edit recorded on the rows.
    await edit("req-requirements-inline", mustHaveOnly);
    expect(await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } })).toMatchObject({ requestId: "req-requirements-inline" });
    expect(await rescoreStaleEvaluations({ db, jobId })).toEqual({ rescored: 1 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(capture.lines.findLast((line) => line.jobId === jobId)).toMatchObject({
      msg: "evaluations re-scored",
      rescored: 1,
      requestId: "req-requirements-inline",
    });

    // Inngest: rescore-job logs the event's id.
    const job = await edit("req-requirements-row", { ...mustHaveOnly, mustHave: 0.5, niceToHave: 0.5 });
    const { result } = await new InngestTestEngine({ function: rescoreJob }).execute({
      events: [
        {
          name: "job/requirements.updated",
          data: { jobId, requirementsRevision: job.requirementsRevision, requestId: "req-requirements-event" },
        },
      ],
    });
    expect(result).toEqual({ jobId, rescored: 1 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(capture.lines.findLast((line) => line.jobId === jobId)).toMatchObject({
      msg: "evaluations re-scored",
      requestId: "req-requirements-event",
    });
    expectNoPersonalData(7106);
  });
});
