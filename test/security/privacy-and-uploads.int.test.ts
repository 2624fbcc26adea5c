// Erasure, data-subject export, decisions and upload limits through the v1 API.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { getStorage } from "@/lib/server/storage/get-storage";
import { GET as getJob } from "@/app/api/v1/jobs/[jobId]/route";
import { POST as createJob } from "@/app/api/v1/jobs/route";
import { POST as upload } from "@/app/api/v1/jobs/[jobId]/resumes/route";
import { DELETE as eraseResume, GET as getResume } from "@/app/api/v1/resumes/[resumeId]/route";
import { GET as exportCandidate } from "@/app/api/v1/resumes/[resumeId]/export/route";
import { GET as listDecisions, POST as decide } from "@/app/api/v1/evaluations/[evaluationId]/decisions/route";
import { GET as shortlist } from "@/app/api/v1/jobs/[jobId]/evaluations/route";
import { call, completeEvaluation, createKey, createUser } from "./api-test-kit";

const CANDIDATE = "Quentin Erasable";
const RESUME_TEXT = `${CANDIDATE}\nquentin.erasable@example.com\n\nSkills: Python, SQL\n\nExperience\nData Engineer, Initech\n2017 - Present\n- Built pipelines in Python\n`;
let headers: Record<string, string>;

