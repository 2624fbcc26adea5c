import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docxShapedZip, singleColumnPdf } from "@/lib/engine/extract/test-fixtures";
import { TEST_JOB_TEXT, testResumeBytes } from "@/lib/server/evaluations/test-fixtures";
import { call, createUser, sessionCookie } from "@/test/security/api-test-kit";

// The upload route as the app's uploader calls it, with a real session cookie:
// a file whose structure is unreadable is refused in the multipart response, and
// a selection sent one raw file per request (`?batch=`) leaves one audit entry.

const storageDir = mkdtempSync(path.join(tmpdir(), "rc-upload-batch-"));
process.env.STORAGE_DIR = storageDir;

const { getDb } = await import("@/lib/db");
const jobsRoute = await import("./jobs/route");
const uploadRoute = await import("./jobs/[jobId]/resumes/route");

const db = getDb();
let recruiterId = "";
let session: Record<string, string> = {};

type UploadBody = {
  summary: Record<string, number>;
  files: { fileName: string; status: string; error?: { code: string; message: string } }[];
};

let truncatedPdf: Uint8Array<ArrayBuffer>;
const garbagePdf = new Uint8Array([...new TextEncoder().encode("%PDF-1.7\n"), ...new Uint8Array(4000).map((_, i) => (i * 7919) % 251)]);
const brokenDocx = (() => {
  const docx = docxShapedZip([]);
  return new Uint8Array(docx.subarray(0, docx.length - 30));
})();

beforeAll(async () => {
  const user = await createUser("recruiter", "upload-batch");
  recruiterId = user.id;
  session = { cookie: await sessionCookie(user), origin: "http://localhost:3000", host: "localhost:3000" };
  const pdf = await singleColumnPdf();
  truncatedPdf = new Uint8Array(pdf.subarray(0, Math.floor(pdf.length / 3)));
});

afterAll(async () => {
  await db.job.deleteMany({ where: { ownerId: recruiterId } });
  await db.resume.deleteMany({ where: { uploadedById: recruiterId } });
  await db.auditLog.deleteMany({ where: { actorId: recruiterId } });
  await rm(storageDir, { recursive: true, force: true });
});

async function createJob(): Promise<string> {
  const response = await call(jobsRoute.POST, { method: "POST", path: "/api/v1/jobs", headers: session, json: { text: TEST_JOB_TEXT } });
  expect(response.status).toBe(201);
  return ((await response.json()) as { job: { id: string } }).job.id;
}

function sendOne(jobId: string, name: string, bytes: Uint8Array<ArrayBuffer>, batchId?: string) {
  return call(uploadRoute.POST, {
    method: "POST",
    path: `/api/v1/jobs/${jobId}/resumes`,
    params: { jobId },
    query: { name, ...(batchId ? { batch: batchId } : {}) },
    headers: { ...session, "content-type": "application/octet-stream" },
    body: bytes,
  });
}

describe("[upload]: unreadable files and the batch audit entry", () => {
  it("refuses a truncated PDF, a PDF of garbage and a DOCX with a cut directory in the multipart response, storing nothing of them", async () => {
    const jobId = await createJob();
    const form = new FormData();
    form.append("files", new File([truncatedPdf], "cut.pdf"));
    form.append("files", new File([garbagePdf], "garbage.pdf"));
    form.append("files", new File([brokenDocx], "broken.docx"));
    form.append("files", new File([new Uint8Array(testResumeBytes(8101))], "good.txt"));
    const response = await call(uploadRoute.POST, {
      method: "POST",
      path: `/api/v1/jobs/${jobId}/resumes`,
      params: { jobId },
      headers: session,
      body: form,
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as UploadBody;
    expect(body.files.map((file) => [file.fileName, file.status, file.error?.code ?? null])).toEqual([
      ["cut.pdf", "rejected", "CORRUPT_FILE"],
      ["garbage.pdf", "rejected", "CORRUPT_FILE"],
      ["broken.docx", "rejected", "CORRUPT_FILE"],
      ["good.txt", "queued", null],
    ]);
    expect(body.files[0]?.error?.message).toMatch(/damaged.*upload the new file/i);
    expect(body.summary).toEqual({ queued: 1, duplicate: 0, rejected: 3 });
    const stored = await db.evaluation.findMany({ where: { jobId }, select: { resume: { select: { originalName: true } } } });
    expect(stored.map((row) => row.resume.originalName)).toEqual(["good.txt"]);
  });

  it("records a selection sent one file per request, in parallel, as one audit entry naming every file", async () => {
    const jobId = await createJob();
    const batchId = randomUUID();
    const sent = [
      ["a.txt", new Uint8Array(testResumeBytes(8201))],
      ["b.txt", new Uint8Array(testResumeBytes(8202))],
      ["c.txt", new Uint8Array(testResumeBytes(8203))],
      ["cut.pdf", truncatedPdf],
      ["a-again.txt", new Uint8Array(testResumeBytes(8201))],
    ] as const;
    // The first four in parallel, as the uploader does; the repeat after, so it is surely a duplicate.
    const responses = await Promise.all(sent.slice(0, 4).map(([name, bytes]) => sendOne(jobId, name, bytes, batchId)));
    responses.push(await sendOne(jobId, sent[4][0], sent[4][1], batchId));
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201, 201]);
    const cut = ((await responses[3]?.json()) as UploadBody | undefined)?.files[0];
    expect(cut).toMatchObject({ status: "rejected", error: { code: "CORRUPT_FILE" } });

    const entries = await db.auditLog.findMany({ where: { action: "resumes.uploaded", targetId: jobId } });
    expect(entries).toHaveLength(1);
    const metadata = entries[0]?.metadata as {
      batchId: string;
      summary: unknown;
      files: { name: string; status: string; code?: string }[];
    };
    expect(metadata.batchId).toBe(batchId);
    expect(metadata.summary).toEqual({ queued: 3, duplicate: 1, rejected: 1 });
    expect([...metadata.files].sort((x, y) => x.name.localeCompare(y.name))).toEqual([
      { name: "a-again.txt", status: "duplicate" },
      { name: "a.txt", status: "queued" },
      { name: "b.txt", status: "queued" },
      { name: "c.txt", status: "queued" },
      { name: "cut.pdf", status: "rejected", code: "CORRUPT_FILE" },
    ]);
  });

  it("keeps separate selections, and requests with no batch id, as separate entries; refuses a batch id that is not a UUID", async () => {
    const jobId = await createJob();
    await sendOne(jobId, "x.txt", new Uint8Array(testResumeBytes(8301)), randomUUID());
    await sendOne(jobId, "y.txt", new Uint8Array(testResumeBytes(8302)), randomUUID());
    await sendOne(jobId, "z.txt", new Uint8Array(testResumeBytes(8303)));
    expect(await db.auditLog.count({ where: { action: "resumes.uploaded", targetId: jobId } })).toBe(3);
    const bad = await sendOne(jobId, "w.txt", new Uint8Array(testResumeBytes(8304)), "not-a-uuid");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toMatch(/batch id must be a UUID/);
  });
});
