import { describe, expect, it } from "vitest";
import { evaluationResultSchema } from "@/lib/engine/score/schema";
import { jobRequirementsSchema } from "@/lib/engine/types";
import { rescoreStaleEvaluations } from "@/lib/server/evaluations/rescore-evaluations";
import { uploadResumes } from "@/lib/server/resumes/upload-resumes";
import { createJob } from "./create-job";
import { jobEditHarness } from "./job-edit-harness";

// Editing a job's requirements through PATCH /api/v1/jobs/:id, whose body schema the requirements
// editor's form and save action share: a bad edit is a 400 that names the problem and saves
// nothing; an either-or must-have and custom requirements save, and the re-score matches them.

const jobRoute = await import("@/app/api/v1/jobs/[jobId]/route");

const JD = `Backend Engineer
Acme Payments · Remote

Requirements
- Python or Go
- Strong SQL
`;

const RESUME = `Jordan Lee
Springfield · jordan.lee@example.com

Experience
Backend Engineer, Example Payments
Jan 2021 – Present
- Built payment services in Python and SQL.
- Ran chargeback reconciliation in Kroll every month.

Skills
Python, SQL
`;

const harness = jobEditHarness({ name: "requirements-edit", patchRoute: jobRoute.PATCH, url: "/api/v1/jobs/:jobId" });
const { db, limits, patch, scoreOnce } = harness;

describe("[jobs]: editing must-have groups and custom requirements", () => {
  it("rejects bad edits with a message naming the problem, and re-scores an either-or with custom requirements", async () => {
    const storage = harness.storage();
    const ownerId = harness.ownerId();
    const job = await createJob({ db, storage, ownerId, title: "Backend Engineer", text: JD, limits });
    const requirements = jobRequirementsSchema.parse(job.requirements);
    const { queued } = await uploadResumes({
      db,
      storage,
      jobId: job.id,
      files: [{ name: "jordan.txt", bytes: new TextEncoder().encode(RESUME) }],
      limits,
      maxFiles: 5,
      actor: { id: ownerId },
    });
    const evaluationId = queued[0]?.evaluationId ?? "";
    await scoreOnce(evaluationId);
    const revision = (await db.job.findUniqueOrThrow({ where: { id: job.id } })).requirementsRevision;

    const edit = (over: Record<string, unknown>) => ({ requirements: { ...requirements, softSkills: [], ...over } });
    const cases: [Record<string, unknown>, string][] = [
      [
        {
          mustHaveSkills: ["python", "go", "sql"],
          mustHaveGroups: [
            ["python", "go"],
            ["sql", "python"],
          ],
        },
        "Invalid requirements.mustHaveGroups.1.1: “python” is in must-haves 1 and 2: keep it in one (merge the two into an either-or if either will do).",
      ],
      [
        { mustHaveSkills: ["sql"], mustHaveGroups: [["sql"], []] },
        "Invalid requirements.mustHaveGroups.1: Must-have 2 has no skills: add one, or remove it.",
      ],
      [
        { mustHaveSkills: ["sql", "pythn"], mustHaveGroups: [["sql"], ["pythn"]] },
        "Invalid requirements.mustHaveGroups.1.0: “pythn” is not a known skill id. Use an id of the skills taxonomy (the requirements editor suggests them).",
      ],
      [
        { niceToHaveSkills: ["custom: "], customSkills: [" "] },
        "Invalid requirements.customSkills.0: A custom requirement needs a name of 2 to 80 characters.",
      ],
      [
        { niceToHaveSkills: ["custom:Kroll"] },
        "Invalid requirements.customSkills: “Kroll” is used as a custom requirement but not listed in customSkills: add its name there.",
      ],
      [
        {
          niceToHaveSkills: Array.from({ length: 61 }, (_, i) => `custom:Tool ${i}`),
          customSkills: Array.from({ length: 61 }, (_, i) => `Tool ${i}`),
        },
        "Invalid requirements.niceToHaveSkills: A job has at most 60 nice-to-have skills.",
      ],
    ];
    for (const [over, message] of cases) {
      const response = await patch(job.id, edit(over));
      expect(response.status).toBe(400);
      expect(response.json.error).toMatchObject({ code: "VALIDATION_FAILED", message });
    }
    expect((await db.job.findUniqueOrThrow({ where: { id: job.id } })).requirementsRevision).toBe(revision);

    // Python or Go, SQL, and Kroll must-haves; Harbor Ledger nice to have.
    const saved = await patch(
      job.id,
      edit({
        mustHaveSkills: ["python", "go", "sql", "custom:Kroll"],
        mustHaveGroups: [["python", "go"], ["sql"], ["custom:Kroll"]],
        niceToHaveSkills: ["custom:Harbor Ledger"],
        customSkills: ["Kroll", "Harbor Ledger"],
      }),
    );
    expect(saved.status).toBe(200);
    expect(saved.json.job).toMatchObject({ requirementsRevision: revision + 1, rescoreNeeded: true });
    const stored = jobRequirementsSchema.parse((await db.job.findUniqueOrThrow({ where: { id: job.id } })).requirements);
    expect(stored.mustHaveGroups).toEqual([["python", "go"], ["sql"], ["custom:Kroll"]]);
    expect(stored.customSkills).toEqual(["Kroll", "Harbor Ledger"]);

    while ((await rescoreStaleEvaluations({ db, jobId: job.id })).rescored > 0);
    const result = evaluationResultSchema.parse((await db.evaluation.findUniqueOrThrow({ where: { id: evaluationId } })).breakdown);
    expect(result.matchedMustHave.map((m) => m.name)).toEqual(expect.arrayContaining(["Python", "SQL", "Kroll"]));
    expect(result.missingMustHave).toEqual([]);
    expect(result.missingNiceToHave).toEqual([{ id: "custom:Harbor Ledger", name: "Harbor Ledger" }]);
    expect(result.matchedMustHave.find((m) => m.name === "Kroll")?.evidence[0]?.snippet).toContain("reconciliation in Kroll");
  });
});
