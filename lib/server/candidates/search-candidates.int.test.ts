import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { searchCandidatesQuerySchema } from "@/lib/schemas/candidates";
import { createScriptPrismaClient } from "@/scripts/lib/prisma-client";
import { createTestDatabase } from "@/test/database";
import { searchCandidates } from "./search-candidates";

// A database of its own: the search covers every stored resume.
let db: PrismaClient;
let cleanup: () => Promise<void> = async () => undefined;
let jobId = "";

async function resume(name: string, profile: object | null) {
  const bytes = randomBytes(16);
  const row = await db.resume.create({
    data: {
      originalName: `${name.toLowerCase().replace(/ /g, "-")}.pdf`,
      mimeType: "application/pdf",
      sizeBytes: 16,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      storageKey: `resumes/${bytes.toString("hex")}`,
      candidateName: name,
      parseStatus: profile ? "parsed" : "pending",
      ...(profile ? { profile } : {}),
    },
  });
  return row.id;
}

beforeAll(async () => {
  const database = await createTestDatabase("candidates");
  db = createScriptPrismaClient(database.url);
  cleanup = async () => {
    await db.$disconnect();
    await database.drop();
  };
  const owner = await db.user.create({ data: { email: "r@example.com", name: "R", passwordHash: "x", role: "recruiter" } });
  jobId = (await db.job.create({ data: { title: "Data Engineer", rawText: "x", requirements: {}, ownerId: owner.id } })).id;
  const ana = await resume("Ana Alvarez", {
    headline: "Data Engineer",
    contact: { location: "Berlin, Germany" },
    skills: [{ id: "python", name: "Python" }],
    experience: [{ title: "Senior Spark Developer" }],
    totalYearsExperience: 6,
  });
  await resume("Ben Brown", { headline: "Nurse", contact: { location: "Leeds" }, skills: [], experience: [{ title: "Ward Nurse" }] });
  await resume("Chen Cohen", null);
  await db.evaluation.create({ data: { jobId, resumeId: ana, status: "completed", score: 81 } });
});

afterAll(async () => {
  await cleanup();
});

describe("searchCandidates", () => {
  const names = async (raw: Record<string, string>) =>
    (await searchCandidates({ db, role: "recruiter", query: searchCandidatesQuerySchema.parse(raw) })).items
      .map((row) => row.candidateName)
      .sort();

  it("finds candidates by name, skill, title (headline or any experience title) and location", async () => {
    expect(await names({})).toEqual(["Ana Alvarez", "Ben Brown", "Chen Cohen"]);
    expect(await names({ name: "ben" })).toEqual(["Ben Brown"]);
    expect(await names({ skill: "python" })).toEqual(["Ana Alvarez"]);
    expect(await names({ title: "spark developer" })).toEqual(["Ana Alvarez"]);
    expect(await names({ title: "nurse" })).toEqual(["Ben Brown"]);
    expect(await names({ location: "berlin" })).toEqual(["Ana Alvarez"]);
    expect(await names({ location: "berlin", title: "nurse" })).toEqual([]);
    // LIKE wildcards are taken literally.
    expect(await names({ name: "%" })).toEqual([]);
  });

  it("links each result to its evaluations with their scores", async () => {
    const result = await searchCandidates({ db, role: "admin", query: searchCandidatesQuerySchema.parse({ name: "Ana" }) });
    expect(result.total).toBe(1);
    expect(result.items[0]?.evaluations).toEqual([
      expect.objectContaining({ jobId, jobTitle: "Data Engineer", score: 81, status: "completed" }),
    ]);
  });

  it("is for recruiters and admins only", async () => {
    await expect(searchCandidates({ db, role: "hiring_manager", query: searchCandidatesQuerySchema.parse({}) })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
