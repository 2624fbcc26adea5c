// The fitted layer that turns component scores into the one 0–100 scale shared by
// every job. Its parameters (component weights, how much of the job's core a
// resume must show, and two knots of a monotone map) are fitted by
// `npm run calibrate` on all labeled sets' tune jobs and committed as
// calibration.json; the engine only imports them (no I/O at scoring time).
//
// The map is piecewise linear through (0, 0), (medium knot, 45), (high knot, 70),
// (100, 100): the knots are the raw scores that best separate good fits (grade ≥ 2)
// from adjacent ones and excellent fits (grade 3) from good ones across all jobs,
// so 45 and 70 mean the same thing whatever the job.
import fitted from "./calibration.json" with { type: "json" };
import type { ComponentKey, ScoringWeights } from "./schema";

export interface CalibrationParams {
  weights: ScoringWeights;
  /** Share of the weighted mean kept by a resume that shows none of the job's core. */
  coreFloor: number;
  /** Core strength (0–1) from which the weighted mean counts in full. */
  coreFull: number;
  /** Raw scores (0–100) that the map sends to 45 (medium) and 70 (high). */
  knots: { medium: number; high: number };
}

/** Points of the calibrated scale the knots map to (the default verdict thresholds). */
export const SCALE_MEDIUM = 45;
export const SCALE_HIGH = 70;

export const COMPONENT_KEYS: readonly ComponentKey[] = [
  "mustHave",
  "niceToHave",
  "experience",
  "semantic",
  "seniority",
  "education",
  "certifications",
];

export const CALIBRATION: Readonly<CalibrationParams> = Object.freeze({
  weights: Object.freeze({ ...fitted.params.weights }),
  coreFloor: fitted.params.coreFloor,
  coreFull: fitted.params.coreFull,
  knots: Object.freeze({ ...fitted.params.knots }),
});

/** Everything the final number depends on, as plain data (what `npm run calibrate` fits on). */
export interface ScoreFeatures {
  values: Record<ComponentKey, number>;
  applicable: Record<ComponentKey, boolean>;
  /** Job-core signals: must-have coverage (when the job lists must-haves), relevant experience, vocabulary. */
  core: { mustApplicable: boolean; must: number; experience: number; semantic: number };
  /** Cap for a candidate far too junior (100: none). */
  juniorCap: number;
  /** Ceiling (see ceilScore) when a scoped years requirement ("2 years of ICU") is entirely unmet; 100: none. */
  scopeCap: number;
  /** Cap for evidence that looks gamed (stuffing, text copied from the posting); 100: none. */
  integrityCap: number;
  /** Cap from knockouts (license, work authorisation, location): null when none. */
  knockout: "hard" | "pending" | null;
  degreeKnockout: boolean;
}

/** Share of the weighted mean that survives, by how much of the job's core the candidate shows. */
export function coreFactor(f: ScoreFeatures, p: Pick<CalibrationParams, "coreFloor" | "coreFull">): number {
  const c = f.core;
  const core = c.mustApplicable ? 0.45 * c.must + 0.35 * c.experience + 0.2 * c.semantic : 0.6 * c.experience + 0.4 * c.semantic;
  return p.coreFloor + (1 - p.coreFloor) * Math.min(1, core / Math.max(0.05, p.coreFull));
}

/** Weighted mean of the applicable components (weights renormalised over them). */
export function weightedMean(f: ScoreFeatures, weights: ScoringWeights): { mean: number; effective: Record<ComponentKey, number> } {
  let total = 0;
  for (const k of COMPONENT_KEYS) if (f.applicable[k]) total += weights[k];
  const effective = {} as Record<ComponentKey, number>;
  let mean = 0;
  for (const k of COMPONENT_KEYS) {
    const w = f.applicable[k] && total > 0 ? weights[k] / total : 0;
    effective[k] = w;
    mean += w * f.values[k];
  }
  return { mean, effective };
}

/** Raw 0–100 score before the calibrated map and the caps. */
export function rawScore(f: ScoreFeatures, weights: ScoringWeights, p: Pick<CalibrationParams, "coreFloor" | "coreFull">): number {
  return 100 * weightedMean(f, weights).mean * coreFactor(f, p);
}

/** The monotone map from raw scores to the calibrated scale. */
export function calibratedScale(raw: number, knots: CalibrationParams["knots"]): number {
  const m = Math.max(1, Math.min(98, knots.medium));
  const h = Math.max(m + 1, Math.min(99, knots.high));
  const x = Math.max(0, Math.min(100, raw));
  if (x <= m) return (SCALE_MEDIUM * x) / m;
  if (x <= h) return SCALE_MEDIUM + ((SCALE_HIGH - SCALE_MEDIUM) * (x - m)) / (h - m);
  return SCALE_HIGH + ((100 - SCALE_HIGH) * (x - h)) / (100 - h);
}

/**
 * Caps a score without flattening: capped candidates keep their relative order
 * (a hard min() would tie every knocked-out candidate at the cap).
 */
export function capScore(score: number, cap: number): number {
  return Math.min(score, cap * (0.6 + (0.4 * Math.max(0, Math.min(100, score))) / 100));
}

/** Score from which a ceiling starts to compress (scores below it are left as they are). */
const CEILING_KNEE = 60;

/**
 * Holds a score under a ceiling by compressing only the top of the scale (the knee up to 100 onto
 * the knee up to the ceiling): order is kept, and scores below the knee, where the ceiling could
 * not matter for the verdict, are left alone. 100: no ceiling.
 */
export function ceilScore(score: number, ceiling: number): number {
  if (ceiling >= 100 || score <= CEILING_KNEE) return score;
  const top = Math.max(CEILING_KNEE, ceiling);
  return CEILING_KNEE + ((top - CEILING_KNEE) * (Math.min(100, score) - CEILING_KNEE)) / (100 - CEILING_KNEE);
}

export interface CapLimits {
  knockoutCap: number;
  pendingCap: number;
  degreeCap: number;
}

/** Final score on the calibrated scale, caps applied, rounded to one decimal. */
export function finalScore(f: ScoreFeatures, p: CalibrationParams, caps: CapLimits): number {
  return finalFromRaw(rawScore(f, p.weights, p), f, p.knots, caps);
}

/** `finalScore` from an already computed raw score (the knot fit reuses raws). */
export function finalFromRaw(raw: number, f: ScoreFeatures, knots: CalibrationParams["knots"], caps: CapLimits): number {
  let score = calibratedScale(raw, knots);
  score = capScore(score, f.juniorCap);
  score = ceilScore(score, f.scopeCap);
  score = capScore(score, f.integrityCap);
  if (f.knockout === "pending") score = capScore(score, Math.max(caps.knockoutCap, caps.pendingCap));
  else if (f.knockout === "hard") score = capScore(score, caps.knockoutCap);
  if (f.degreeKnockout) score = capScore(score, caps.degreeCap);
  return Math.round(Math.max(0, Math.min(100, Number.isFinite(score) ? score : 0)) * 10) / 10;
}
