// Loads the versioned skills taxonomy (data/taxonomy.json, built from data/src by
// data/build-taxonomy.ts) and validates it once, on first use.
import data from "./data/taxonomy.json" with { type: "json" };
import { type TaxonomyFile, type TaxonomySkill, taxonomyFileSchema } from "./taxonomy-schema";

export interface Taxonomy {
  version: string;
  skills: TaxonomySkill[];
  byId: Map<string, TaxonomySkill>;
}

/** Version of the bundled data file, e.g. "2026.11.0"; stored with results so scores stay explainable. */
export const TAXONOMY_VERSION: string = (data as { version: string }).version;

let cached: Taxonomy | undefined;

/**
 * The parsed taxonomy. Validation runs on the first call only (a few ms), so importing
 * this module stays cheap for code paths that never touch skills.
 */
export function getTaxonomy(): Taxonomy {
  if (cached) return cached;
  const file: TaxonomyFile = taxonomyFileSchema.parse(data);
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
