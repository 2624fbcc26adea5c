// The CPU-heavy half of an evaluation (parse a resume, score it), free of I/O so
// it can run in the compute worker thread as well as in-thread (tests, scripts).
// No "server-only" import: the worker entry (compute.worker.ts) bundles it for a
// plain worker thread, where that package would throw.
import type { HiddenTextReport } from "@/lib/engine/extract";
import { parseResume } from "@/lib/engine/parse";
import { evaluatePrepared, type EvaluationResult, prepareJob, prepareResume, type PreparedJob } from "@/lib/engine/score";
import { scoringWeightsSchema, verdictThresholdsSchema } from "@/lib/engine/score/schema";
import { jobRequirementsSchema, type ResumeProfile, resumeProfileSchema } from "@/lib/engine/types";

export type ScoreInput = {
  job: { id: string; requirementsRevision: number; requirements: unknown; rawText: string; weights: unknown; thresholds: unknown };
  resume: { text: string; profile: unknown };
};

const hiddenTextSchema = resumeProfileSchema.shape.hiddenText.unwrap();

/** `hiddenText` is the stored extraction report (JSON from the database or a worker message), validated here. */
export function parseResumeText(text: string, nowIso: string, hiddenText?: unknown): ResumeProfile {
  const hidden = hiddenText === null || hiddenText === undefined ? undefined : hiddenTextSchema.parse(hiddenText);
  return parseResume(text, { now: new Date(nowIso), hiddenText: hidden as HiddenTextReport | undefined });
}

// Preparing a job (credit graph, term profile) is the same for every resume of
// one requirements revision: cached per thread.
const preparedJobs = new Map<string, PreparedJob>();
const PREPARED_JOB_CACHE = 32;

function preparedJobFor(job: ScoreInput["job"]): PreparedJob {
  const key = `${job.id}:${job.requirementsRevision}`;
  let prepared = preparedJobs.get(key);
  if (!prepared) {
    prepared = prepareJob(jobRequirementsSchema.parse(job.requirements), job.rawText);
    if (preparedJobs.size >= PREPARED_JOB_CACHE) {
      const oldest = preparedJobs.keys().next().value;
      if (oldest !== undefined) preparedJobs.delete(oldest);
    }
    preparedJobs.set(key, prepared);
  }
  return prepared;
}

export function scoreResumeForJob(input: ScoreInput): EvaluationResult {
  const { job, resume } = input;
  const weights = job.weights === null || job.weights === undefined ? undefined : scoringWeightsSchema.partial().parse(job.weights);
  const thresholds = job.thresholds === null || job.thresholds === undefined ? undefined : verdictThresholdsSchema.parse(job.thresholds);
  return evaluatePrepared(preparedJobFor(job), prepareResume(resumeProfileSchema.parse(resume.profile), resume.text), {
    weights,
    thresholds,
  });
}
