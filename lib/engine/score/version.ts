/**
 * Version of the scoring engine, stored with every evaluation so scores from
 * different engine versions are never compared as if they were the same scale.
 * Bump when weights, thresholds, components or calibration change, or when the
 * stored breakdown gains information.
 *
 * 2026.11.2: evidence carries the length of the matched text (scores unchanged).
 * 2026.11.3: visa-sponsorship and location knockouts, credentials under a
 * licences heading count in full, job parsing ignores pay/benefits and
 * exclusion clauses, seniority and date fixes (scores change).
 */
export const ENGINE_VERSION = "relevance-2026.11.3";
