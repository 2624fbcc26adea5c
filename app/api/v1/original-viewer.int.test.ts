import { mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePdf, paragraphsDocx } from "@/lib/engine/extract/test-fixtures";
import { TEST_JOB_TEXT } from "@/lib/server/evaluations/test-fixtures";
import { call, createKey, createUser, sessionCookie } from "@/test/security/api-test-kit";

// The original beside the evidence: the bytes the candidate page's PDF viewer reads
// (GET /api/v1/resumes/{id}/file?disposition=inline) and the DOCX shown as sanitised HTML,
// against the real database and a temp storage directory.

const storageDir = mkdtempSync(path.join(tmpdir(), "rc-viewer-"));
process.env.STORAGE_DIR = storageDir;

const { getDb } = await import("@/lib/db");
const { getStorage } = await import("@/lib/server/storage/get-storage");
const { getDocxOriginalHtml, getOriginalKind } = await import("@/lib/server/resumes/get-original-view");
const jobsRoute = await import("./jobs/route");
const uploadRoute = await import("./jobs/[jobId]/resumes/route");
const fileRoute = await import("./resumes/[resumeId]/file/route");

const db = getDb();

/** A one-page PDF resume; `tag` keeps each file distinct (the same bytes twice would be a duplicate upload). */
function resumePdf(tag: string): Promise<Uint8Array> {
  return makePdf((doc) => {
    doc.fontSize(18).text(`Pia Viewer ${tag}`);
    doc.fontSize(11).text("Data Engineer, 2018 - Present: Python, SQL, Apache Spark and Airflow pipelines");
  });
}
const ORIGIN = { origin: "http://localhost:3000", host: "localhost:3000" };
const BLIND_ON = "rc_blind_review=1";
let recruiterId = "";
let recruiter: Record<string, string> = {};
let managerCookie = "";
let jobId = "";

beforeAll(async () => {
  const user = await createUser("recruiter", "viewer");
  recruiterId = user.id;
  recruiter = { cookie: await sessionCookie(user), ...ORIGIN, "x-resume-checker-peer": "10.62.0.1" };
  managerCookie = await sessionCookie(await createUser("hiring_manager", "viewer"));
  const response = await call(jobsRoute.POST, { method: "POST", path: "/api/v1/jobs", headers: recruiter, json: { text: TEST_JOB_TEXT } });
  expect(response.status).toBe(201);
  jobId = ((await response.json()) as { job: { id: string } }).job.id;
});

afterAll(async () => {
  await db.job.deleteMany({ where: { ownerId: recruiterId } });
  await db.resume.deleteMany({ where: { uploadedById: recruiterId } });
  await rm(storageDir, { recursive: true, force: true });
});

async function upload(name: string, bytes: Uint8Array): Promise<string> {
  const form = new FormData();
  form.append("files", new File([new Uint8Array(bytes)], name));
  const response = await call(uploadRoute.POST, {
    method: "POST",
    path: `/api/v1/jobs/${jobId}/resumes`,
    params: { jobId },
    headers: recruiter,
    body: form,
  });
  expect(response.status).toBe(201);
  const body = (await response.json()) as { files: { status: string; resumeId: string }[] };
  expect(body.files[0]?.status).toBe("queued");
  return body.files[0]?.resumeId ?? "";
}

function viewerRequest(resumeId: string, headers: Record<string, string>, disposition = "inline") {
  return call(fileRoute.GET, {
    method: "GET",
    path: `/api/v1/resumes/${resumeId}/file`,
    params: { resumeId },
    query: { disposition },
    headers: { ...ORIGIN, "x-resume-checker-peer": "10.62.0.2", ...headers },
  });
}

