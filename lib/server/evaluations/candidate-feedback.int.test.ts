import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { evaluationResultSchema } from "@/lib/engine/score/schema";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { evaluationDetailSchema } from "@/lib/schemas/api-v1";
import type { ShortlistRow } from "@/lib/schemas/shortlist";
import type { SessionUser } from "@/lib/server/auth/session";
import { createJob } from "@/lib/server/jobs/create-job";
import { uploadResumes } from "@/lib/server/resumes/upload-resumes";
import { createInlineRunner } from "@/lib/server/runner/inline-runner";
import { loadShortlistReports } from "@/lib/server/shortlist/shortlist-reports";
import { LocalFileStorage } from "@/lib/server/storage/local-file-storage";
import { getCandidateFeedback } from "./candidate-feedback";
import { getEvaluation } from "./list-evaluations";
import { TEST_JOB_TEXT, testResumeBytes, testResumeText } from "./test-fixtures";

const db = getDb();
const limits = { maxFileBytes: 2 * 1024 * 1024, maxPdfPages: 20 };
// The posting admits candidates working from two countries.
const JOB_TEXT = TEST_JOB_TEXT.replace("· Remote", "· Remote (US or Canada only)");
const NOTE =
  "The posting requires work from the United States or Canada; the resume does not say where the candidate is based — confirm before an interview.";
let storageDir: string;
let storage: LocalFileStorage;
let owner: SessionUser;
let jobId: string;
let ids: string[];

beforeAll(async () => {
  storageDir = await mkdtemp(path.join(tmpdir(), "rc-feedback-"));
  storage = new LocalFileStorage(storageDir);
  owner = await db.user.create({
    data: { email: `feedback-${Date.now()}@example.com`, name: "Feedback Test", passwordHash: "x", role: "recruiter" },
    select: { id: true, email: true, name: true, role: true },
  });
  const job = await createJob({ db, storage, ownerId: owner.id, title: "Data Engineer (two audiences)", text: JOB_TEXT, limits });
  jobId = job.id;
  const { queued } = await uploadResumes({
    db,
    storage,
    jobId,
    files: [
      // Says only "Springfield": the resume does not place the candidate.
      { name: "resume-1.txt", bytes: testResumeBytes(1) },
      // Based in Springfield, IL, named again in the bullet the explanation quotes: what blind review masks there.
      {
        name: "resume-5.txt",
        bytes: new TextEncoder().encode(
          testResumeText(5)
            .replace("Springfield ·", "Springfield, IL ·")
            .replace("- Built pipelines with", "- Springfield hub: built pipelines with"),
        ),
      },
    ],
    limits,
    maxFiles: 5,
    actor: { id: owner.id },
  });
  ids = queued.map((entry) => entry.evaluationId);
  const runner = createInlineRunner({
    deps: { db, storage, limits },
    concurrency: 1,
    maxAttempts: 1,
    leaseMs: 20_000,
    pollMs: 20,
    retryBaseMs: 10,
  });
  runner.start();
  try {
    await vi.waitFor(
      async () => {
        const done = await db.evaluation.count({ where: { id: { in: ids }, status: "completed" } });
        if (done !== 2) throw new Error(`${done} of 2 evaluations completed`);
      },
      { timeout: 60_000, interval: 100 },
    );
  } finally {
    await runner.stop();
  }
});

afterAll(async () => {
  await db.job.deleteMany({ where: { ownerId: owner.id } });
  await db.resume.deleteMany({ where: { uploadedById: owner.id } });
  await rm(storageDir, { recursive: true, force: true });
});

