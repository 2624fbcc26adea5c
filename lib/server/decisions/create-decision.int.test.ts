import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createBulkDecisionBodySchema } from "@/lib/schemas/decisions";
import { createBulkDecisions } from "./create-decision";

const tag = randomBytes(4).toString("hex");
let jobId = "";
let otherJobId = "";
let reviewerId = "";
const ev = (n: number) => `bd-${tag}-e${n}`;

beforeAll(async () => {
  const db = getDb();
  reviewerId = (
    await db.user.create({ data: { email: `bd-${tag}@example.com`, name: "Bulk Reviewer", passwordHash: "x", role: "hiring_manager" } })
  ).id;
  jobId = (await db.job.create({ data: { title: `Bulk ${tag}`, rawText: "job", requirements: {}, ownerId: reviewerId } })).id;
  otherJobId = (await db.job.create({ data: { title: `Other ${tag}`, rawText: "job", requirements: {}, ownerId: reviewerId } })).id;
  const rows = [
    { job: jobId, status: "completed" },
    { job: jobId, status: "completed" },
    { job: jobId, status: "queued" },
    { job: otherJobId, status: "completed" },
  ] as const;
  for (const [i, row] of rows.entries()) {
    const resume = await db.resume.create({
      data: {
        originalName: `bulk-${i}.txt`,
        mimeType: "text/plain",
        sizeBytes: 1,
        sha256: randomBytes(32).toString("hex"),
        storageKey: `resumes/bd/${tag}-${i}`,
      },
    });
    await db.evaluation.create({ data: { id: ev(i), jobId: row.job, resumeId: resume.id, status: row.status } });
  }
});

const body = (evaluationIds: string[]) =>
  createBulkDecisionBodySchema.parse({ jobId, evaluationIds, decision: "reject", note: "Not enough SQL for this role." });

describe("createBulkDecisions", () => {
  it("records one decision and one audit entry per selected candidate, with the shared note", async () => {
    const db = getDb();
    await expect(createBulkDecisions({ db, body: body([ev(0), ev(1), ev(0)]), reviewerId })).resolves.toEqual({ count: 2 });
    const decisions = await db.decision.findMany({ where: { evaluationId: { in: [ev(0), ev(1)] } } });
    expect(decisions.map((d) => [d.evaluationId, d.decision, d.note]).sort()).toEqual([
      [ev(0), "reject", "Not enough SQL for this role."],
      [ev(1), "reject", "Not enough SQL for this role."],
    ]);
    const audit = await db.auditLog.findMany({ where: { action: "decision.created", targetId: { in: [ev(0), ev(1)] } } });
    expect(audit).toHaveLength(2);
    expect(audit.every((entry) => entry.actorId === reviewerId)).toBe(true);
  });

  it("decides on none when one selected evaluation is not completed or belongs to another job", async () => {
    const db = getDb();
    await expect(createBulkDecisions({ db, body: body([ev(1), ev(2)]), reviewerId })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(createBulkDecisions({ db, body: body([ev(1), ev(3)]), reviewerId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.decision.count({ where: { evaluationId: { in: [ev(2), ev(3)] } } })).toBe(0);
    expect(await db.decision.count({ where: { evaluationId: ev(1) } })).toBe(1);
  });

  it("refuses a bulk decision without a chosen decision, with a message saying what to do", () => {
    const parsed = createBulkDecisionBodySchema.safeParse({ jobId, evaluationIds: [ev(0)], note: "note only" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("Choose a decision (Shortlist, Hold or Reject) before saving.");
  });
});
