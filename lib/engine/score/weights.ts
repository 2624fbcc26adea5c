// Default weights and verdict thresholds.
//
// WHY THESE WEIGHTS (each component is 0–1; weights are renormalised over the
// components that apply to a job, e.g. education drops out when the JD states
// no degree, so a job without a degree line is not "easier"):
//
//   mustHave        0.34  Recruiters screen first on the core stack / core
//                         skills; coverage of must-haves is the strongest single
//                         predictor of a "would interview" grade. Credit is
//                         already discounted for list-only or stale skills.
//   experience      0.22  Relevant years (years in roles of the job's field, not
//                         any job) against the stated minimum, on a soft curve.
//                         Second most common deciding factor (right stack, far
//                         too few years).
//   semantic        0.16  Title and responsibilities vocabulary beyond the
//                         taxonomy (quota, discovery, ETL, design system…). It
//                         separates adjacent fields where skills overlap and
//                         covers jobs whose core skills the taxonomy lacks.
//   niceToHave      0.08  Differentiates among qualified candidates; kept low so
//                         a long list of extras cannot compensate missing core.
//   seniority       0.08  Level implied by relevant titles and years against the
//                         job's level; catches intern-vs-senior mismatches that
//                         years alone miss.
//   education       0.06  Rarely decisive in practice ("or equivalent
//                         experience" is common); a required degree that is
//                         missing also caps the score (see knockouts).
//   certifications  0.06  Preferred credentials; a REQUIRED license that is
//                         missing is a knockout that caps the score instead.
//
// On top of the weighted mean, the score is scaled by how much of the job's
// core the candidate shows (must-have coverage and relevant experience), so that
// strong peripheral components (a degree, seniority elsewhere) cannot lift an
// off-field resume into "medium" — see `coreFactor` in evaluate.ts.
//
// Verdict thresholds: high ≥ 70, medium ≥ 45, knockout cap 40 (a knockout can
// never be better than "low" with the defaults). Because every component is
// normalised by the job's own requirements, 70 means the same strength of fit
// whatever the job.
import type { ScoringWeights, VerdictThresholds } from "./schema";

export const DEFAULT_WEIGHTS: Readonly<ScoringWeights> = Object.freeze({
  mustHave: 0.34,
  experience: 0.22,
  semantic: 0.16,
  niceToHave: 0.08,
  seniority: 0.08,
  education: 0.06,
  certifications: 0.06,
});

export const DEFAULT_THRESHOLDS: Readonly<VerdictThresholds> = Object.freeze({
  high: 70,
  medium: 45,
  knockoutCap: 40,
});
