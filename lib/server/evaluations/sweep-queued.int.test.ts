import { mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { inngest } from "@/inngest/client";
import { sweepQueued } from "@/inngest/functions/sweep-queued";
import { getDb } from "@/lib/db";
import { createJob } from "@/lib/server/jobs/create-job";
import { captureProcessLogs } from "@/lib/server/observability/log-capture";
import { runWithRequestId } from "@/lib/server/observability/request-context";
import { getOpsOverview } from "@/lib/server/ops/get-ops-overview";
import { queueResumeUploads } from "@/lib/server/resumes/queue-resume-uploads";
import { LocalFileStorage } from "@/lib/server/storage/local-file-storage";
import { type buildEvaluationEvent, dispatchRequirementsUpdated, evaluationEventId, rescoreEventId } from "./dispatch-evaluations";
import { sweepQueuedEvaluations, sweepStaleRescores } from "./sweep-queued";
import { TEST_JOB_TEXT, testResumeBytes, testResumeText } from "./test-fixtures";

// Inngest mode with Inngest unreachable: the upload succeeds and its rows stay
// queued with dispatched_at null; the sweep sends them (once), and a send that
// Inngest accepts marks the rows dispatched.

// Inngest mode (lib/env's runnerMode) is read from the environment when first asked: set it first.
// inngest.send is replaced by spies: Inngest "down" (rejects) or "up" (accepts).
vi.stubEnv("INNGEST_DEV", "1");
const storageDir = mkdtempSync(path.join(tmpdir(), "rc-sweep-"));
vi.stubEnv("STORAGE_DIR", storageDir);
const storage = new LocalFileStorage(storageDir);
const db = getDb();
const limits = { maxFileBytes: 1024 * 1024 };
const capture = captureProcessLogs();
let ownerId: string;

type SentEvent = ReturnType<typeof buildEvaluationEvent>;

beforeAll(async () => {
  ownerId = (
    await db.user.create({ data: { email: `sweep-${Date.now()}@example.com`, name: "Sweep", passwordHash: "x", role: "recruiter" } })
  ).id;
}, 60_000);

afterAll(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  capture.restore();
  await db.job.deleteMany({ where: { ownerId } });
  await db.resume.deleteMany({ where: { uploadedById: ownerId } });
  await rm(storageDir, { recursive: true, force: true });
});

async function upload(requestId: string, indexes: number[]) {
  const job = await createJob({ db, storage, ownerId, text: TEST_JOB_TEXT, limits });
  const response = await runWithRequestId(requestId, () =>
    queueResumeUploads({
      jobId: job.id,
      files: indexes.map((index) => ({ name: `cv-${index}.txt`, bytes: testResumeBytes(index) })),
      actor: { id: ownerId },
      requestId,
    }),
  );
  return response;
}

function recorder() {
  const sent: SentEvent[][] = [];
  return { sent, send: async (events: SentEvent[]) => void sent.push(events) };
}

