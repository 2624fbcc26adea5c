// Worker entry of the compute pool (compute-pool.ts), compiled to
// dist/workers/compute.worker.mjs (lib/engine/workers/worker-entry.ts).
import { workerTask } from "@/lib/engine/workers/worker-task";
import { parseResumeText, type ScoreInput, scoreResumeForJob } from "./compute-core";

export type ComputeTask = { kind: "parse"; text: string; now: string; hiddenText: unknown } | { kind: "score"; input: ScoreInput };

export default workerTask((task: ComputeTask) =>
  task.kind === "parse" ? parseResumeText(task.text, task.now, task.hiddenText) : scoreResumeForJob(task.input),
);
