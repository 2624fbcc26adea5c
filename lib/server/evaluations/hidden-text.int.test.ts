import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePdf } from "@/lib/engine/extract/test-fixtures";
import { evaluationResultSchema } from "@/lib/engine/score/schema";
import { resumeProfileSchema } from "@/lib/engine/types";
import { getDb } from "@/lib/db";
import { evaluationDetailSchema } from "@/lib/schemas/api-v1";
import type { SessionUser } from "@/lib/server/auth/session";
import { createJob } from "@/lib/server/jobs/create-job";
import { eraseResume } from "@/lib/server/privacy/erase-resume";
import { exportCandidate } from "@/lib/server/privacy/export-candidate";
import { uploadResumes } from "@/lib/server/resumes/upload-resumes";
import { ComputeWorker, type EvaluationCompute } from "@/lib/server/runner/compute-pool";
import { createInlineRunner } from "@/lib/server/runner/inline-runner";
import { LocalFileStorage } from "@/lib/server/storage/local-file-storage";
import { getEvaluation } from "./list-evaluations";
import { TEST_JOB_TEXT } from "./test-fixtures";

const db = getDb();
const limits = { maxFileBytes: 2 * 1024 * 1024, maxPdfPages: 20 };
// Required or preferred by TEST_JOB_TEXT, and nowhere in the visible text below.
const HIDDEN_SKILLS = ["Apache Spark", "Airflow", "Kafka", "dbt", "Terraform"];
let storageDir: string;
let storage: LocalFileStorage;
let owner: SessionUser;
const worker = new ComputeWorker();

beforeAll(async () => {
  storageDir = await mkdtemp(path.join(tmpdir(), "rc-hidden-"));
  storage = new LocalFileStorage(storageDir);
  owner = await db.user.create({
    data: { email: `hidden-${Date.now()}@example.com`, name: "Hidden Text Test", passwordHash: "x", role: "recruiter" },
    select: { id: true, email: true, name: true, role: true },
  });
});

afterAll(async () => {
  await worker.destroy();
  await db.job.deleteMany({ where: { ownerId: owner.id } });
  await db.resume.deleteMany({ where: { uploadedById: owner.id } });
  await rm(storageDir, { recursive: true, force: true });
});

/** A plain resume, with (`hidden`) or without the job's skills written in white 1-pt type between two visible lines. */
function resumePdf(tag: string, hidden: boolean): Promise<Uint8Array> {
  return makePdf((doc) => {
    doc.fontSize(12).fillColor("black").text(`Morgan Hidden-${tag}`);
    doc.text(`morgan.${tag}@example.com`);
    doc.moveDown().text("Experience");
    doc.text("Data Engineer, Example Corp");
    doc.text("Jan 2019 – Present");
    doc.text("- Built reporting pipelines in Python and SQL for 120 stores.");
    if (hidden) doc.fillColor("#ffffff").fontSize(1).text(HIDDEN_SKILLS.join(", "));
    doc.fillColor("black").fontSize(12).moveDown().text("Education");
    doc.text("B.S. Computer Science, State University, 2018");
  });
}