describe("[viewer]: the original PDF for the in-page viewer", () => {
  it("serves the PDF inline under a sandbox CSP, nosniff, to a hiring manager's session and a read key", async () => {
    const pdf = await resumePdf("one");
    const resumeId = await upload("viewer.pdf", pdf);
    expect(await getOriginalKind({ db, resumeId })).toBe("pdf");

    const response = await viewerRequest(resumeId, { cookie: managerCookie });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`inline; filename="viewer.pdf"; filename*=UTF-8''viewer.pdf`);
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdf);

    const key = (await createKey(await createUser("hiring_manager", "viewer-key"), ["read"])).secret;
    expect((await viewerRequest(resumeId, { authorization: `Bearer ${key}` })).status).toBe(200);
  });

  it("refuses the bytes to a request made in blind review, inline or as a download; 401 without a session", async () => {
    const resumeId = await upload("blind.pdf", await resumePdf("two"));
    for (const disposition of ["inline", "attachment"]) {
      const blind = await viewerRequest(resumeId, { cookie: `${managerCookie}; ${BLIND_ON}` }, disposition);
      expect(blind.status).toBe(403);
      expect(blind.headers.get("content-type")).toMatch(/application\/json/);
      const body = (await blind.json()) as { error: { code: string; message: string } };
      expect(body.error.message).toMatch(/Turn blind review off/);
    }
    // Blind review switched off again: the same session gets the file.
    expect((await viewerRequest(resumeId, { cookie: `${managerCookie}; rc_blind_review=0` })).status).toBe(200);
    expect((await viewerRequest(resumeId, {})).status).toBe(401);
  });
});

describe("[viewer]: the original DOCX as sanitised HTML", () => {
  it("converts the stored DOCX, refuses it in blind review and for other formats, says what to do when the file is missing", async () => {
    const docx = await paragraphsDocx(["Vera Viewer", "Data engineer building pipelines in Python and SQL since 2016"]);
    const resumeId = await upload("vera.docx", docx);
    expect(await getOriginalKind({ db, resumeId })).toBe("docx");
    const html = await getDocxOriginalHtml({ db, storage: getStorage(), resumeId, blind: false });
    expect(html).toContain("<strong>Vera Viewer</strong>");
    expect(html).toContain("pipelines in Python and SQL");
    // Blind review (the page's action passes the reviewer's cookie state): refused before the file is read.
    await expect(getDocxOriginalHtml({ db, storage: getStorage(), resumeId, blind: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
      userMessage: expect.stringMatching(/Turn blind review off/),
    });

    const pdfId = await upload("not-docx.pdf", await resumePdf("three"));
    await expect(getDocxOriginalHtml({ db, storage: getStorage(), resumeId: pdfId, blind: false })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });

    const { storageKey } = await db.resume.findUniqueOrThrow({ where: { id: resumeId }, select: { storageKey: true } });
    await rm(path.join(storageDir, storageKey), { force: true });
    await expect(getDocxOriginalHtml({ db, storage: getStorage(), resumeId, blind: false })).rejects.toMatchObject({
      code: "NOT_FOUND",
      userMessage: expect.stringMatching(/Upload the resume again/),
    });
  });
});

describe("[viewer]: how each stored format is shown", () => {
  it("draws PNG and JPEG scans as images; a format browsers cannot draw (TIFF) is download-only", async () => {
    const kinds: Record<string, string> = {};
    for (const [index, mimeType] of ["image/png", "image/jpeg", "image/tiff", "text/plain"].entries()) {
      const { id } = await db.resume.create({
        data: {
          originalName: `scan-${index}`,
          mimeType,
          sizeBytes: 1,
          sha256: `viewer-kind-${Date.now()}-${index}`,
          storageKey: `resumes/vk/viewer-kind-${Date.now()}-${index}`,
          uploadedById: recruiterId,
        },
        select: { id: true },
      });
      kinds[mimeType] = await getOriginalKind({ db, resumeId: id });
    }
    expect(kinds).toEqual({ "image/png": "image", "image/jpeg": "image", "image/tiff": "download-only", "text/plain": "text" });
  });
});