describe("[sweep-queued]: no queued row is stranded when Inngest is down", () => {
  it("a failed send keeps the upload and leaves the rows queued, undispatched; the sweep re-sends them once", async () => {
    const send = vi.spyOn(inngest, "send").mockRejectedValue(new Error("connect ECONNREFUSED 127.0.0.1:8288"));
    const response = await upload("req-upload-down", [8101, 8102]);
    expect(send).toHaveBeenCalledTimes(1);
    send.mockRestore();
    expect(response.summary).toEqual({ queued: 2, duplicate: 0, rejected: 0 });
    const ids = response.files.flatMap((file) => (file.status === "queued" ? [file.evaluationId] : []));
    const rows = await db.evaluation.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    for (const row of rows) expect(row).toMatchObject({ status: "queued", dispatchedAt: null, requestId: "req-upload-down" });
    await new Promise((resolve) => setImmediate(resolve));
    const warning = capture.lines.find((line) => line.msg?.startsWith("could not send evaluation events"));
    expect(warning).toMatchObject({ level: "warn", requestId: "req-upload-down", reason: "upload", unsent: 2 });

    // The ops page counts them once the upload's own send had its chance (1 minute).
    const later = new Date(Date.now() + 2 * 60_000);
    expect((await getOpsOverview({ db, runnerMode: "inngest" })).stranded).toBe(0);
    vi.useFakeTimers({ now: later, toFake: ["Date"] });
    try {
      expect((await getOpsOverview({ db, runnerMode: "inngest" })).stranded).toBeGreaterThanOrEqual(2);
    } finally {
      vi.useRealTimers();
    }

    // Inngest is still down: the sweep leaves them as they were.
    const down = await sweepQueuedEvaluations({
      db,
      requestId: "cron-test-down",
      now: later,
      send: async () => {
        throw new Error("connect ECONNREFUSED 127.0.0.1:8288");
      },
    });
    expect(down.sent).toBe(0);
    expect(down.unsent).toBeGreaterThanOrEqual(2);
    expect(await db.evaluation.count({ where: { id: { in: ids }, dispatchedAt: null } })).toBe(2);

    // Inngest is back.
    const first = recorder();
    const swept = await sweepQueuedEvaluations({ db, requestId: "cron-test", now: later, send: first.send });
    expect(swept.unsent).toBe(0);
    const events = first.sent.flat().filter((event) => ids.includes(String(event.data.evaluationId)));
    expect(events).toHaveLength(2);
    for (const row of rows) {
      const event = events.find((candidate) => candidate.data.evaluationId === row.id);
      // The upload's request id travels with the event; the id is the attempt's, so a re-send of it is dropped by Inngest.
      expect(event).toMatchObject({ name: "evaluation/requested", id: evaluationEventId({ ...row, dispatchedAt: null }) });
      expect(event?.data).toMatchObject({ reason: "sweep", requestId: "req-upload-down" });
    }
    expect(await db.evaluation.count({ where: { id: { in: ids }, status: "queued", dispatchedAt: { not: null } } })).toBe(2);

    // A second sweep right after sends nothing.
    const second = recorder();
    expect(await sweepQueuedEvaluations({ db, requestId: "cron-test-2", now: later, send: second.send })).toEqual({
      found: 0,
      sent: 0,
      unsent: 0,
    });
    expect(second.sent).toEqual([]);
    expect((await getOpsOverview({ db, runnerMode: "inngest" })).stranded).toBe(0);

    const all = JSON.stringify(capture.lines);
    for (const index of [8101, 8102]) {
      const [name = "", contact = ""] = testResumeText(index).split("\n");
      expect(all).not.toContain(name);
      expect(all).not.toContain(contact.split(" · ")[1]);
    }
  });

  it("an accepted send marks the rows dispatched; a row accepted long ago without a run is re-sent under a new event id", async () => {
    const send = vi.spyOn(inngest, "send").mockResolvedValue({ ids: ["accepted"] });
    const response = await upload("req-upload-up", [8103]);
    expect(send).toHaveBeenCalledTimes(1);
    const [event] = send.mock.calls.flatMap((call) => call[0] as SentEvent[]);
    const file = response.files[0];
    if (file?.status !== "queued") throw new Error("not queued");
    expect(event).toMatchObject({ name: "resume/uploaded", data: { evaluationId: file.evaluationId, requestId: "req-upload-up" } });
    const row = await db.evaluation.findUniqueOrThrow({ where: { id: file.evaluationId } });
    expect(row.dispatchedAt).toBeInstanceOf(Date);
    expect(event?.id).toBe(evaluationEventId({ ...row, dispatchedAt: null }));

    // Within the 10 minutes an accepted event has to start its run, the sweep leaves it alone.
    const soon = recorder();
    await sweepQueuedEvaluations({ db, requestId: "cron-soon", now: new Date(Date.now() + 5 * 60_000), send: soon.send });
    expect(soon.sent.flat().filter((sent) => sent.data.evaluationId === row.id)).toEqual([]);

    // Eleven minutes later it is still queued and never started: Inngest lost it. The re-send needs a new id (the
    // first one would be dropped as a duplicate), derived from the earlier send so that racing sweeps share it.
    const late = recorder();
    const swept = await sweepQueuedEvaluations({ db, requestId: "cron-late", now: new Date(Date.now() + 11 * 60_000), send: late.send });
    expect(swept.unsent).toBe(0);
    const resent = late.sent.flat().find((sent) => sent.data.evaluationId === row.id);
    expect(resent?.id).toBe(`${evaluationEventId({ ...row, dispatchedAt: null })}-after-${row.dispatchedAt?.getTime()}`);
    expect(resent?.data).toMatchObject({ requestId: "req-upload-up", reason: "sweep" });
  });

  it("the sweep-queued cron function sends stranded rows through inngest.send", async () => {
    const failing = vi.spyOn(inngest, "send").mockRejectedValue(new Error("Inngest unreachable"));
    const response = await upload("req-upload-cron", [8104]);
    failing.mockRestore();
    const file = response.files[0];
    if (file?.status !== "queued") throw new Error("not queued");
    // Its send failed two minutes ago.
    await db.evaluation.update({ where: { id: file.evaluationId }, data: { queuedAt: new Date(Date.now() - 2 * 60_000) } });
    const send = vi.spyOn(inngest, "send").mockResolvedValue({ ids: ["accepted"] });
    const { result } = await new InngestTestEngine({ function: sweepQueued }).execute();
    expect(result).toMatchObject({ unsent: 0 });
    expect((result as { sent: number }).sent).toBeGreaterThanOrEqual(1);
    const sent = send.mock.calls.flatMap((call) => call[0] as SentEvent[]);
    expect(sent.filter((event) => event.data.evaluationId === file.evaluationId)).toHaveLength(1);
    expect(sent.find((event) => event.data.evaluationId === file.evaluationId)?.data).toMatchObject({ requestId: "req-upload-cron" });
    expect((await db.evaluation.findUniqueOrThrow({ where: { id: file.evaluationId } })).dispatchedAt).toBeInstanceOf(Date);
    const line = capture.lines.findLast((candidate) => candidate.msg === "queued evaluations re-sent");
    expect(String(line?.requestId)).toMatch(/^cron-sweep-queued-/);
    send.mockRestore();
  });

  it("a requirements edit whose re-score event is lost still succeeds; the sweep re-sends that revision's event once it is stale", async () => {
    const response = await upload("req-upload-rescore", [8105]);
    const file = response.files[0];
    if (file?.status !== "queued") throw new Error("not queued");
    // Scored against revision 1; then the recruiter edits the requirements (revision 2) while Inngest is down.
    await db.evaluation.update({
      where: { id: file.evaluationId },
      data: { status: "completed", score: 50, verdict: "medium", requirementsRevision: 1, completedAt: new Date() },
    });
    const job = await db.job.update({ where: { id: response.jobId }, data: { requirementsRevision: 2 } });
    const down = await dispatchRequirementsUpdated(job.id, 2, {
      requestId: "req-edit-down",
      send: async () => {
        throw new Error("connect ECONNREFUSED 127.0.0.1:8288");
      },
    });
    expect(down).toEqual({ sent: false });
    await new Promise((resolve) => setImmediate(resolve));
    expect(capture.lines.find((line) => line.msg?.startsWith("could not send re-score events"))).toMatchObject({
      level: "warn",
      requestId: "req-edit-down",
      jobIds: [job.id],
    });

    const rescores = () => {
      const sent: { id?: string; name: string; data: Record<string, unknown> }[][] = [];
      return { sent, send: async (events: { id?: string; name: string; data: Record<string, unknown> }[]) => void sent.push(events) };
    };
    // Within 10 minutes of the edit the sweep leaves it alone (the edit's own send may still be on its way).
    const soon = rescores();
    await sweepStaleRescores({ db, requestId: "cron-rescore-soon", now: new Date(Date.now() + 5 * 60_000), send: soon.send });
    expect(soon.sent.flat().filter((event) => event.data.jobId === job.id)).toEqual([]);

    const late = rescores();
    const swept = await sweepStaleRescores({ db, requestId: "cron-rescore", now: new Date(Date.now() + 11 * 60_000), send: late.send });
    expect(swept.sent).toBe(swept.found);
    const events = late.sent.flat().filter((event) => event.data.jobId === job.id);
    // One event per revision, under the id the edit used: Inngest runs it once however often it is sent.
    expect(events).toEqual([
      expect.objectContaining({
        name: "job/requirements.updated",
        id: rescoreEventId(job.id, 2),
        data: expect.objectContaining({ requirementsRevision: 2, requestId: "req-edit-down" }),
      }),
    ]);

    // Re-scored: nothing left to send for this job.
    await db.evaluation.update({ where: { id: file.evaluationId }, data: { requirementsRevision: 2 } });
    const after = rescores();
    await sweepStaleRescores({ db, requestId: "cron-rescore-after", now: new Date(Date.now() + 11 * 60_000), send: after.send });
    expect(after.sent.flat().filter((event) => event.data.jobId === job.id)).toEqual([]);
  });
});