async function newJob(title: string): Promise<string> {
  const response = await call(createJob, {
    method: "POST",
    path: "/api/v1/jobs",
    headers,
    json: { title, text: "Data Engineer\nRequirements:\n- Python\n- SQL\n- 3+ years" },
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { job: { id: string } }).job.id;
}

function filesForm(files: { name: string; content: string | Uint8Array<ArrayBuffer> }[]): FormData {
  const form = new FormData();
  for (const file of files) form.append("files", new File([file.content], file.name));
  return form;
}

type UploadBody = {
  summary: Record<string, number>;
  files: { status: string; resumeId?: string; evaluationId?: string; error?: { code: string } }[];
};

beforeAll(async () => {
  const recruiter = await createUser("recruiter");
  headers = { authorization: `Bearer ${(await createKey(recruiter, ["write"])).secret}`, "x-resume-checker-peer": "10.50.0.1" };
});

describe("erasure and export", () => {
  it("erases the file, text, profile, evaluations and decisions across jobs; the audit log keeps only that it happened", async () => {
    const jobA = await newJob("Erasure A");
    const jobB = await newJob("Erasure B");
    const first = (await (
      await call(upload, {
        method: "POST",
        path: `/api/v1/jobs/${jobA}/resumes`,
        params: { jobId: jobA },
        headers,
        body: filesForm([{ name: "quentin.txt", content: RESUME_TEXT }]),
      })
    ).json()) as UploadBody;
    const second = (await (
      await call(upload, {
        method: "POST",
        path: `/api/v1/jobs/${jobB}/resumes`,
        params: { jobId: jobB },
        headers,
        body: filesForm([{ name: "quentin.txt", content: RESUME_TEXT }]),
      })
    ).json()) as UploadBody;
    const resumeId = first.files[0]?.resumeId ?? "";
    const evaluationId = first.files[0]?.evaluationId ?? "";
    expect(second.files[0]?.resumeId).toBe(resumeId);
    await getDb().resume.update({
      where: { id: resumeId },
      data: { text: RESUME_TEXT, candidateName: CANDIDATE, candidateEmail: "quentin.erasable@example.com", profile: { name: CANDIDATE } },
    });
    await completeEvaluation(evaluationId, 80);
    const decision = await call(decide, {
      method: "POST",
      path: `/api/v1/evaluations/${evaluationId}/decisions`,
      params: { evaluationId },
      headers,
      json: { decision: "shortlist", note: "Strong Python" },
    });
    expect(decision.status).toBe(201);
    const history = (await (
      await call(listDecisions, { method: "GET", path: `/api/v1/evaluations/${evaluationId}/decisions`, params: { evaluationId }, headers })
    ).json()) as { items: { decision: string }[] };
    expect(history.items.map((item) => item.decision)).toEqual(["shortlist"]);
    const listed = (await (
      await call(shortlist, {
        method: "GET",
        path: `/api/v1/jobs/${jobA}/evaluations`,
        params: { jobId: jobA },
        headers,
        query: { decision: "shortlist" },
      })
    ).json()) as { items: { evaluationId: string }[] };
    expect(listed.items.map((item) => item.evaluationId)).toEqual([evaluationId]);

    // Export first (data-subject access): everything, including the text.
    const exported = await call(exportCandidate, {
      method: "GET",
      path: `/api/v1/resumes/${resumeId}/export`,
      params: { resumeId },
      headers,
    });
    expect(exported.status).toBe(200);
    const data = (await exported.json()) as {
      resume: { text: string; candidateName: string };
      evaluations: unknown[];
      decisions: { note: string }[];
    };
    expect(data.resume.text).toContain("Initech");
    expect(data.resume.candidateName).toBe(CANDIDATE);
    expect(data.evaluations).toHaveLength(2);
    expect(data.decisions.map((entry) => entry.note)).toEqual(["Strong Python"]);

    const storageKey = (await getDb().resume.findUniqueOrThrow({ where: { id: resumeId } })).storageKey;
    expect(await getStorage().exists(storageKey)).toBe(true);
    const erased = await call(eraseResume, { method: "DELETE", path: `/api/v1/resumes/${resumeId}`, params: { resumeId }, headers });
    expect(erased.status).toBe(200);
    expect(await erased.json()).toEqual({ resumeId, erased: true, evaluationsDeleted: 2, decisionsDeleted: 1 });
    expect(await getDb().resume.findUnique({ where: { id: resumeId } })).toBeNull();
    expect(await getDb().evaluation.count({ where: { resumeId } })).toBe(0);
    expect(await getDb().decision.count({ where: { evaluationId } })).toBe(0);
    expect(await getStorage().exists(storageKey)).toBe(false);
    expect((await call(getResume, { method: "GET", path: `/api/v1/resumes/${resumeId}`, params: { resumeId }, headers })).status).toBe(404);
    expect((await call(eraseResume, { method: "DELETE", path: `/api/v1/resumes/${resumeId}`, params: { resumeId }, headers })).status).toBe(
      404,
    );

    const audit = await getDb().auditLog.findMany({ where: { targetId: resumeId } });
    expect(audit.map((entry) => entry.action).sort()).toEqual(["resume.erased", "resume.exported"]);
    expect(audit.find((entry) => entry.action === "resume.erased")?.actorLabel).toMatch(/^api-key:rc_live_/);
    const everything = JSON.stringify(await getDb().auditLog.findMany());
    for (const personal of [CANDIDATE, "quentin.erasable@example.com", "Initech", "Strong Python"])
      expect(everything).not.toContain(personal);
  });
});

describe("upload limits and hostile files", () => {
  it("a raw file over MAX_FILE_SIZE gets 413 with the limit in the message", async () => {
    const jobId = await newJob("Limits");
    const limit = getEnv().MAX_FILE_SIZE;
    const response = await call(upload, {
      method: "POST",
      path: `/api/v1/jobs/${jobId}/resumes`,
      params: { jobId },
      query: { name: "huge.pdf" },
      headers: { ...headers, "content-type": "application/pdf", "content-length": String(limit + 1) },
      body: new Uint8Array(limit + 1),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("PAYLOAD_TOO_LARGE");
    // One byte over must not read "The file is 10 MB; the limit is 10 MB".
    expect(limit).toBe(10 * 1024 * 1024);
    expect(body.error.message).toBe("The file is 10.0 MB (10,485,761 bytes); the limit is 10 MB (10,485,760 bytes) per file.");
  });

  it("more files than MAX_FILES_PER_UPLOAD get 413 with the limit", async () => {
    const jobId = await newJob("Many files");
    const max = getEnv().MAX_FILES_PER_UPLOAD;
    const files = Array.from({ length: max + 1 }, (_, i) => ({ name: `f${i}.txt`, content: `Person ${i}` }));
    const response = await call(upload, {
      method: "POST",
      path: `/api/v1/jobs/${jobId}/resumes`,
      params: { jobId },
      headers,
      body: filesForm(files),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain(String(max));
  });

  it("a JSON body over 1 MB gets 413; malformed JSON gets 400", async () => {
    const big = await call(createJob, { method: "POST", path: "/api/v1/jobs", headers, json: { text: "x".repeat(1024 * 1024 + 10) } });
    expect(big.status).toBe(413);
    const bad = await call(createJob, {
      method: "POST",
      path: "/api/v1/jobs",
      headers: { ...headers, "content-type": "application/json" },
      body: "{not json",
    });
    expect(bad.status).toBe(400);
  });

  it("disguised and empty files are rejected per file with a clear code, and the API keeps answering", async () => {
    const jobId = await newJob("Hostile");
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...new Uint8Array(200)]);
    const zipBomb = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Uint8Array(100)]);
    const response = await call(upload, {
      method: "POST",
      path: `/api/v1/jobs/${jobId}/resumes`,
      params: { jobId },
      headers,
      body: filesForm([
        { name: "resume.pdf", content: exe },
        { name: "empty.txt", content: "" },
        { name: "resume.docx", content: zipBomb },
        { name: "../../etc/passwd.txt", content: RESUME_TEXT.replace("Quentin", "Pat") },
      ]),
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as UploadBody & { files: { fileName: string }[] };
    expect(body.files.slice(0, 3).map((file) => file.status)).toEqual(["rejected", "rejected", "rejected"]);
    for (const file of body.files.slice(0, 3)) expect(file.error?.code).toMatch(/^[A-Z_]+$/);
    expect(body.files[3]?.status).toBe("queued");
    expect(body.files[3]?.fileName).toBe("passwd.txt");
    expect((await call(getJob, { method: "GET", path: `/api/v1/jobs/${jobId}`, params: { jobId }, headers })).status).toBe(200);
  });
});
