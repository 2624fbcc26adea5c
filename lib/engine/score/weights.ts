// Default weights and verdict thresholds.
//
// The weights are FITTED (`npm run calibrate`, calibration.json) on all labeled
// sets' tune jobs, starting from the priors below and staying near them; what
// each component is for:
//
//   mustHave     coverage of the core skills, discounted for list-only, stale or
//                merely related skills; skills named in the job title weigh 2.5×.
//   semantic     title and responsibilities vocabulary beyond the taxonomy; it
//                separates adjacent fields where skills overlap.
//   experience   relevant years (roles of the job's occupation) against the
//                stated minimum, in proportion below it, scaled by how close the
//                candidate's closest role is to the job.
//   seniority    level implied by relevant titles and years against the job's.
//   niceToHave   differentiates among qualified candidates; kept low.
//   education    rarely decisive; a missing required degree also caps the score.
//   certifications  preferred credentials; a missing REQUIRED license is a
//                knockout that caps the score instead.
//
// On top of the weighted mean, the score is scaled by how much of the job's core
// the candidate shows, then mapped monotonically onto the calibrated scale (see
// calibration.ts), so 70 means the same strength of fit whatever the job.
//
// Verdict thresholds: high ≥ 70, medium ≥ 45, knockout cap 40 (with the
// defaults a knockout can never be better than "low").
import { CALIBRATION } from "./calibration";
import type { ScoringWeights, VerdictThresholds } from "./schema";

export const DEFAULT_WEIGHTS: Readonly<ScoringWeights> = CALIBRATION.weights;

export const DEFAULT_THRESHOLDS: Readonly<VerdictThresholds> = Object.freeze({
  high: 70,
  medium: 45,
  knockoutCap: 40,
});