describe("[evaluations]: the manager's explanation and the candidate's feedback, read from stored evaluations", () => {
  it("the API's evaluation carries both as separate fields, next to the unchanged breakdown", async () => {
    const details = await Promise.all(ids.map((evaluationId) => getEvaluation({ db, jobId, evaluationId })));
    for (const detail of details) {
      const parsed = evaluationDetailSchema.parse(detail);
      const breakdown = evaluationResultSchema.parse(parsed.breakdown);
      expect(parsed.candidateFeedback).toEqual(breakdown.feedback);
      expect(parsed.explanation?.headline).toMatch(/^Scores \d+\.\d \((high|medium|low)\)/);
      expect(breakdown.knockouts.map((k) => k.code)).not.toContain("location");
      // No coaching line addressed to the candidate reaches the manager's explanation.
      const lines = Object.values(parsed.explanation ?? {}).flat();
      for (const line of breakdown.feedback) expect(lines).not.toContain(line);
    }
    expect(details[0]?.explanation).not.toEqual(details[1]?.explanation);
    // Issue 11 §4: a restricted posting and a resume that does not place the candidate: a note, never a knockout.
    expect(details[0]?.explanation?.uncertainties).toContain(NOTE);
    // Based in Illinois: inside, nothing to check.
    expect(details[1]?.explanation?.uncertainties).not.toContain(NOTE);
  });

  it("the feedback downloads as a Markdown document addressed to the candidate", async () => {
    const detail = await getEvaluation({ db, jobId, evaluationId: ids[0] ?? "" });
    const document = await getCandidateFeedback({ db, evaluationId: ids[0] ?? "", blind: false });
    expect(document.fileName).toMatch(/^feedback-data-engineer-two-audiences-[a-z0-9]{6}\.md$/);
    expect(document.markdown.startsWith("# Feedback on your application: Data Engineer (two audiences)\n")).toBe(true);
    expect(detail.candidateFeedback?.length).toBeGreaterThan(0);
    for (const line of detail.candidateFeedback ?? []) expect(document.markdown).toContain(`- ${line}`);
  });

  it("in blind review the download masks the candidate's places, as the page does", async () => {
    // Feedback can name where the candidate worked ("your Springfield hub role"); this resume is based in Springfield, IL.
    const id = ids[1] ?? "";
    const row = await db.evaluation.findUniqueOrThrow({ where: { id }, select: { breakdown: true } });
    const breakdown = evaluationResultSchema.parse(row.breakdown);
    const line = "Name the Springfield hub pipelines in your most recent role.";
    await db.evaluation.update({ where: { id }, data: { breakdown: { ...breakdown, feedback: [...breakdown.feedback, line] } } });
    try {
      expect((await getCandidateFeedback({ db, evaluationId: id, blind: false })).markdown).toContain(`- ${line}`);
      const blind = await getCandidateFeedback({ db, evaluationId: id, blind: true });
      expect(blind.markdown).not.toContain("Springfield");
      expect(blind.markdown).toContain("- Name the ███████████ hub pipelines in your most recent role.");
    } finally {
      await db.evaluation.update({ where: { id }, data: { breakdown } });
    }
  });

  it("refuses an unknown or unfinished evaluation with a plain message", async () => {
    await expect(getCandidateFeedback({ db, evaluationId: "doesnotexist", blind: false })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { queued } = await uploadResumes({
      db,
      storage,
      jobId,
      files: [{ name: "resume-9.txt", bytes: testResumeBytes(9) }],
      limits,
      maxFiles: 5,
      actor: { id: owner.id },
    });
    const pending = getCandidateFeedback({ db, evaluationId: queued[0]?.evaluationId ?? "", blind: false });
    await expect(pending).rejects.toBeInstanceOf(AppError);
    await expect(pending).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("the shortlist export gets both texts per row; blind export masks the candidate's city", async () => {
    const rows = ids.map((evaluationId) => ({ evaluationId }) as ShortlistRow);
    const reports = await loadShortlistReports({ db, jobId, rows, blind: false });
    for (const id of ids) {
      expect(reports.get(id)?.explanation).toMatch(/^Scores \d+\.\d/);
      expect(reports.get(id)?.candidateFeedback.startsWith("• ")).toBe(true);
    }
    expect(reports.get(ids[0] ?? "")?.explanation).toContain("To check: The posting requires work from the United States or");
    expect(reports.get(ids[1] ?? "")?.explanation).toContain("“Springfield hub: built pipelines with");
    const blind = await loadShortlistReports({ db, jobId, rows, blind: true });
    expect(blind.get(ids[1] ?? "")?.explanation).not.toContain("Springfield");
    expect(blind.get(ids[1] ?? "")?.explanation).toContain("“███████████ hub: built pipelines with");
  });
});
