import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createScriptPrismaClient } from "@/scripts/lib/prisma-client";
import { LocalFileStorage } from "@/lib/server/storage/local-file-storage";
import { eraseClosedJobResumes } from "./erase-closed-job-resumes";

const DAY = 86_400_000;
const db = createScriptPrismaClient(process.env.DATABASE_URL ?? "");
const dir = mkdtempSync(path.join(os.tmpdir(), "rc-retention-"));
const storage = new LocalFileStorage(dir);

afterAll(async () => {
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

async function resume(label: string) {
  const bytes = randomBytes(64);
  const storageKey = `resumes/rt/${label}-${randomBytes(4).toString("hex")}`;
  await storage.put(storageKey, bytes);
  return db.resume.create({
    data: {
      originalName: `${label}.txt`,
      mimeType: "text/plain",
      sizeBytes: 64,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      storageKey,
      text: "Jane Candidate, jane@example.com",
      candidateName: "Jane Candidate",
    },
  });
}

describe("[retention]: resumes of jobs closed longer than the period are erased", () => {
  it("erases only resumes whose every job closed before the cutoff", async () => {
    const now = new Date();
    const owner = await db.user.create({
      data: { email: `owner-${randomBytes(4).toString("hex")}@example.com`, name: "Owner", passwordHash: "x", role: "recruiter" },
    });
    const job = (title: string, closedDaysAgo: number | null) =>
      db.job.create({
        data: {
          title,
          rawText: "SQL",
          requirements: {},
          ownerId: owner.id,
          status: closedDaysAgo === null ? "open" : "closed",
          closedAt: closedDaysAgo === null ? null : new Date(now.getTime() - closedDaysAgo * DAY),
        },
      });
    const [oldClosed, recentClosed, open] = [await job("old", 40), await job("recent", 5), await job("open", null)];
    const onlyOld = await resume("only-old");
    const oldAndRecent = await resume("old-recent");
    const oldAndOpen = await resume("old-open");
    const noJobs = await resume("none");
    const evaluate = (jobId: string, resumeId: string) =>
      db.evaluation.create({ data: { jobId, resumeId, status: "completed", score: 50 } });
    const e1 = await evaluate(oldClosed.id, onlyOld.id);
    await db.decision.create({ data: { evaluationId: e1.id, reviewerId: owner.id, decision: "reject" } });
    await evaluate(oldClosed.id, oldAndRecent.id);
    await evaluate(recentClosed.id, oldAndRecent.id);
    await evaluate(oldClosed.id, oldAndOpen.id);
    await evaluate(open.id, oldAndOpen.id);

    const dry = await eraseClosedJobResumes({ db, storage, retentionDays: 30, now, dryRun: true });
    expect(dry.erased).toBe(1);
    expect(await db.resume.count({ where: { id: onlyOld.id } })).toBe(1);

    const report = await eraseClosedJobResumes({ db, storage, retentionDays: 30, now, batchSize: 1 });
    expect(report).toMatchObject({ erased: 1, filesDeleted: 1 });
    expect(await db.resume.findUnique({ where: { id: onlyOld.id } })).toBeNull();
    expect(await db.evaluation.count({ where: { resumeId: onlyOld.id } })).toBe(0);
    expect(await db.decision.count({ where: { evaluationId: e1.id } })).toBe(0);
    expect(await storage.exists(onlyOld.storageKey)).toBe(false);
    for (const kept of [oldAndRecent, oldAndOpen, noJobs]) {
      expect(await db.resume.count({ where: { id: kept.id } })).toBe(1);
      expect(await storage.exists(kept.storageKey)).toBe(true);
    }
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "resumes.retention-erased" }, orderBy: { createdAt: "desc" } });
    expect(JSON.stringify(audit)).not.toMatch(/Jane|jane@example/);

    // A month later the recently closed job has passed the period too.
    const later = await eraseClosedJobResumes({ db, storage, retentionDays: 30, now: new Date(now.getTime() + 30 * DAY) });
    expect(later.erased).toBeGreaterThanOrEqual(1);
    expect(await db.resume.count({ where: { id: oldAndRecent.id } })).toBe(0);
    expect(await db.resume.count({ where: { id: oldAndOpen.id } })).toBe(1);
  });
});
