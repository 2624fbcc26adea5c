import { afterAll, describe, expect, it } from "vitest";
import { parseJobDescription } from "@/lib/engine/parse";
import { TEST_JOB_TEXT, testResumeText } from "@/lib/server/evaluations/test-fixtures";
import { ComputeWorker, inThreadCompute } from "./compute-pool";

const worker = new ComputeWorker();
afterAll(() => worker.destroy());

describe("[runner]: compute worker", () => {
  it("parses and scores in a worker thread exactly as in-thread", async () => {
    const local = await inThreadCompute();
    const now = new Date("2026-11-01T00:00:00Z");
    const text = testResumeText(7);
    const [remoteProfile, localProfile] = await Promise.all([worker.parse(text, now), local.parse(text, now)]);
    expect(remoteProfile).toEqual(localProfile);
    const input = {
      job: {
        id: "job-1",
        requirementsRevision: 1,
        requirements: parseJobDescription(TEST_JOB_TEXT),
        rawText: TEST_JOB_TEXT,
        weights: null,
        thresholds: null,
      },
      resume: { text, profile: localProfile },
    };
    const [remote, inThread] = await Promise.all([worker.score(input), local.score(input)]);
    expect(remote).toEqual(inThread);
    expect(remote.score).toBeGreaterThan(0);
  }, 60_000);

  it("carries the stored hidden-text report onto the profile in the worker and in-thread", async () => {
    const local = await inThreadCompute();
    const now = new Date("2026-11-01T00:00:00Z");
    const hidden = { chars: 42, reasons: ["background-colour"], sample: "Kubernetes Terraform" };
    const [remoteProfile, localProfile] = await Promise.all([
      worker.parse(testResumeText(3), now, hidden),
      local.parse(testResumeText(3), now, hidden),
    ]);
    expect(remoteProfile.hiddenText).toEqual(hidden);
    expect(localProfile.hiddenText).toEqual(hidden);
    await expect(worker.parse(testResumeText(3), now, null)).resolves.not.toHaveProperty("hiddenText");
    await expect(worker.parse(testResumeText(3), now, { chars: "many" })).rejects.toThrow(/ZodError|invalid/i);
  }, 60_000);

  it("reports a task error without killing the worker", async () => {
    const bad = {
      job: { id: "job-2", requirementsRevision: 1, requirements: { nonsense: true }, rawText: "", weights: null, thresholds: null },
      resume: { text: "", profile: {} },
    };
    await expect(worker.score(bad)).rejects.toThrow(/ZodError|invalid/i);
    await expect(worker.parse(testResumeText(8), new Date())).resolves.toMatchObject({ schemaVersion: 1 });
  }, 60_000);
});
