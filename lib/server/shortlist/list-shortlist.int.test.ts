import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createDecisionBodySchema } from "@/lib/schemas/decisions";
import { listShortlistQuerySchema } from "@/lib/schemas/shortlist";
import { createDecision } from "@/lib/server/decisions/create-decision";
import { listDecisions } from "@/lib/server/decisions/list-decisions";
import { listShortlist, listShortlistForExport } from "./list-shortlist";

const tag = randomBytes(4).toString("hex");
let jobId = "";
let reviewerId = "";
const ev = (n: number) => `sl-${tag}-e${n}`;

// Five candidates: name, score, verdict, years, location, skills, missing must-haves.
const PEOPLE = [
  { name: "Ada Stone", score: 88.5, verdict: "high", years: 9, location: "Austin, TX", skills: ["python", "sql"], missing: [] },
  { name: "Ben Cruz", score: 71, verdict: "high", years: 4, location: "Denver, CO", skills: ["python"], missing: ["sql"] },
  { name: "Cleo Park", score: 55.2, verdict: "medium", years: 2, location: "Austin, TX", skills: ["sql", "tableau"], missing: ["python"] },
  { name: "Dev Rao", score: 30, verdict: "low", years: 1, location: null, skills: [], missing: ["python", "sql"] },
  { name: "Eve Lund", score: 12.4, verdict: "low", years: 0.5, location: "Oslo", skills: ["microsoft-excel"], missing: ["python", "sql"] },
] as const;

const NAMES: Record<string, string> = { python: "Python", sql: "SQL", tableau: "Tableau", "microsoft-excel": "Microsoft Excel" };

beforeAll(async () => {
  const db = getDb();
  const user = await db.user.create({
    data: { email: `sl-${tag}@example.com`, name: "Shortlist Reviewer", passwordHash: "x", role: "hiring_manager" },
  });
  reviewerId = user.id;
  const job = await db.job.create({ data: { title: `Shortlist ${tag}`, rawText: "job", requirements: {}, ownerId: user.id } });
  jobId = job.id;
  for (const [i, person] of PEOPLE.entries()) {
    const resume = await db.resume.create({
      data: {
        originalName: `${person.name.split(" ")[0]}.pdf`,
        mimeType: "application/pdf",
        sizeBytes: 1,
        sha256: randomBytes(32).toString("hex"),
        storageKey: `resumes/sl/${tag}-${i}`,
        candidateName: person.name,
        parseStatus: "parsed",
        profile: {
          totalYearsExperience: person.years,
          contact: { location: person.location },
          skills: person.skills.map((id) => ({ id, name: NAMES[id] })),
        } as Prisma.InputJsonValue,
      },
    });
    await db.evaluation.create({
      data: {
        id: ev(i),
        jobId,
        resumeId: resume.id,
        status: "completed",
        score: person.score,
        verdict: person.verdict,
        breakdown: {
          matchedMustHave: person.skills.map((id) => ({ id, name: NAMES[id] })),
          missingMustHave: person.missing.map((id) => ({ id, name: NAMES[id] })),
        } as Prisma.InputJsonValue,
      },
    });
  }
  // A queued evaluation never shows on the shortlist.
  const queuedResume = await db.resume.create({
    data: {
      originalName: "q.pdf",
      mimeType: "application/pdf",
      sizeBytes: 1,
      sha256: randomBytes(32).toString("hex"),
      storageKey: `resumes/sl/${tag}-q`,
    },
  });
  await db.evaluation.create({ data: { jobId, resumeId: queuedResume.id } });
});

async function names(raw: Record<string, string>): Promise<string[]> {
  const page = await listShortlist({ db: getDb(), jobId, query: listShortlistQuerySchema.parse(raw) });
  return page.items.map((row) => row.candidateName ?? "");
}

