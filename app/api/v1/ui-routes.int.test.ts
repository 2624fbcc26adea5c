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
