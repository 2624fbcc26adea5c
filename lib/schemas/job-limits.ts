// Plain limits shared by the job schemas (server) and the requirements editor (client),
// kept apart from lib/schemas/jobs.ts so the editor's bundle does not load the taxonomy.

/** Limits of an edited years requirement scoped to skills ("at least 2 years of Python"). */
export const SCOPED_YEARS_LIMITS = { minYears: 0, maxYears: 40, maxRows: 20, maxGroups: 10, maxIdsPerGroup: 20, maxText: 500 } as const;

/** Limits of edited requirements: generous for any real posting, small enough to keep a job readable. */
export const REQUIREMENTS_EDIT_LIMITS = {
  maxMustGroups: 40,
  maxAlternatives: 20,
  maxMustSkills: 200,
  maxNice: 60,
  maxSoft: 30,
  maxTitle: 20,
  maxDuties: 100,
  maxCustom: 30,
  customNameMin: 2,
  customNameMax: 80,
  maxCertifications: 30,
  certificationNameMax: 200,
  maxDegreeFields: 20,
  degreeFieldMax: 100,
  maxCountries: 60,
  countryMax: 80,
  locationMax: 200,
} as const;
