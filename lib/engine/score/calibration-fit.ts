// Fits the calibrated layer (calibration.ts) on labeled job × resume pairs. Used
// by `npm run calibrate` (all tune jobs) and by `bench:relevance` (refitted once
// per held-out job for leave-one-job-out numbers). Pure and deterministic.
//
// 1. Weights and the core factor: coordinate search from the prior, maximising
//    mean NDCG@5 + mean in-field pairwise accuracy + pooled AUC (grade ≥ 2 vs 1,
//    across jobs: one scale), with a small pull toward the prior so ties and noise
//    do not move it.
// 2. Knots of the monotone map: the pair of raw scores mapped to 45 and 70 that
//    maximises the mean balanced verdict agreement over jobs, averaged over knots
//    nudged by a few raw points (a knot on the edge of a cluster does not carry
//    over to the next job).
import {
  type CalibrationParams,
  COMPONENT_KEYS,
  type CapLimits,
  finalFromRaw,
  finalScore,
  rawScore,
  type ScoreFeatures,
} from "./calibration";
import { auc, balancedVerdictAgreement, ndcgAtK, pairwiseAccuracy, type VerdictLabel } from "./ranking-metrics";

export interface LabeledFeatures {
  job: string;
  id: string;
  grade: number;
  features: ScoreFeatures;
}

/**
 * Starting point and regularisation centre of every fit (fixed, so a refit never
 * drifts with the previous one): the hand-set weights the engine used before
 * calibration, the core factor as it was, and the identity map.
 */
export const PRIOR_CALIBRATION: Readonly<CalibrationParams> = Object.freeze({
  weights: {
    mustHave: 0.3,
    semantic: 0.24,
    experience: 0.2,
    seniority: 0.08,
    niceToHave: 0.07,
    education: 0.06,
    certifications: 0.05,
  },
  coreFloor: 0.4,
  coreFull: 0.6,
  knots: { medium: 45, high: 70 },
});

const REGULARISATION = 0.01;
const WEIGHT_STEPS = [0.5, 0.7, 1.4, 2];
const CORE_STEPS = [-0.1, -0.05, 0.05, 0.1];
const MAX_PASSES = 6;
/** Raw points a knot is nudged by when its robustness is judged. */
const KNOT_NUDGE = 3;

function byJob<T extends { job: string }>(rows: readonly T[]): T[][] {
  const m = new Map<string, T[]>();
  for (const r of rows) m.set(r.job, [...(m.get(r.job) ?? []), r]);
  return [...m.values()];
}

/** Mean NDCG@5, mean in-field pairwise and pooled AUC (grade ≥ 2 vs 1) of scored rows. */
export function rankingQuality(rows: ReadonlyArray<{ job: string; id: string; grade: number; score: number }>): {
  ndcg5: number;
  inField: number;
  auc: number;
} {
  const groups = byJob(rows);
  let ndcg = 0;
  let inField = 0;
  let inFieldJobs = 0;
  for (const g of groups) {
    ndcg += ndcgAtK(g, 5);
    const acc = pairwiseAccuracy(g, (a, b) => a.grade >= 1 && b.grade >= 1).accuracy;
    if (acc !== null) {
      inField += acc;
      inFieldJobs++;
    }
  }
  const pooled = auc(
    rows.filter((r) => r.grade >= 2).map((r) => r.score),
    rows.filter((r) => r.grade === 1).map((r) => r.score),
  );
  return {
    ndcg5: groups.length ? ndcg / groups.length : 0,
    inField: inFieldJobs ? inField / inFieldJobs : 0,
    auc: pooled ?? 0,
  };
}

export function verdictOf(score: number): VerdictLabel {
  return score >= 70 ? "high" : score >= 45 ? "medium" : "low";
}

/** Mean over jobs of the balanced verdict agreement. */
export function meanBalancedVerdict(rows: ReadonlyArray<{ job: string; grade: number; score: number }>): number {
  const groups = byJob(rows);
  let sum = 0;
  let n = 0;
  for (const g of groups) {
    const b = balancedVerdictAgreement(g.map((r) => ({ grade: r.grade, verdict: verdictOf(r.score) }))).balanced;
    if (b !== null) {
      sum += b;
      n++;
    }
  }
  return n ? sum / n : 0;
}

function score(rows: readonly LabeledFeatures[], p: CalibrationParams, caps: CapLimits) {
  return rows.map((r) => ({ job: r.job, id: r.id, grade: r.grade, score: finalScore(r.features, p, caps) }));
}

