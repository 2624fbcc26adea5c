import { mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_JOB_TEXT, testResumeBytes } from "@/lib/server/evaluations/test-fixtures";

// The job API's route handlers called as Next.js calls them, with a real Auth.js
// session cookie, against the real database and a temp storage dir.

const storageDir = mkdtempSync(path.join(tmpdir(), "rc-routes-"));
process.env.STORAGE_DIR = storageDir;

const { getDb } = await import("@/lib/db");
const jobsRoute = await import("./route");
const jobRoute = await import("./[jobId]/route");
const countsRoute = await import("./[jobId]/counts/route");
const resumesRoute = await import("./[jobId]/resumes/route");
const singleUploadRoute = await import("./[jobId]/resumes/upload/route");
const evaluationsRoute = await import("./[jobId]/evaluations/route");
const evaluationRoute = await import("./[jobId]/evaluations/[evaluationId]/route");
const retryRoute = await import("./[jobId]/evaluations/[evaluationId]/retry/route");

const db = getDb();
const base = "http://localhost:3000/api/jobs";
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const COOKIE = "authjs.session-token";
let recruiterId = "";
let recruiterCookie = "";
let managerCookie = "";

async function sessionCookie(role: "recruiter" | "hiring_manager"): Promise<{ id: string; cookie: string }> {
  const user = await db.user.create({
    data: { email: `routes-${role}-${Date.now()}@example.com`, name: "Routes", passwordHash: "x", role },
  });
  const secret = process.env.AUTH_SECRET ?? "";
  const jwt = await encode({ token: { sub: user.id, role }, secret, salt: COOKIE });
  return { id: user.id, cookie: `${COOKIE}=${jwt}` };
}

/** A request as the browser sends it: with the session cookie (the default user is the recruiter). */
function req(url: string, init: ConstructorParameters<typeof NextRequest>[1] = {}, cookie = recruiterCookie): NextRequest {
  const headers = new Headers(init.headers);
  headers.set("cookie", cookie);
  return new NextRequest(url, { ...init, headers });
}

beforeAll(async () => {
  const recruiter = await sessionCookie("recruiter");
  recruiterId = recruiter.id;
  recruiterCookie = recruiter.cookie;
  managerCookie = (await sessionCookie("hiring_manager")).cookie;
});

afterAll(async () => {
  await db.job.deleteMany({ where: { ownerId: recruiterId } });
  await db.resume.deleteMany({ where: { uploadedById: recruiterId } });
  await rm(storageDir, { recursive: true, force: true });
});

async function createJob(): Promise<string> {
  const response = await jobsRoute.POST(
    req(base, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: TEST_JOB_TEXT }) }),
    ctx({}),
  );
  expect(response.status).toBe(201);
  const body = (await response.json()) as { job: { id: string; requirements: { mustHaveSkills: string[] } } };
  expect(body.job.requirements.mustHaveSkills.length).toBeGreaterThan(0);
  return body.job.id;
}

