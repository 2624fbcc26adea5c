// Scoring entry points parameterised by the taxonomy (index.ts binds the real
// one; tests can bind a small hand-built taxonomy).
import type { JobRequirements, ResumeProfile } from "../types";
import { customSkillName } from "./custom-skill-id";
import { collectFindings, type EvaluateOptions, evaluatePrepared, type ScoreOnly, scorePrepared } from "./evaluate";
import type { FeedbackFindings } from "./feedback";
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
  /** Structured findings, e.g. for `applyFeedbackProvider`. */
  findings(job: PreparedJob, resume: PreparedResume, opts?: EvaluateOptions): FeedbackFindings;
}

/** Jobs prepared recently, so scoring many resumes against one job prepares it once. */
const JOB_CACHE_SIZE = 32;

export function createScorer(lookup: SkillLookup): Scorer {
  const name = (id: string) => lookup.getSkill(id)?.name ?? customSkillName(id) ?? id;
  const jobCache = new Map<string, PreparedJob>();
  const byIdentity = new WeakMap<JobRequirements, { jobText: string; job: PreparedJob }>();
  const cachedJob = (requirements: JobRequirements, jobText: string): PreparedJob => {
    // Fast path: the same requirements object scored again (ranking many resumes against one job).
    const same = byIdentity.get(requirements);
    if (same && same.jobText === jobText) return same.job;
    // Otherwise keyed by content, not identity: equal inputs give the same artefacts, so results stay deterministic.
    const key = `${jobText}\u0000${JSON.stringify(requirements)}`;
    const hit = jobCache.get(key);
    if (hit) {
      byIdentity.set(requirements, { jobText, job: hit });
      return hit;
    }
    const job = prepareJob(requirements, jobText, lookup);
    if (jobCache.size >= JOB_CACHE_SIZE) {
      const oldest = jobCache.keys().next().value;
      if (oldest !== undefined) jobCache.delete(oldest);
    }
    jobCache.set(key, job);
    byIdentity.set(requirements, { jobText, job });
    return job;
  };
  // A parsed profile is treated as immutable: the same object scored against several jobs is prepared once.
  const resumeCache = new WeakMap<ResumeProfile, { resumeText: string; resume: PreparedResume }>();
  const cachedResume = (profile: ResumeProfile, resumeText: string): PreparedResume => {
    const hit = resumeCache.get(profile);
    if (hit && hit.resumeText === resumeText) return hit.resume;
    const resume = prepareResume(profile, resumeText);
    resumeCache.set(profile, { resumeText, resume });
    return resume;
  };
  return {
    scoreResume(input) {
      const job = cachedJob(input.requirements, input.jobText);
      const resume = cachedResume(input.profile, input.resumeText);
      return evaluatePrepared(job, resume, name, { weights: input.weights, thresholds: input.thresholds });
    },
    prepareJob: (requirements, jobText) => prepareJob(requirements, jobText, lookup),
    prepareResume: (profile, resumeText) => prepareResume(profile, resumeText),
    evaluate: (job, resume, opts) => evaluatePrepared(job, resume, name, opts),
    score: (job, resume, opts) => scorePrepared(job, resume, opts),
    findings: (job, resume, opts) => collectFindings(job, resume, name, opts),
  };
}
