import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/schemas/auth";
import { eraseResume } from "@/lib/server/privacy/erase-resume";
import type { RequestActor } from "@/lib/server/request-actor";
import { LocalFileStorage } from "@/lib/server/storage/local-file-storage";
import { createScriptPrismaClient } from "@/scripts/lib/prisma-client";
import { createTestDatabase } from "@/test/database";
import { listShortlistQuerySchema } from "@/lib/schemas/shortlist";
import { listShortlist } from "@/lib/server/shortlist/list-shortlist";
import { countPastCandidates, findPastCandidates } from "./find-past-candidates";

// A database of its own: rediscovery looks at every stored resume, so resumes
// other integration files leave behind would change the counts.

const DAY = 86_400_000;
let db: PrismaClient;
let storage: LocalFileStorage;
let cleanup: () => Promise<void> = async () => undefined;
const ids = { jobA: "", jobB: "", jobClosed: "", r1: "", r2: "", r3: "", failed: "", erased: "", expired: "" };
const actors: Record<Role, RequestActor> = {} as Record<Role, RequestActor>;

async function resume(label: string, data: { parseStatus?: "parsed" | "failed"; createdAt?: Date } = {}) {
  const bytes = randomBytes(32);
  const storageKey = `resumes/${label}-${bytes.toString("hex")}`;
  await storage.put(storageKey, bytes);
  const row = await db.resume.create({
    data: {
      originalName: `${label}.txt`,
      mimeType: "text/plain",
      sizeBytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      storageKey,
      candidateName: label,
      parseStatus: data.parseStatus ?? "parsed",
      createdAt: data.createdAt,
    },
  });
  return row.id;
}

async function evaluated(jobId: string, resumeId: string, status: "completed" | "failed" = "completed") {
  await db.evaluation.create({ data: { jobId, resumeId, status, ...(status === "completed" ? { score: 50, verdict: "medium" } : {}) } });
}

beforeAll(async () => {
  const database = await createTestDatabase("rediscover");
  db = createScriptPrismaClient(database.url);
  const dir = await mkdtemp(path.join(tmpdir(), "rc-rediscover-"));
  storage = new LocalFileStorage(dir);
  cleanup = async () => {
    await db.$disconnect();
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  };
  for (const role of ["admin", "recruiter", "hiring_manager"] as const) {
    const user = await db.user.create({
      data: { email: `${role}@example.com`, name: role, passwordHash: "x", role },
      select: { id: true, email: true, name: true, role: true },
    });
    actors[role] = { user, apiKey: null, ip: null, requestId: `req-${role}` };
  }
  const ownerId = actors.recruiter.user.id;
  const job = (title: string, closedDaysAgo?: number) =>
    db.job.create({
      data: {
        title,
        rawText: title,
        requirements: {},
        ownerId,
        ...(closedDaysAgo ? { status: "closed" as const, closedAt: new Date(Date.now() - closedDaysAgo * DAY) } : {}),
      },
    });
  ids.jobA = (await job("First job")).id;
  ids.jobB = (await job("Second job")).id;
  ids.jobClosed = (await job("Old closed job", 400)).id;
  ids.r1 = await resume("r1");
  ids.r2 = await resume("r2");
  ids.r3 = await resume("r3");
  ids.failed = await resume("unreadable", { parseStatus: "failed" });
  ids.erased = await resume("erased");
  ids.expired = await resume("expired", { createdAt: new Date(Date.now() - 400 * DAY) });
  for (const id of [ids.r1, ids.r2, ids.erased]) await evaluated(ids.jobA, id);
  await evaluated(ids.jobA, ids.failed, "failed");
  await evaluated(ids.jobB, ids.r3);
  await evaluated(ids.jobClosed, ids.expired);
  await eraseResume({ db, storage, actor: actors.admin, resumeId: ids.erased });
});

afterAll(async () => {
  await cleanup();
});

