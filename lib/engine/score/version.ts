/**
 * Version of the scoring engine, stored with every evaluation so scores from
 * different engine versions are never compared as if they were the same scale.
 * Bump when weights, thresholds, components or calibration change.
 */
export const ENGINE_VERSION = "relevance-2026.11.2";
