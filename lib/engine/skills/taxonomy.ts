// Loads the versioned skills taxonomy (data/taxonomy.json, built from data/src by
// data/build-taxonomy.ts). The file is validated where it is made, not on every
// start: the build parses it with taxonomyFileSchema, and taxonomy.test.ts checks
// that the committed file is the build's output and passes the schema. Skipping
// the parse here saves ~40 ms of every process start (the command line's included).
import data from "./data/taxonomy.json" with { type: "json" };
import type { TaxonomyFile, TaxonomySkill } from "./taxonomy-schema";

export interface Taxonomy {
  version: string;
  skills: TaxonomySkill[];
  byId: Map<string, TaxonomySkill>;
}

/** Version of the bundled data file, e.g. "2026.11.0"; stored with results so scores stay explainable. */
export const TAXONOMY_VERSION: string = (data as { version: string }).version;

let cached: Taxonomy | undefined;

/** The bundled taxonomy, indexed on the first call. */
export function getTaxonomy(): Taxonomy {
  if (cached) return cached;
  const file = data as TaxonomyFile;
  const byId = new Map<string, TaxonomySkill>();
  for (const skill of file.skills) {
    if (byId.has(skill.id)) throw new Error(`skills taxonomy: duplicate id "${skill.id}"`);
    byId.set(skill.id, skill);
  }
  cached = { version: file.version, skills: file.skills, byId };
  return cached;
}

export function getSkill(id: string): TaxonomySkill | undefined {
  return getTaxonomy().byId.get(id);
}