function penalty(p: CalibrationParams, prior: CalibrationParams): number {
  let s = 0;
  for (const k of COMPONENT_KEYS) s += Math.log((p.weights[k] + 1e-3) / (prior.weights[k] + 1e-3)) ** 2;
  s += ((p.coreFloor - prior.coreFloor) / 0.2) ** 2 + ((p.coreFull - prior.coreFull) / 0.2) ** 2;
  return REGULARISATION * s;
}

function rankingObjective(rows: readonly LabeledFeatures[], p: CalibrationParams, prior: CalibrationParams, caps: CapLimits): number {
  const q = rankingQuality(score(rows, p, caps));
  return q.ndcg5 + q.inField + q.auc - penalty(p, prior);
}

function neighbours(p: CalibrationParams): CalibrationParams[] {
  const out: CalibrationParams[] = [];
  for (const k of COMPONENT_KEYS) {
    for (const m of WEIGHT_STEPS) out.push({ ...p, weights: { ...p.weights, [k]: Math.min(1, p.weights[k] * m) } });
  }
  for (const d of CORE_STEPS) {
    out.push({ ...p, coreFloor: Math.max(0.15, Math.min(0.8, p.coreFloor + d)) });
    out.push({ ...p, coreFull: Math.max(0.3, Math.min(1, p.coreFull + d)) });
  }
  return out;
}

function fitRanking(rows: readonly LabeledFeatures[], start: CalibrationParams, prior: CalibrationParams, caps: CapLimits) {
  let best = start;
  let bestValue = rankingObjective(rows, best, prior, caps);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let improved = false;
    for (const cand of neighbours(best)) {
      const v = rankingObjective(rows, cand, prior, caps);
      if (v > bestValue + 1e-9) {
        best = cand;
        bestValue = v;
        improved = true;
      }
    }
    if (!improved) break;
  }
  return best;
}

function quantiles(xs: readonly number[], n: number): number[] {
  const s = [...xs].sort((a, b) => a - b);
  const out = new Set<number>();
  for (let i = 1; i < n; i++) out.add(Math.round((s[Math.floor((i / n) * (s.length - 1))] ?? 0) * 2) / 2);
  return [...out].filter((x) => x > 1 && x < 99);
}

// Knots a few raw points away from the fitted ones: a knot right at the edge of a cluster of scores
// agrees on the jobs it was fitted on and not on the next one, so the fit scores each pair of knots
// by the mean agreement over these nudges and prefers knots in the middle of a gap between grades.
const KNOT_NUDGES: readonly [number, number][] = [
  [0, 0],
  [-KNOT_NUDGE, 0],
  [KNOT_NUDGE, 0],
  [0, -KNOT_NUDGE],
  [0, KNOT_NUDGE],
];

function robustVerdict(
  knots: CalibrationParams["knots"],
  scored: (knots: CalibrationParams["knots"]) => { job: string; grade: number; score: number }[],
): number {
  let sum = 0;
  for (const [dm, dh] of KNOT_NUDGES) sum += meanBalancedVerdict(scored({ medium: knots.medium + dm, high: knots.high + dh }));
  return sum / KNOT_NUDGES.length;
}

function fitKnots(rows: readonly LabeledFeatures[], p: CalibrationParams, caps: CapLimits): CalibrationParams["knots"] {
  const raws = rows.map((r) => rawScore(r.features, p.weights, p));
  const cands = quantiles(raws, 60);
  const scored = (knots: CalibrationParams["knots"]) =>
    rows.map((r, i) => ({ job: r.job, grade: r.grade, score: finalFromRaw(raws[i] ?? 0, r.features, knots, caps) }));
  let best = p.knots;
  let bestValue = robustVerdict(best, scored);
  for (const medium of cands) {
    for (const high of cands) {
      if (high <= medium + 2) continue;
      const knots = { medium, high };
      // Ties go to the knots nearer the previous ones (stability between refits).
      const v = robustVerdict(knots, scored) - 1e-5 * (Math.abs(medium - p.knots.medium) + Math.abs(high - p.knots.high));
      if (v > bestValue + 1e-9) {
        best = knots;
        bestValue = v;
      }
    }
  }
  return best;
}

/** Fits the calibrated layer on labeled rows, starting from (and regularised toward) the prior. */
export function fitCalibration(
  rows: readonly LabeledFeatures[],
  caps: CapLimits,
  prior: CalibrationParams = PRIOR_CALIBRATION,
): CalibrationParams {
  if (rows.length === 0) return prior;
  let p = fitRanking(rows, prior, prior, caps);
  p = { ...p, knots: fitKnots(rows, p, caps) };
  p = fitRanking(rows, p, prior, caps);
  return { ...p, knots: fitKnots(rows, p, caps) };
}
