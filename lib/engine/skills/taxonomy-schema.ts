// Shape of the versioned skills taxonomy data file (lib/engine/skills/data/taxonomy.json).
import { z } from "zod";

export const skillCategorySchema = z.enum([
  "software",
  "data_ml",
  "cloud_devops",
  "design",
  "product",
  "healthcare",
  "finance",
  "sales_marketing",
  "operations",
  "professional",
  "credential",
]);
export type SkillCategory = z.infer<typeof skillCategorySchema>;

export const taxonomySkillSchema = z.object({
  /** Stable kebab-case id, e.g. "kubernetes", "c-sharp", "registered-nurse". */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Canonical display name, e.g. "Kubernetes", "C#", "Registered Nurse (RN)". */
  name: z.string().min(1),
  category: skillCategorySchema,
  /** Other spellings, abbreviations and synonyms, matched like the name. */
  aliases: z.array(z.string()),
  /**
   * Match the name and aliases case-sensitively (needed for "Go", "R", "C", "Excel"
   * in lowercase prose, "RN"...). Aliases listed in `ambiguousAliases` are only
   * matched when the surrounding text supports them.
   */
  caseSensitive: z.boolean().optional(),
  /** Aliases too ambiguous to match in free prose (only in skills lists / with context). */
  ambiguousAliases: z.array(z.string()).optional(),
  /**
   * Names and aliases that are also an occupation's title ("nurse", "recruiter"): written in the plural they
   * name other people ("works with nurses"), so the matcher does not read the plural as the skill.
   */
  roleAliases: z.array(z.string()).optional(),
  /** Ids of broader skills this one implies partial credit for (PostgreSQL → sql). */
  broader: z.array(z.string()),
  /** Ids of related (sibling) skills, weaker partial credit (React ↔ Vue.js). */
  related: z.array(z.string()),
  /** True for licenses and certifications (RN, CPA, AWS Certified Solutions Architect…). */
  credential: z.boolean().optional(),
  /** True for soft skills (communication, teamwork…): requirements apart, never knockouts. */
  soft: z.boolean().optional(),
});
export type TaxonomySkill = z.infer<typeof taxonomySkillSchema>;

export const taxonomyFileSchema = z.object({
  version: z.string(),
  description: z.string(),
  license: z.string(),
  skills: z.array(taxonomySkillSchema),
});
export type TaxonomyFile = z.infer<typeof taxonomyFileSchema>;
