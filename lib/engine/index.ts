// Public API of the relevance engine (pure TypeScript; extraction does file parsing, no network).
export * from "./types";
export { EngineError } from "./errors";
export { extractText, extractTextIsolated, type ExtractedDocument } from "./extract";
export { parseResume, parseJobDescription, type ParseResumeOptions, type ParseJobOptions } from "./parse";
export { compileSkillMatcher, getDefaultSkillMatcher, type SkillMatch, type SkillMatcher } from "./skills/matcher";
export { getSkill, getTaxonomy, TAXONOMY_VERSION } from "./skills/taxonomy";
export {
  scoreResume,
  prepareJob,
  prepareResume,
  scorePrepared,
  evaluatePrepared,
  ENGINE_VERSION,
  DEFAULT_WEIGHTS,
  DEFAULT_THRESHOLDS,
  scoringWeightsSchema,
  verdictThresholdsSchema,
  evaluationResultSchema,
  type EvaluationResult,
  type ScoringWeights,
  type VerdictThresholds,
} from "./score";