describe("[shortlist]: filters, sort and pagination", () => {
  it("ranks completed evaluations by score, best first", async () => {
    expect(await names({})).toEqual(["Ada Stone", "Ben Cruz", "Cleo Park", "Dev Rao", "Eve Lund"]);
  });

  it("filters by verdict, minimum score, years, location, skills and text", async () => {
    expect(await names({ verdict: "low" })).toEqual(["Dev Rao", "Eve Lund"]);
    expect(await names({ minScore: "55.2" })).toEqual(["Ada Stone", "Ben Cruz", "Cleo Park"]);
    expect(await names({ minYears: "3" })).toEqual(["Ada Stone", "Ben Cruz"]);
    expect(await names({ location: "austin" })).toEqual(["Ada Stone", "Cleo Park"]);
    expect(await names({ hasSkill: "SQL" })).toEqual(["Ada Stone", "Cleo Park"]);
    expect(await names({ hasSkill: "tableau" })).toEqual(["Cleo Park"]);
    expect(await names({ missingSkill: "python" })).toEqual(["Cleo Park", "Dev Rao", "Eve Lund"]);
    expect(await names({ q: "lund" })).toEqual(["Eve Lund"]);
    expect(await names({ q: "excel" })).toEqual(["Eve Lund"]);
    expect(await names({ q: "100%_" })).toEqual([]);
    expect(await names({ verdict: "", minScore: "", hasSkill: "" })).toHaveLength(5);
  });

  it("sorts by any column in either direction and pages on the server", async () => {
    expect(await names({ sort: "name", dir: "desc" })).toEqual(["Eve Lund", "Dev Rao", "Cleo Park", "Ben Cruz", "Ada Stone"]);
    expect(await names({ sort: "years", dir: "asc" })).toEqual(["Eve Lund", "Dev Rao", "Cleo Park", "Ben Cruz", "Ada Stone"]);
    expect((await names({ sort: "location" }))[4]).toBe("Dev Rao");
    const page2 = await listShortlist({ db: getDb(), jobId, query: listShortlistQuerySchema.parse({ pageSize: "10", page: "1" }) });
    expect(page2).toMatchObject({ total: 5, pageCount: 1 });
    const past = await listShortlist({ db: getDb(), jobId, query: listShortlistQuerySchema.parse({ pageSize: "10", page: "3" }) });
    expect(past).toMatchObject({ items: [], total: 5 });
  });

  it("shows the latest decision, filters by it, and keeps the history with who and when", async () => {
    const db = getDb();
    await createDecision({ db, body: createDecisionBodySchema.parse({ jobId, evaluationId: ev(2), decision: "hold" }), reviewerId });
    await createDecision({
      db,
      body: createDecisionBodySchema.parse({ jobId, evaluationId: ev(2), decision: "shortlist", note: "Great SQL" }),
      reviewerId,
    });
    expect(await names({ decision: "shortlist" })).toEqual(["Cleo Park"]);
    expect(await names({ decision: "hold" })).toEqual([]);
    expect(await names({ decision: "none" })).toHaveLength(4);
    expect((await names({ sort: "decision" }))[0]).toBe("Cleo Park");
    const rows = await listShortlistForExport({ db, jobId, query: listShortlistQuerySchema.parse({ decision: "shortlist" }) });
    expect(rows[0]).toMatchObject({ decision: "shortlist", decisionNote: "Great SQL", decidedBy: "Shortlist Reviewer" });
    const history = await listDecisions({ db, jobId, evaluationId: ev(2) });
    expect(history.map((entry) => entry.decision)).toEqual(["shortlist", "hold"]);
    expect(history[0]).toMatchObject({ note: "Great SQL", reviewerName: "Shortlist Reviewer" });
    const audit = await db.auditLog.count({ where: { action: "decision.created", targetId: ev(2) } });
    expect(audit).toBe(2);
  });

  it("refuses a decision for an evaluation of another job", async () => {
    const body = createDecisionBodySchema.parse({ jobId: "another-job", evaluationId: ev(0), decision: "reject" });
    await expect(createDecision({ db: getDb(), body, reviewerId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("[shortlist]: an undated resume's estimated years", () => {
  it("shows, sorts and filters by the estimate, marked as estimated, instead of 0", async () => {
    const db = getDb();
    const job = await db.job.create({ data: { title: `Undated ${tag}`, rawText: "job", requirements: {}, ownerId: reviewerId } });
    const people = [
      { name: "Dated Dana", profile: { totalYearsExperience: 4 } },
      { name: "Undated Uma", profile: { totalYearsExperience: 0, estimatedYears: 10 } },
    ];
    for (const [i, person] of people.entries()) {
      const resume = await db.resume.create({
        data: {
          originalName: `${tag}-u${i}.pdf`,
          mimeType: "application/pdf",
          sizeBytes: 1,
          sha256: randomBytes(32).toString("hex"),
          storageKey: `resumes/sl/${tag}-u${i}`,
          candidateName: person.name,
          parseStatus: "parsed",
          profile: person.profile as Prisma.InputJsonValue,
        },
      });
      await db.evaluation.create({
        data: { jobId: job.id, resumeId: resume.id, status: "completed", score: 50 - i, verdict: "medium", breakdown: {} },
      });
    }
    const list = async (raw: Record<string, string>) =>
      (await listShortlist({ db, jobId: job.id, query: listShortlistQuerySchema.parse(raw) })).items;
    const rows = await list({ sort: "years" });
    expect(rows.map((row) => [row.candidateName, row.years, row.yearsEstimated])).toEqual([
      ["Undated Uma", 10, true],
      ["Dated Dana", 4, false],
    ]);
    expect((await list({ minYears: "8" })).map((row) => row.candidateName)).toEqual(["Undated Uma"]);
  });
});