describe("findPastCandidates", () => {
  it("counts and queues only the resumes missing for the job, skipping erased, unreadable and retention-expired ones", async () => {
    const scope = { db, jobId: ids.jobB, retentionDays: 365, actor: actors.recruiter };
    expect(await countPastCandidates(scope)).toEqual({ count: 2 });
    // Without a retention period nothing expires: the old resume counts too.
    expect(await countPastCandidates({ ...scope, retentionDays: undefined })).toEqual({ count: 3 });

    const dispatched: { ids: string[]; reason: string }[] = [];
    const result = await findPastCandidates({
      ...scope,
      dispatch: async (evaluationIds, reason) => {
        dispatched.push({ ids: evaluationIds, reason });
        return { sent: evaluationIds.length, unsent: 0 };
      },
    });
    expect(result.queued).toBe(2);
    const rows = await db.evaluation.findMany({
      where: { jobId: ids.jobB },
      select: { id: true, resumeId: true, status: true, source: true, requestId: true },
    });
    const byResume = new Map(rows.map((row) => [row.resumeId, row]));
    expect([...byResume.keys()].sort()).toEqual([ids.r1, ids.r2, ids.r3].sort());
    expect(byResume.get(ids.r3)).toMatchObject({ status: "completed", source: "upload" });
    for (const id of [ids.r1, ids.r2])
      expect(byResume.get(id)).toMatchObject({ status: "queued", source: "rediscovery", requestId: "req-recruiter" });
    expect(dispatched).toEqual([
      { ids: expect.arrayContaining([byResume.get(ids.r1)?.id, byResume.get(ids.r2)?.id]), reason: "rediscover" },
    ]);
    expect(dispatched[0]?.ids).toHaveLength(2);
    // The first job's own evaluations are untouched.
    expect(await db.evaluation.count({ where: { jobId: ids.jobA } })).toBe(3);
  });

  it("is idempotent: a second run queues nothing and the audit log holds one entry", async () => {
    const again = await findPastCandidates({
      db,
      jobId: ids.jobB,
      retentionDays: 365,
      actor: actors.admin,
      dispatch: async () => ({ sent: 0, unsent: 0 }),
    });
    expect(again.queued).toBe(0);
    expect(await countPastCandidates({ db, jobId: ids.jobB, retentionDays: 365, actor: actors.admin })).toEqual({ count: 0 });
    expect(await db.evaluation.count({ where: { jobId: ids.jobB } })).toBe(3);
    const audit = await db.auditLog.findMany({ where: { action: "job.past-candidates-queued" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: actors.recruiter.user.id, targetType: "job", targetId: ids.jobB, metadata: { queued: 2 } });
  });

  it("refuses hiring managers and closed or unknown jobs without queueing anything", async () => {
    const before = await db.evaluation.count();
    await expect(findPastCandidates({ db, jobId: ids.jobA, actor: actors.hiring_manager })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(countPastCandidates({ db, jobId: ids.jobA, actor: actors.hiring_manager })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(findPastCandidates({ db, jobId: ids.jobClosed, actor: actors.recruiter })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(findPastCandidates({ db, jobId: "no-such-job", actor: actors.recruiter })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.evaluation.count()).toBe(before);
  });

  it("once evaluated, the shortlist's source filter separates past candidates from the job's own uploads", async () => {
    await db.evaluation.updateMany({
      where: { jobId: ids.jobB, status: "queued" },
      data: { status: "completed", score: 60, verdict: "medium" },
    });
    const names = async (source?: string) =>
      (await listShortlist({ db, jobId: ids.jobB, query: listShortlistQuerySchema.parse({ source }) })).items
        .map((row) => row.candidateName)
        .sort();
    expect(await names("rediscovery")).toEqual(["r1", "r2"]);
    expect(await names("upload")).toEqual(["r3"]);
    expect(await names()).toEqual(["r1", "r2", "r3"]);
    // A value from a hand-edited link is dropped, not an error.
    expect(await names("elsewhere")).toEqual(["r1", "r2", "r3"]);
  });
});
