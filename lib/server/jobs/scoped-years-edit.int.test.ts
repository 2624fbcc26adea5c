import { describe, expect, it } from "vitest";
import { evaluationResultSchema } from "@/lib/engine/score/schema";
import { jobRequirementsSchema } from "@/lib/engine/types";
import { rescoreStaleEvaluations } from "@/lib/server/evaluations/rescore-evaluations";
import { testResumeBytes } from "@/lib/server/evaluations/test-fixtures";
import { uploadResumes } from "@/lib/server/resumes/upload-resumes";
import { createJob } from "./create-job";
import { jobEditHarness } from "./job-edit-harness";

// Editing a job's scoped years requirements ("at least 2 years of Python") through the
// PATCH handler the requirements editor's action shares its schema with: bad input is a
// clear 400, a valid edit bumps the requirements revision and the re-score's feedback
// names the new minimum.

const jobRoute = await import("@/app/api/v1/jobs/[jobId]/route");

const JD = `Backend Engineer
Acme Retail · Remote

Requirements
- At least 2 years of Python experience
- Strong SQL
- Experience with Docker
`;

const harness = jobEditHarness({ name: "scoped-years", patchRoute: jobRoute.PATCH, url: "/api/v1/jobs/:jobId" });
const { db, limits, patch, scoreOnce } = harness;

async function feedbackOf(evaluationId: string): Promise<string> {
  const row = await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } });
  return JSON.stringify(evaluationResultSchema.parse(row.breakdown).feedback);
}

describe("[jobs]: editing scoped years requirements", () => {
  it("rejects bad years, unknown skill ids and empty scopes with clear messages, and re-scores a valid edit", async () => {
    const storage = harness.storage();
    const ownerId = harness.ownerId();
    const job = await createJob({ db, storage, ownerId, title: "Backend Engineer", text: JD, limits });
    const requirements = jobRequirementsSchema.parse(job.requirements);
    expect(requirements.scopedYears).toEqual([{ minYears: 2, groups: [["python"]], text: expect.stringContaining("2 years of Python") }]);
    const scoped = requirements.scopedYears?.[0];
    if (!scoped) throw new Error("no scoped years parsed");

    // A resume whose only role (Jan 2022 – present) mentions Python: well over 2 years, under 8.
    const { queued } = await uploadResumes({
      db,
      storage,
      jobId: job.id,
      files: [{ name: "python.txt", bytes: testResumeBytes(2000) }],
      limits,
      maxFiles: 5,
      actor: { id: ownerId },
    });
    const evaluationId = queued[0]?.evaluationId ?? "";
    await scoreOnce(evaluationId);
    expect(await feedbackOf(evaluationId)).not.toMatch(/years of python experience asked for/i);

    const revision = (await db.job.findUniqueOrThrow({ where: { id: job.id } })).requirementsRevision;
    const withScoped = (s: unknown) => ({ requirements: { ...requirements, scopedYears: [s] } });
    const cases: [unknown, string][] = [
      [{ ...scoped, minYears: 41 }, "Invalid requirements.scopedYears.0.minYears: The years of a scoped requirement must be from 0 to 40."],
      [{ ...scoped, minYears: -1 }, "Invalid requirements.scopedYears.0.minYears: The years of a scoped requirement must be from 0 to 40."],
      [
        { ...scoped, groups: [["python", "pythn"]] },
        "Invalid requirements.scopedYears.0.groups.0.1: “pythn” is not a known skill id. Use an id of the skills taxonomy (the requirements editor suggests them).",
      ],
      [
        { ...scoped, groups: [] },
        "Invalid requirements.scopedYears.0.groups: A years requirement needs at least one skill: add one, or remove the requirement.",
      ],
      [
        { ...scoped, groups: [["python"], []] },
        "Invalid requirements.scopedYears.0.groups.1: Every skill group of a years requirement needs at least one skill.",
      ],
    ];
    for (const [bad, message] of cases) {
      const response = await patch(job.id, withScoped(bad));
      expect(response.status).toBe(400);
      expect(response.json.error).toMatchObject({ code: "VALIDATION_FAILED", message });
    }
    const tooMany = await patch(job.id, { requirements: { ...requirements, scopedYears: Array.from({ length: 21 }, () => scoped) } });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.error?.message).toBe("Invalid requirements.scopedYears: A job has at most 20 years requirements scoped to skills.");
    // Nothing was saved and nothing re-scored.
    expect((await db.job.findUniqueOrThrow({ where: { id: job.id } })).requirementsRevision).toBe(revision);

    // A valid edit: 8 years of Python, with Python no longer a must-have (the scope stays).
    const edited = {
      ...requirements,
      mustHaveSkills: requirements.mustHaveSkills.filter((id) => id !== "python"),
      mustHaveGroups: (requirements.mustHaveGroups ?? []).map((g) => g.filter((id) => id !== "python")).filter((g) => g.length > 0),
      scopedYears: [{ ...scoped, minYears: 8 }],
    };
    const saved = await patch(job.id, { requirements: edited });
    expect(saved.status).toBe(200);
    expect(saved.json.job).toMatchObject({ requirementsRevision: revision + 1, rescoreNeeded: true });
    const stored = jobRequirementsSchema.parse((await db.job.findUniqueOrThrow({ where: { id: job.id } })).requirements);
    expect(stored.scopedYears).toEqual([{ minYears: 8, groups: [["python"]], text: scoped.text }]);
    expect(stored.mustHaveSkills).not.toContain("python");

    let rescored = 0;
    for (;;) {
      const batch = await rescoreStaleEvaluations({ db, jobId: job.id });
      rescored += batch.rescored;
      if (batch.rescored === 0) break;
    }
    expect(rescored).toBe(1);
    const after = await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } });
    expect(after.requirementsRevision).toBe(revision + 1);
    expect(await feedbackOf(evaluationId)).toMatch(/of the 8 years of Python experience asked for/);
  });
});
