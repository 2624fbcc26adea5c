import { mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_JOB_TEXT, testResumeBytes } from "@/lib/server/evaluations/test-fixtures";
import { call, createUser, type Handler, sessionCookie } from "@/test/security/api-test-kit";

// The /api/v1 routes the app's pages call, as a browser calls them: with the
// session cookie (same-origin), against the real database and a temp storage dir.

const storageDir = mkdtempSync(path.join(tmpdir(), "rc-v1-ui-"));
process.env.STORAGE_DIR = storageDir;

const { getDb } = await import("@/lib/db");
const jobsRoute = await import("./jobs/route");
const uploadRoute = await import("./jobs/[jobId]/resumes/route");
const jobRoute = await import("./jobs/[jobId]/route");
const countsRoute = await import("./jobs/[jobId]/counts/route");
const progressRoute = await import("./jobs/[jobId]/progress/route");
const jobRetryRoute = await import("./jobs/[jobId]/evaluations/retry/route");
const evaluationRoute = await import("./evaluations/[evaluationId]/route");
const retryRoute = await import("./evaluations/[evaluationId]/retry/route");
const fileRoute = await import("./resumes/[resumeId]/file/route");

const db = getDb();
const ORIGIN = { origin: "http://localhost:3000", host: "localhost:3000" };
let recruiterId = "";
let recruiter: Record<string, string> = {};
let manager: Record<string, string> = {};

beforeAll(async () => {
  const user = await createUser("recruiter", "v1-ui");
  recruiterId = user.id;
  recruiter = { cookie: await sessionCookie(user), ...ORIGIN, "x-resume-checker-peer": "10.61.0.1" };
  manager = { cookie: await sessionCookie(await createUser("hiring_manager", "v1-ui")), ...ORIGIN, "x-resume-checker-peer": "10.61.0.2" };
});

afterAll(async () => {
  await db.job.deleteMany({ where: { ownerId: recruiterId } });
  await db.resume.deleteMany({ where: { uploadedById: recruiterId } });
  await rm(storageDir, { recursive: true, force: true });
});

function get(handler: Handler | undefined, urlPath: string, params: Record<string, string>, headers = recruiter) {
  if (!handler) throw new Error(`no GET handler for ${urlPath}`);
  return call(handler, { method: "GET", path: urlPath, params, headers });
}

async function createJob(): Promise<string> {
  const response = await call(jobsRoute.POST, { method: "POST", path: "/api/v1/jobs", headers: recruiter, json: { text: TEST_JOB_TEXT } });
  expect(response.status).toBe(201);
  return ((await response.json()) as { job: { id: string } }).job.id;
}

async function uploadOne(jobId: string, name: string, bytes: Uint8Array<ArrayBuffer>) {
  const form = new FormData();
  form.append("files", new File([bytes], name));
  const response = await call(uploadRoute.POST, {
    method: "POST",
    path: `/api/v1/jobs/${jobId}/resumes`,
    params: { jobId },
    headers: recruiter,
    body: form,
  });
  expect(response.status).toBe(201);
  const body = (await response.json()) as { files: { status: string; resumeId: string; evaluationId: string }[] };
  return body.files[0] ?? { status: "missing", resumeId: "", evaluationId: "" };
}

type UploadBody = {
  summary: unknown;
  files: { fileName: string; status: string; resumeId?: string; evaluationId?: string; error?: { code: string } }[];
};

function post(
  handler: Handler,
  urlPath: string,
  params: Record<string, string>,
  init: { json?: unknown; body?: BodyInit; query?: Record<string, string> } = {},
  headers = recruiter,
) {
  return call(handler, { method: "POST", path: urlPath, params, headers, ...init });
}

