import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { SessionUser } from "@/lib/server/auth/session";
import { LocalFileStorage } from "@/lib/server/storage/local-file-storage";
import { eraseResume } from "./erase-resume";
import { getErasureNotice } from "./get-erasure-notice";
import { summarizeCandidateData } from "./summarize-candidate-data";

const tag = randomBytes(4).toString("hex");
const dir = mkdtempSync(path.join(os.tmpdir(), "rc-erasure-"));
const storage = new LocalFileStorage(dir);
let recruiter: SessionUser;
let otherRecruiter: SessionUser;
let resumeId = "";
let storageKey = "";

async function user(label: string): Promise<SessionUser> {
  return getDb().user.create({
    data: { email: `${label}-${tag}@example.com`, name: `${label} ${tag}`, passwordHash: "x", role: "recruiter" },
    select: { id: true, email: true, name: true, role: true },
  });
}

beforeAll(async () => {
  const db = getDb();
  recruiter = await user("eraser");
  otherRecruiter = await user("bystander");
  const bytes = randomBytes(64);
  storageKey = `resumes/er/${tag}`;
  await storage.put(storageKey, bytes);
  const resume = await db.resume.create({
    data: {
      originalName: "quinn.txt",
      mimeType: "text/plain",
      sizeBytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      storageKey,
      text: "Quinn Candidate, quinn@example.com",
      candidateName: "Quinn Candidate",
    },
  });
  resumeId = resume.id;
  // Evaluated for three jobs, with decisions (two in the first) in two of them.
  const decisionsPerJob: ("hold" | "shortlist" | "reject")[][] = [["hold", "shortlist"], ["reject"], []];
  for (const [index, decisions] of decisionsPerJob.entries()) {
    const job = await db.job.create({
      data: { title: `Erasure ${index} ${tag}`, rawText: "job", requirements: {}, ownerId: recruiter.id },
    });
    const evaluation = await db.evaluation.create({ data: { jobId: job.id, resumeId, status: "completed", score: 50, verdict: "medium" } });
    for (const decision of decisions)
      await db.decision.create({
        data: { evaluationId: evaluation.id, reviewerId: recruiter.id, decision },
      });
  }
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("[privacy]: what an erasure removes, before and after", () => {
  it("counts the evaluations (one per job) and decisions about the resume across all jobs", async () => {
    expect(await summarizeCandidateData({ db: getDb(), resumeId })).toEqual({ evaluations: 3, decisions: 3 });
  });

  it("gives no erasure notice before the erasure", async () => {
    expect(await getErasureNotice({ db: getDb(), resumeId, actorId: recruiter.id })).toBeNull();
  });

  it("after the erasure, tells the user who erased what went, and nobody else; nothing is left to count", async () => {
    const actor = { user: recruiter, apiKey: null, ip: "127.0.0.1", requestId: `test-${tag}` };
    const erased = await eraseResume({ db: getDb(), storage, actor, resumeId });
    expect(erased).toMatchObject({ evaluationsDeleted: 3, decisionsDeleted: 3 });
    expect(await storage.exists(storageKey)).toBe(false);

    expect(await getErasureNotice({ db: getDb(), resumeId, actorId: recruiter.id })).toEqual({
      evaluationsDeleted: 3,
      decisionsDeleted: 3,
    });
    expect(await getErasureNotice({ db: getDb(), resumeId, actorId: otherRecruiter.id })).toBeNull();
    expect(await getErasureNotice({ db: getDb(), resumeId: "never-existed", actorId: recruiter.id })).toBeNull();
    expect(await summarizeCandidateData({ db: getDb(), resumeId })).toEqual({ evaluations: 0, decisions: 0 });
  });
});
