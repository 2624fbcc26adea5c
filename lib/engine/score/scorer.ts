// Scoring entry points parameterised by the taxonomy (index.ts binds the real
// one; tests can bind a small hand-built taxonomy).
import type { JobRequirements, ResumeProfile } from "../types";
import { type EvaluateOptions, evaluatePrepared, type ScoreOnly, scorePrepared } from "./evaluate";
import { type PreparedJob, type PreparedResume, prepareJob, prepareResume } from "./prepare";
import type { EvaluationResult, ScoringWeights, VerdictThresholds } from "./schema";
import type { SkillLookup } from "./skill-graph";

export interface ScoreResumeInput {
  profile: ResumeProfile;
  requirements: JobRequirements;
  resumeText: string;
  jobText: string;
  weights?: Partial<ScoringWeights>;
  thresholds?: Partial<VerdictThresholds>;
}

export interface Scorer {
  scoreResume(input: ScoreResumeInput): EvaluationResult;
  prepareJob(requirements: JobRequirements, jobText: string): PreparedJob;
  prepareResume(profile: ResumeProfile, resumeText: string): PreparedResume;
  /** Full evaluation of prepared artefacts. */
  evaluate(job: PreparedJob, resume: PreparedResume, opts?: EvaluateOptions): EvaluationResult;
  /** Score and verdict only: the fast path for re-ranking many prepared resumes. */
  score(job: PreparedJob, resume: PreparedResume, opts?: EvaluateOptions): ScoreOnly;
}

export function createScorer(lookup: SkillLookup): Scorer {
  const name = (id: string) => lookup.getSkill(id)?.name ?? id;
  return {
    scoreResume(input) {
      const job = prepareJob(input.requirements, input.jobText, lookup);
      const resume = prepareResume(input.profile, input.resumeText);
      return evaluatePrepared(job, resume, name, { weights: input.weights, thresholds: input.thresholds });
    },
    prepareJob: (requirements, jobText) => prepareJob(requirements, jobText, lookup),
    prepareResume: (profile, resumeText) => prepareResume(profile, resumeText),
    evaluate: (job, resume, opts) => evaluatePrepared(job, resume, name, opts),
    score: (job, resume, opts) => scorePrepared(job, resume, opts),
  };
}
