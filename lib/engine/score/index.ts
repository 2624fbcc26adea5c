// Public API of the relevance scorer: an explainable 0–100 score with verdict,
// matched/missing skills with evidence, knockouts, findings and feedback.
// Pure functions, no I/O; the taxonomy is the engine's bundled one.
import { getSkill, getTaxonomy } from "../skills/taxonomy";
import type { JobRequirements, ResumeProfile } from "../types";
import type { EvaluateOptions, ScoreOnly } from "./evaluate";
import type { FeedbackFindings } from "./feedback";
import type { PreparedJob, PreparedResume } from "./prepare";
import type { EvaluationResult } from "./schema";
import { createScorer, type ScoreResumeInput, type Scorer } from "./scorer";
import type { SkillLookup } from "./skill-graph";

export type { EvaluateOptions, ScoreOnly } from "./evaluate";
export { applyFeedbackProvider } from "./apply-feedback";
export type { FeedbackFindings, FeedbackOutput, FeedbackProvider } from "./feedback";
export { templateFeedback } from "./feedback";
export type { PreparedJob, PreparedResume } from "./prepare";
export {
  type ComponentResult,
  type EvaluationResult,
  evaluationResultSchema,
  type Knockout,
  type MatchedSkill,
  type MissingSkill,
  type ScoringWeights,
  scoringWeightsSchema,
  type Verdict,
  type VerdictThresholds,
  verdictThresholdsSchema,
} from "./schema";
export { createScorer, type ScoreResumeInput, type Scorer } from "./scorer";
export type { SkillLookup } from "./skill-graph";
export { ENGINE_VERSION } from "./version";
export { DEFAULT_THRESHOLDS, DEFAULT_WEIGHTS } from "./weights";

const defaultLookup: SkillLookup = {
  getSkill: (id) => getSkill(id) ?? undefined,
  allSkills: () => getTaxonomy().skills,
};

let scorer: Scorer | null = null;
function defaultScorer(): Scorer {
  scorer ??= createScorer(defaultLookup);
  return scorer;
}

/** Scores one parsed resume against one parsed job description. */
export function scoreResume(input: ScoreResumeInput): EvaluationResult {
  return defaultScorer().scoreResume(input);
}

/** Per-job artefacts (credit graph, term profile, level…) computed once per job. */
export function prepareJob(requirements: JobRequirements, jobText: string): PreparedJob {
  return defaultScorer().prepareJob(requirements, jobText);
}

/** Per-resume artefacts (skill strengths, role spans, term frequencies) computed once per resume. */
export function prepareResume(profile: ResumeProfile, resumeText: string): PreparedResume {
  return defaultScorer().prepareResume(profile, resumeText);
}

/** Full evaluation (with explanation) of prepared artefacts. */
export function evaluatePrepared(job: PreparedJob, resume: PreparedResume, opts?: EvaluateOptions): EvaluationResult {
  return defaultScorer().evaluate(job, resume, opts);
}

/** Score and verdict only, for re-ranking many stored resumes against a job. */
export function scorePrepared(job: PreparedJob, resume: PreparedResume, opts?: EvaluateOptions): ScoreOnly {
  return defaultScorer().score(job, resume, opts);
}

/** Structured findings behind an evaluation, for an optional feedback provider. */
export function collectFindings(job: PreparedJob, resume: PreparedResume, opts?: EvaluateOptions): FeedbackFindings {
  return defaultScorer().findings(job, resume, opts);
}