/** Uploads the resume with and without the hidden line to one job and runs both through the real pipeline. */
async function evaluateUpload(tag: string, compute: EvaluationCompute | undefined) {
  const job = await createJob({ db, storage, ownerId: owner.id, title: `Data Engineer ${tag}`, text: TEST_JOB_TEXT, limits });
  const { queued } = await uploadResumes({
    db,
    storage,
    jobId: job.id,
    files: [
      { name: "morgan.pdf", bytes: await resumePdf(tag, true) },
      { name: "morgan-plain.pdf", bytes: await resumePdf(tag, false) },
    ],
    limits,
    maxFiles: 5,
    actor: { id: owner.id },
  });
  const ids = queued.map((entry) => entry.evaluationId);
  if (ids.length !== 2) throw new Error("the PDFs were not queued");
  const runner = createInlineRunner({
    deps: { db, storage, limits, compute },
    concurrency: 1,
    maxAttempts: 1,
    leaseMs: 20_000,
    pollMs: 20,
    retryBaseMs: 10,
  });
  runner.start();
  try {
    await expect
      .poll(async () => db.evaluation.count({ where: { id: { in: ids }, status: "completed" } }), { timeout: 60_000, interval: 100 })
      .toBe(2);
  } finally {
    await runner.stop();
  }
  const [row, plain] = await Promise.all(ids.map((id) => db.evaluation.findUniqueOrThrow({ where: { id }, include: { resume: true } })));
  if (!row || !plain) throw new Error("evaluations missing");
  return {
    row,
    profile: resumeProfileSchema.parse(row.resume.profile),
    result: evaluationResultSchema.parse(row.breakdown),
    plain: evaluationResultSchema.parse(plain.breakdown),
    plainRow: plain,
  };
}

describe("[pipeline]: text a reader cannot see", () => {
  for (const [label, compute] of [
    ["in-thread", undefined],
    ["in the compute worker", worker],
  ] as const) {
    it(`stores the hidden-text report, puts it on the profile and does not score the hidden words (${label})`, async () => {
      const { row, profile, result, plain } = await evaluateUpload(label.replace(/\W+/g, "-"), compute);
      expect(row.resume.text).toContain("Python and SQL");
      for (const skill of HIDDEN_SKILLS) expect(row.resume.text).not.toContain(skill);
      // White and 1-pt at once: the report names whichever rule caught it.
      expect(row.resume.hiddenText).toMatchObject({
        chars: expect.any(Number),
        reasons: [expect.stringMatching(/^(background-colour|tiny-font)$/)],
      });
      expect(profile.hiddenText?.chars).toBeGreaterThan(0);
      expect(profile.hiddenText?.sample).toContain("Airflow");
      // The hidden words change nothing: the same resume without them scores the same, and no evidence quotes them.
      expect(result.score).toBe(plain.score);
      const names = (r: typeof result) => [...r.matchedMustHave, ...r.matchedNiceToHave].map((skill) => skill.name);
      expect(names(result)).toEqual(names(plain));
      expect(result.relatedSkills).toEqual(plain.relatedSkills);
      const evidence = [...result.matchedMustHave, ...result.matchedNiceToHave].flatMap((skill) => skill.evidence.map((e) => e.snippet));
      expect(evidence.join(" | ")).toContain("Python");
      for (const skill of HIDDEN_SKILLS) expect(evidence.join(" | ")).not.toContain(skill);
      expect(result.missingNiceToHave.map((skill) => skill.name)).toEqual(expect.arrayContaining(["Apache Kafka", "Terraform"]));
    }, 90_000);
  }

  it("reports hidden text in the API's evaluation, exports it with the candidate's data, and erasure removes it", async () => {
    const { row, plainRow } = await evaluateUpload("export", undefined);
    const detail = evaluationDetailSchema.parse(await getEvaluation({ db, jobId: row.jobId, evaluationId: row.id }));
    expect(detail.hiddenText).toMatchObject({ chars: expect.any(Number), sample: expect.stringContaining("Terraform") });
    expect(detail.hiddenText?.chars).toBeGreaterThan(0);
    expect((await getEvaluation({ db, jobId: plainRow.jobId, evaluationId: plainRow.id })).hiddenText).toBeNull();
    const actor = { user: owner, apiKey: null, ip: "127.0.0.1", requestId: "test-hidden-export" };
    const exported = await exportCandidate({ db, actor, resumeId: row.resumeId });
    expect(exported.resume.hiddenText).toMatchObject({ chars: expect.any(Number), sample: expect.stringContaining("Kafka") });
    await eraseResume({ db, storage, actor, resumeId: row.resumeId });
    expect(await db.resume.findUnique({ where: { id: row.resumeId } })).toBeNull();
  }, 90_000);
});