describe("[v1 from the app]: jobs, uploads, progress and retries with a session", () => {
  it("takes a multipart upload with per-file results and a raw one, counts, lists and details them; a queued evaluation is not retried", async () => {
    const jobId = await createJob();
    const form = new FormData();
    form.append("files", new Blob([Buffer.from(testResumeBytes(9101))]), "one.txt");
    form.append("files", new Blob([new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1])]), "evil.pdf");
    form.append("files", new Blob([Buffer.from(testResumeBytes(9101))]), "../../one-again.txt");
    const upload = await post(uploadRoute.POST, `/api/v1/jobs/${jobId}/resumes`, { jobId }, { body: form });
    expect(upload.status).toBe(201);
    const body = (await upload.json()) as UploadBody;
    expect(body.summary).toEqual({ queued: 1, duplicate: 1, rejected: 1 });
    expect(body.files.map((f) => [f.fileName, f.status])).toEqual([
      ["one.txt", "queued"],
      ["evil.pdf", "rejected"],
      ["one-again.txt", "duplicate"],
    ]);
    expect(body.files[1]?.error?.code).toBe("UNSUPPORTED_TYPE");

    const single = await post(
      uploadRoute.POST,
      `/api/v1/jobs/${jobId}/resumes`,
      { jobId },
      {
        query: { name: "two.txt" },
        body: Buffer.from(testResumeBytes(9102)),
      },
    );
    expect(single.status).toBe(201);
    expect(((await single.json()) as UploadBody).files[0]?.status).toBe("queued");

    const counts = await get(countsRoute.GET, `/api/v1/jobs/${jobId}/counts`, { jobId });
    expect(await counts.json()).toEqual({
      jobId,
      counts: { total: 2, byStatus: { queued: 2, processing: 0, completed: 0, failed: 0 }, byVerdict: { high: 0, medium: 0, low: 0 } },
    });

    const list = await call(progressRoute.GET, {
      method: "GET",
      path: `/api/v1/jobs/${jobId}/progress`,
      params: { jobId },
      query: { status: "queued", sort: "recent", limit: "200" },
      headers: recruiter,
    });
    const listed = (await list.json()) as { total: number; items: { fileName: string }[] };
    expect(listed.total).toBe(2);
    expect(listed.items.map((item) => item.fileName).sort()).toEqual(["one.txt", "two.txt"]);

    const evaluationId = body.files[0]?.evaluationId ?? "";
    const detail = await get(evaluationRoute.GET, `/api/v1/evaluations/${evaluationId}`, { evaluationId });
    expect(((await detail.json()) as { evaluation: { status: string } }).evaluation.status).toBe("queued");
    const retry = await post(retryRoute.POST, `/api/v1/evaluations/${evaluationId}/retry`, { evaluationId });
    expect(retry.status).toBe(409);
  });

  it("retries one failed evaluation and then every failed one of a job, auditing the job and the client address", async () => {
    const jobId = await createJob();
    const first = await uploadOne(jobId, "fail-1.txt", new Uint8Array(testResumeBytes(9201)));
    const second = await uploadOne(jobId, "fail-2.txt", new Uint8Array(testResumeBytes(9202)));
    const failed = { status: "failed" as const, failedStage: "parse", errorCode: "INTERNAL" };
    await db.evaluation.updateMany({ where: { id: { in: [first.evaluationId, second.evaluationId] } }, data: failed });

    const one = await post(retryRoute.POST, `/api/v1/evaluations/${first.evaluationId}/retry`, { evaluationId: first.evaluationId });
    expect(one.status).toBe(200);
    expect(await one.json()).toEqual({ evaluationId: first.evaluationId, status: "queued" });
    const oneEntry = await db.auditLog.findFirstOrThrow({ where: { action: "evaluation.retried", targetId: first.evaluationId } });
    expect(oneEntry).toMatchObject({ actorId: recruiterId, ip: "10.61.0.1", metadata: { jobId } });

    const all = await post(jobRetryRoute.POST, `/api/v1/jobs/${jobId}/evaluations/retry`, { jobId });
    expect(all.status).toBe(200);
    expect(await all.json()).toEqual({ jobId, retried: 1, evaluationIds: [second.evaluationId] });
    const allEntry = await db.auditLog.findFirstOrThrow({ where: { action: "evaluations.retried", targetId: jobId } });
    expect(allEntry).toMatchObject({ actorId: recruiterId, ip: "10.61.0.1", targetType: "job", metadata: { count: 1, jobIds: [jobId] } });
    const statuses = await db.evaluation.findMany({ where: { jobId }, select: { status: true } });
    expect(statuses.map((row) => row.status)).toEqual(["queued", "queued"]);

    const again = await post(jobRetryRoute.POST, `/api/v1/jobs/${jobId}/evaluations/retry`, { jobId });
    expect(await again.json()).toEqual({ jobId, retried: 0, evaluationIds: [] });
    expect((await post(jobRetryRoute.POST, "/api/v1/jobs/nope/evaluations/retry", { jobId: "nope" })).status).toBe(404);
    expect((await post(jobRetryRoute.POST, `/api/v1/jobs/${jobId}/evaluations/retry`, { jobId }, {}, manager)).status).toBe(403);
  });

  it("PATCH bumps the requirements revision and audits the address; errors are mapped; roles and origin are enforced", async () => {
    const jobId = await createJob();
    const job = (await (await get(jobRoute.GET, `/api/v1/jobs/${jobId}`, { jobId })).json()) as {
      job: { requirements: Record<string, unknown>; requirementsRevision: number };
    };
    const patch = await call(jobRoute.PATCH, {
      method: "PATCH",
      path: `/api/v1/jobs/${jobId}`,
      params: { jobId },
      headers: recruiter,
      json: { requirements: { ...job.job.requirements, niceToHaveSkills: [] } },
    });
    expect(patch.status).toBe(200);
    expect(((await patch.json()) as { job: { requirementsRevision: number } }).job.requirementsRevision).toBe(
      job.job.requirementsRevision + 1,
    );
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "job.updated", targetId: jobId } })).toMatchObject({
      actorId: recruiterId,
      ip: "10.61.0.1",
    });

    const bad = await call(jobRoute.PATCH, {
      method: "PATCH",
      path: `/api/v1/jobs/${jobId}`,
      params: { jobId },
      headers: recruiter,
      json: { weights: { mustHave: 99 } },
    });
    expect(bad.status).toBe(400);
    expect((await get(countsRoute.GET, "/api/v1/jobs/nope/counts", { jobId: "nope" })).status).toBe(404);
    const noFiles = await post(uploadRoute.POST, `/api/v1/jobs/${jobId}/resumes`, { jobId }, { body: new FormData() });
    expect(noFiles.status).toBe(400);

    const forbidden = await post(uploadRoute.POST, `/api/v1/jobs/${jobId}/resumes`, { jobId }, { body: new FormData() }, manager);
    expect(forbidden.status).toBe(403);
    const crossSite = await post(
      uploadRoute.POST,
      `/api/v1/jobs/${jobId}/resumes`,
      { jobId },
      { query: { name: "x.txt" }, body: "x" },
      {
        ...recruiter,
        origin: "https://evil.example",
      },
    );
    expect(crossSite.status).toBe(403);
    expect((await get(countsRoute.GET, `/api/v1/jobs/${jobId}/counts`, { jobId }, manager)).status).toBe(200);
    expect((await get(countsRoute.GET, `/api/v1/jobs/${jobId}/counts`, { jobId }, {})).status).toBe(401);
  });
});

