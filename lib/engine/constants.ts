// Plain values of the engine's contract, kept apart from the zod schemas in
// types.ts (which re-exports them): the parsers need only these, so parsing a
// resume or a job description never loads zod (~70 ms of a command-line run).

export const PROFILE_SCHEMA_VERSION = 1;
/**
 * 2: adds `scopedYears` (years requirements tied to skills). Version-1 requirements,
 * stored before it, still parse: the field is optional and scoring then uses the
 * overall minimum only.
 * 3: adds certification `anyOf` (alternative credentials: "RN license in Wisconsin or a
 * multistate NLC license"). Earlier requirements still parse; every credential is then its own.
 * 4: adds `softSkills` (never knockouts), `duties` (context, not requirements) and `eligibility`
 * (countries/regions, time-zone window, relocation, sponsorship). Earlier versions still parse.
 * 5: adds `titleSkills` (skills the job title names, no longer must-haves unless the body requires
 * them). Earlier versions still parse: their title skills sit among the must-haves.
 */
export const REQUIREMENTS_SCHEMA_VERSION = 5;

export const DEGREE_LEVELS = ["none", "high_school", "diploma", "associate", "bachelor", "master", "doctorate"] as const;
export type DegreeLevel = (typeof DEGREE_LEVELS)[number];

/** Rank of a degree level, for "at least a bachelor" comparisons. */
export const DEGREE_RANK: Record<DegreeLevel, number> = {
  none: 0,
  high_school: 1,
  diploma: 2,
  associate: 3,
  bachelor: 4,
  master: 5,
  doctorate: 6,
};
