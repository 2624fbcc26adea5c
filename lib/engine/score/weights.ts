// Default weights and verdict thresholds.
//
// WHY THESE WEIGHTS (each component is 0–1; weights are renormalised over the
// components that apply to a job, e.g. education drops out when the JD states
// no degree, so a job without a degree line is not "easier"):
//
//   mustHave        0.30  Recruiters screen first on the core skills; coverage
//                         of must-haves is the strongest single signal. Credit is
//                         already discounted for list-only, stale or merely
//                         related skills, and skills named in the job title
//                         weigh 2.5× (they define the job).
//   semantic        0.24  Title and responsibilities vocabulary beyond the
//                         taxonomy (quota, discovery, ETL, design system…),
//                         geometric mean of how much of the JD the resume covers
//                         and how much of the resume is on the JD's topic. It
//                         separates adjacent fields where skills overlap, covers
//                         jobs whose core skills the taxonomy lacks, and on its
//                         own already out-ranks BM25 on the dev set.
//   experience      0.20  Relevant years (years in roles of the job's field, not
//                         any job) against the stated minimum, on a soft curve.
//                         Second most common deciding factor (right stack, far
//                         too few years).
//   seniority       0.08  Level implied by relevant titles and years against the
//                         job's level; catches intern-vs-senior mismatches that
//                         years alone miss.
//   niceToHave      0.07  Differentiates among qualified candidates; kept low so
//                         a long list of extras cannot compensate missing core.
//   education       0.06  Rarely decisive in practice ("or equivalent
//                         experience" is common); a required degree that is
//                         missing also caps the score (see knockouts).
//   certifications  0.05  Preferred credentials; a REQUIRED license that is
//                         missing is a knockout that caps the score instead.
//
// On top of the weighted mean, the score is scaled by how much of the job's
// core the candidate shows (must-have coverage, relevant experience, semantic
// fit), so strong peripheral components (a degree, seniority elsewhere) cannot
// lift an off-field resume into "medium" — see `coreFactor` in evaluate.ts.
//
// Verdict thresholds: high ≥ 70, medium ≥ 45, knockout cap 40 (with the
// defaults a knockout can never be better than "low"). Every component is
// normalised by the job's own requirements and the semantic weights are fixed
// (not learned from the pool), so 70 means the same strength of fit whatever
// the job and whoever else applied.
import type { ScoringWeights, VerdictThresholds } from "./schema";

export const DEFAULT_WEIGHTS: Readonly<ScoringWeights> = Object.freeze({
  mustHave: 0.3,
  semantic: 0.24,
  experience: 0.2,
  seniority: 0.08,
  niceToHave: 0.07,
  education: 0.06,
  certifications: 0.05,
});

export const DEFAULT_THRESHOLDS: Readonly<VerdictThresholds> = Object.freeze({
  high: 70,
  medium: 45,
  knockoutCap: 40,
});