describe("[v1 from the app]: the original file", () => {
  it("serves the upload byte for byte as a sandboxed attachment to every reviewing role; inline on request", async () => {
    const jobId = await createJob();
    const { resumeId } = await uploadOne(jobId, "Zoë one.txt", new Uint8Array(testResumeBytes(9001)));
    const file = await get(fileRoute.GET, `/api/v1/resumes/${resumeId}/file`, { resumeId });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("text/plain");
    expect(file.headers.get("content-disposition")).toBe(`attachment; filename="Zo_ one.txt"; filename*=UTF-8''Zo%C3%AB%20one.txt`);
    expect(file.headers.get("x-content-type-options")).toBe("nosniff");
    expect(file.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(testResumeBytes(9001));

    const inline = await call(fileRoute.GET, {
      method: "GET",
      path: `/api/v1/resumes/${resumeId}/file`,
      params: { resumeId },
      query: { disposition: "inline" },
      headers: manager,
    });
    expect(inline.status).toBe(200);
    expect(inline.headers.get("content-disposition")).toMatch(/^inline; filename="Zo_ one.txt"/);
    expect(inline.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");

    const badDisposition = await call(fileRoute.GET, {
      method: "GET",
      path: `/api/v1/resumes/${resumeId}/file`,
      params: { resumeId },
      query: { disposition: "render" },
      headers: recruiter,
    });
    expect(badDisposition.status).toBe(400);
  });

  it("answers 404 for an unknown resume, a resume no job evaluates and a file missing from storage; 401 without a session", async () => {
    expect((await get(fileRoute.GET, "/api/v1/resumes/nope/file", { resumeId: "nope" })).status).toBe(404);

    const jobId = await createJob();
    const { resumeId } = await uploadOne(jobId, "two.txt", new Uint8Array(testResumeBytes(9002)));
    expect((await get(fileRoute.GET, `/api/v1/resumes/${resumeId}/file`, { resumeId }, {})).status).toBe(401);

    const { storageKey } = await db.resume.findUniqueOrThrow({ where: { id: resumeId }, select: { storageKey: true } });
    await rm(path.join(storageDir, storageKey), { force: true });
    const missing = await get(fileRoute.GET, `/api/v1/resumes/${resumeId}/file`, { resumeId });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toMatch(/Upload the resume again/);

    await db.evaluation.deleteMany({ where: { resumeId } });
    expect((await get(fileRoute.GET, `/api/v1/resumes/${resumeId}/file`, { resumeId })).status).toBe(404);
  });
});