describe("[jobs API]: route handlers", () => {
  it("creates a job, takes a multipart upload with per-file results, lists and counts", async () => {
    const jobId = await createJob();
    const form = new FormData();
    form.append("files", new Blob([Buffer.from(testResumeBytes(9001))]), "one.txt");
    form.append("files", new Blob([new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1])]), "evil.pdf");
    form.append("files", new Blob([Buffer.from(testResumeBytes(9001))]), "../../one-again.txt");
    const upload = await resumesRoute.POST(req(`${base}/${jobId}/resumes`, { method: "POST", body: form }), ctx({ jobId }));
    expect(upload.status).toBe(201);
    const body = (await upload.json()) as {
      summary: unknown;
      files: { fileName: string; status: string; resumeId?: string; evaluationId?: string; error?: { code: string } }[];
    };
    expect(body.summary).toEqual({ queued: 1, duplicate: 1, rejected: 1 });
    expect(body.files.map((f) => [f.fileName, f.status])).toEqual([
      ["one.txt", "queued"],
      ["evil.pdf", "rejected"],
      ["one-again.txt", "duplicate"],
    ]);
    expect(body.files[1]?.error?.code).toBe("UNSUPPORTED_TYPE");

    const single = await singleUploadRoute.POST(
      req(`${base}/${jobId}/resumes/upload?name=two.txt`, { method: "POST", body: Buffer.from(testResumeBytes(9002)) }),
      ctx({ jobId }),
    );
    expect(single.status).toBe(201);
    expect(((await single.json()) as { files: { status: string }[] }).files[0]?.status).toBe("queued");

    const counts = await countsRoute.GET(req(`${base}/${jobId}/counts`), ctx({ jobId }));
    expect(((await counts.json()) as { counts: { total: number; byStatus: { queued: number } } }).counts).toMatchObject({
      total: 2,
      byStatus: { queued: 2 },
    });

    const list = await evaluationsRoute.GET(req(`${base}/${jobId}/evaluations?status=queued&sort=recent`), ctx({ jobId }));
    const listed = (await list.json()) as { total: number; items: { fileName: string }[] };
    expect(listed.total).toBe(2);
    expect(listed.items.map((item) => item.fileName).sort()).toEqual(["one.txt", "two.txt"]);

    const detail = await evaluationRoute.GET(
      req(`${base}/${jobId}/evaluations/x`),
      ctx({ jobId, evaluationId: body.files[0]?.evaluationId ?? "" }),
    );
    expect(((await detail.json()) as { evaluation: { status: string } }).evaluation.status).toBe("queued");
    const retry = await retryRoute.POST(
      req(`${base}/${jobId}/evaluations/x/retry`, { method: "POST" }),
      ctx({ jobId, evaluationId: body.files[0]?.evaluationId ?? "" }),
    );
    expect(retry.status).toBe(409);
  });

  it("PATCH bumps the requirements revision; errors are mapped; roles are enforced", async () => {
    const jobId = await createJob();
    const job = (await (await jobRoute.GET(req(`${base}/${jobId}`), ctx({ jobId }))).json()) as {
      job: { requirements: Record<string, unknown>; requirementsRevision: number };
    };
    const patch = await jobRoute.PATCH(
      req(`${base}/${jobId}`, {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ requirements: { ...job.job.requirements, niceToHaveSkills: [] } }),
      }),
      ctx({ jobId }),
    );
    expect(patch.status).toBe(200);
    expect(((await patch.json()) as { job: { requirementsRevision: number } }).job.requirementsRevision).toBe(
      job.job.requirementsRevision + 1,
    );

    const bad = await jobRoute.PATCH(
      req(`${base}/${jobId}`, { method: "PATCH", body: JSON.stringify({ weights: { mustHave: 99 } }) }),
      ctx({ jobId }),
    );
    expect(bad.status).toBe(400);
    const missing = await countsRoute.GET(req(`${base}/nope/counts`), ctx({ jobId: "nope" }));
    expect(missing.status).toBe(404);
    const noFiles = await resumesRoute.POST(req(`${base}/${jobId}/resumes`, { method: "POST", body: new FormData() }), ctx({ jobId }));
    expect(noFiles.status).toBe(400);

    const forbidden = await resumesRoute.POST(
      req(`${base}/${jobId}/resumes`, { method: "POST", body: new FormData() }, managerCookie),
      ctx({ jobId }),
    );
    expect(forbidden.status).toBe(403);
    const allowed = await countsRoute.GET(req(`${base}/${jobId}/counts`, {}, managerCookie), ctx({ jobId }));
    expect(allowed.status).toBe(200);
    const anonymous = await countsRoute.GET(req(`${base}/${jobId}/counts`, {}, ""), ctx({ jobId }));
    expect(anonymous.status).toBe(401);
  });
});
