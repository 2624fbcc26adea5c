// Plain limits shared by the job schemas (server) and the requirements editor (client),
// kept apart from lib/schemas/jobs.ts so the editor's bundle does not load the taxonomy.

/** Limits of an edited years requirement scoped to skills ("at least 2 years of Python"). */
export const SCOPED_YEARS_LIMITS = { minYears: 0, maxYears: 40, maxRows: 20, maxGroups: 10, maxIdsPerGroup: 20, maxText: 500 } as const;
