// The engine's contract: what the parsers produce and what the scorer consumes.
// Plain data (JSON-serialisable) so profiles and requirements can be stored in
// Postgres as JSON, edited by recruiters and re-read by later engine versions.
import { z } from "zod";
import { DEGREE_LEVELS, PROFILE_SCHEMA_VERSION, REQUIREMENTS_SCHEMA_VERSION } from "./constants";

export { DEGREE_RANK, type DegreeLevel, PROFILE_SCHEMA_VERSION, REQUIREMENTS_SCHEMA_VERSION } from "./constants";

export const degreeLevelSchema = z.enum(DEGREE_LEVELS);

export const sectionKindSchema = z.enum([
  "header",
  "summary",
  "experience",
  "education",
  "skills",
  "projects",
  "certifications",
  "languages",
  "awards",
  "publications",
  "volunteering",
  "interests",
  "references",
  "other",
]);
export type SectionKind = z.infer<typeof sectionKindSchema>;

/** A `YYYY-MM` month; "present" is resolved to a concrete month at parse time. */
export const yearMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const evidenceSchema = z.object({
  /** The sentence (or line) the match was found in, trimmed to at most ~240 chars. */
  snippet: z.string(),
  /** Character offset of the match in the extracted document text. */
  offset: z.number().int().nonnegative(),
  /**
   * Length of the matched text at `offset`, as written ("k8s", "machine learning models",
   * "AWS Glue" for a broader skill it implies). Absent in profiles parsed before engine
   * relevance-2026.11.2; readers then estimate it from the text.
   */
  length: z.number().int().positive().optional(),
  section: sectionKindSchema,
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const profileSkillSchema = z.object({
  /** Canonical taxonomy id, e.g. "kubernetes". */
  id: z.string(),
  /** Display name from the taxonomy, e.g. "Kubernetes". */
  name: z.string(),
  category: z.string(),
  evidence: z.array(evidenceSchema),
  /** Sections the skill was seen in. */
  sections: z.array(sectionKindSchema),
  /** True when at least one mention sits inside a dated experience entry. */
  inExperience: z.boolean(),
  /** Years of use summed over the dated roles that mention it (overlaps once); null when never inside a dated role. */
  years: z.number().nonnegative().nullable(),
  /** Last calendar year of a dated role that mentions it; null when unknown. */
  lastUsedYear: z.number().int().nullable(),
});
export type ProfileSkill = z.infer<typeof profileSkillSchema>;

export const experienceEntrySchema = z.object({
  title: z.string().nullable(),
  employer: z.string().nullable(),
  location: z.string().nullable(),
  start: yearMonthSchema.nullable(),
  end: yearMonthSchema.nullable(),
  current: z.boolean(),
  months: z.number().nonnegative(),
  /** Offsets of the entry's text (heading line through last bullet) in the document text. */
  startOffset: z.number().int().nonnegative(),
  endOffset: z.number().int().nonnegative(),
  /**
   * Taxonomy ids mentioned in the entry's text (title and bullets), and those its title
   * names: what a years requirement scoped to a skill is measured on. Absent in profiles
   * parsed before engine relevance-2026.11.4 (readers fall back to skill evidence offsets).
   */
  skills: z.array(z.string()).optional(),
  titleSkills: z.array(z.string()).optional(),
  /** Internship, part-time, contract… still counted as professional experience. */
  kind: z.enum(["full_time", "part_time", "contract", "internship", "volunteer", "unknown"]),
});
export type ExperienceEntry = z.infer<typeof experienceEntrySchema>;

export const educationEntrySchema = z.object({
  level: degreeLevelSchema,
  degree: z.string().nullable(),
  field: z.string().nullable(),
  institution: z.string().nullable(),
  year: z.number().int().nullable(),
  completed: z.boolean(),
});
export type EducationEntry = z.infer<typeof educationEntrySchema>;

export const certificationSchema = z.object({
  /** Taxonomy id when the credential is known (e.g. "registered-nurse"), otherwise null. */
  id: z.string().nullable(),
  name: z.string(),
  evidence: evidenceSchema.nullable(),
});
export type Certification = z.infer<typeof certificationSchema>;

export const linkSchema = z.object({
  kind: z.enum(["linkedin", "github", "portfolio", "other"]),
  url: z.string(),
});

export const resumeProfileSchema = z.object({
  schemaVersion: z.literal(PROFILE_SCHEMA_VERSION),
  contact: z.object({
    name: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    location: z.string().nullable(),
    links: z.array(linkSchema),
  }),
  /** Headline or most recent title, if any. */
  headline: z.string().nullable(),
  sections: z.array(
    z.object({
      kind: sectionKindSchema,
      heading: z.string(),
      startOffset: z.number().int().nonnegative(),
      endOffset: z.number().int().nonnegative(),
    }),
  ),
  experience: z.array(experienceEntrySchema),
  totalYearsExperience: z.number().nonnegative(),
  education: z.array(educationEntrySchema),
  highestDegree: degreeLevelSchema,
  certifications: z.array(certificationSchema),
  skills: z.array(profileSkillSchema),
  /**
   * Items of a skills list or a labelled list line ("Tools: …") that the taxonomy does not know, under
   * the id a custom requirement gets (`custom:<name>`). Shown as the resume's skills; not scored as
   * skills (a custom requirement finds its own words in the text). Absent in older profiles.
   */
  customSkills: z.array(profileSkillSchema).optional(),
  languages: z.array(z.string()),
  /**
   * Text present in the file but invisible to a reader (white, tiny, invisible render mode,
   * off-page, hidden Word runs); left out of everything above. Absent when there is none.
   */
  hiddenText: z
    .object({
      chars: z.number().int().nonnegative(),
      reasons: z.array(z.string()),
      sample: z.string(),
    })
    .optional(),
  /**
   * Present when the text was read by OCR from a scan or photo: the mean word confidence
   * (0–1) and the pages read. Low confidence lowers the weight of the evidence (see
   * extract/text-confidence.ts). Absent for text read from the file itself.
   */
  ocr: z
    .object({
      confidence: z.number().min(0).max(1),
      pages: z.number().int().nonnegative(),
    })
    .optional(),
  /**
   * Total years estimated when the dated roles give none, or the total the resume states
   * ("over eleven years of experience"); never 0 when roles are listed. Absent in older profiles.
   */
  estimatedYears: z.number().positive().optional(),
  /** What `estimatedYears` rests on: a stated total (with its words), years since graduation, or a count of roles. */
  estimatedYearsBasis: z
    .object({
      basis: z.enum(["stated", "graduation", "role-count"]),
      text: z.string().nullable(),
    })
    .optional(),
  /**
   * Offsets of text that is never skill evidence: contact details (the name, e-mail, phone,
   * location, links), employers and role locations, schools, people the text names, the
   * references section. Absent in older profiles.
   */
  nonEvidence: z
    .array(
      z.object({
        kind: z.enum(["contact", "employer", "location", "institution", "person", "references"]),
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
      }),
    )
    .optional(),
});
export type ResumeProfile = z.infer<typeof resumeProfileSchema>;

export const senioritySchema = z.enum(["intern", "junior", "mid", "senior", "lead", "principal", "manager", "director", "executive"]);
export type Seniority = z.infer<typeof senioritySchema>;

export const scopedYearsSchema = z.object({
  minYears: z.number().nonnegative(),
  /** Every group must be met; any one id of a group meets it ("Python or Go"). */
  groups: z.array(z.array(z.string()).min(1)).min(1),
  /** The requirement as written, for explanations. */
  text: z.string(),
});
export type ScopedYears = z.infer<typeof scopedYearsSchema>;

export const jobEligibilitySchema = z.object({
  /**
   * Countries or regions ("EU", "North America") a candidate may work from, as the posting names
   * them; empty when it does not restrict (or does not say).
   */
  countries: z.array(z.string()),
  /** The list is open-ended ("US, Canada, UK and 20+ more"): a place outside it is not a blocker. */
  openToOthers: z.boolean(),
  /** Working-hours window as UTC offsets ("UTC−8 to UTC+2", "Eastern to Pacific time"). */
  timeZone: z.object({ fromUtc: z.number(), toUtc: z.number() }).nullable(),
  /** Relocation help offered (true), refused (false), or not stated (null). */
  relocation: z.boolean().nullable(),
  /** Visa sponsorship: "yes" offered, "no" refused, null not stated. */
  sponsorship: z.enum(["yes", "no"]).nullable(),
});
export type JobEligibility = z.infer<typeof jobEligibilitySchema>;

export const jobRequirementsSchema = z.object({
  /**
   * Versions 1 (before `scopedYears`), 2 (before certification `anyOf`), 3 (before soft skills,
   * duties and eligibility) and 4 (before title skills) are still accepted: the newer fields are optional.
   */
  schemaVersion: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(REQUIREMENTS_SCHEMA_VERSION)]),
  title: z.string().nullable(),
  seniority: senioritySchema.nullable(),
  /** Canonical taxonomy ids. */
  mustHaveSkills: z.array(z.string()),
  /**
   * Must-haves as groups of alternatives: each inner list is satisfied by any one of its ids
   * ("Snowflake, Redshift or BigQuery"); singletons are plain must-haves. Covers exactly the ids
   * of `mustHaveSkills`. Optional: requirements stored before it existed lack it.
   */
  mustHaveGroups: z.array(z.array(z.string())).optional(),
  niceToHaveSkills: z.array(z.string()),
  /**
   * Requirements the recruiter added that the taxonomy does not know ("Epic Willow"), by name; the
   * must-have groups and nice-to-haves refer to each as `custom:<name>`, and a resume meets it by
   * naming it (word-bounded, any case). Optional: absent when there are none.
   */
  customSkills: z.array(z.string()).optional(),
  /**
   * The names among `customSkills` that the job reader read from the posting's requirement wording
   * ("ministerial briefing", "F-Gas") rather than a recruiter typed: shown as read from the posting,
   * matched more forgivingly (word stems in one sentence, any order) and weighed less. Optional:
   * absent when there are none, and in requirements stored before it existed.
   */
  customSkillsRead: z.array(z.string()).optional(),
  /**
   * Soft skills the posting asks for (communication, teamwork…): shown apart, a small weight, never a
   * knockout. Optional: requirements stored before schema version 4 keep them among the skills.
   */
  softSkills: z.array(z.string()).optional(),
  /**
   * Skills named only in the duties ("you will…"): context for similarity, never requirements.
   * Optional: before schema version 4 they were nice-to-haves.
   */
  duties: z.array(z.string()).optional(),
  /**
   * Skills the job title names ("Registered Nurse – ICU" → critical care, "Teacher of Mathematics" →
   * mathematics) that the body does not also require: the role's own field, weighed strongly in the
   * must-have coverage but never a knockout and never a missing must-have. Optional: before schema
   * version 5 they were must-haves.
   */
  titleSkills: z.array(z.string()).optional(),
  minYearsExperience: z.number().nonnegative().nullable(),
  maxYearsExperience: z.number().nonnegative().nullable(),
  /**
   * Years requirements tied to skills or a domain named in the same requirement
   * ("2 years … in an adult ICU" → critical-care; "5+ years with Python and SQL" →
   * python, sql): each group of alternative ids needs `minYears` of its own. Optional:
   * requirements stored before schema version 2 lack it.
   */
  scopedYears: z.array(scopedYearsSchema).optional(),
  degree: z
    .object({
      level: degreeLevelSchema,
      required: z.boolean(),
      orEquivalentExperience: z.boolean(),
      fields: z.array(z.string()),
    })
    .nullable(),
  /**
   * Certifications / licenses; `required: true` ones are knockouts when missing. Entries sharing an
   * `anyOf` number are alternatives, met by any one of them ("RN license in Wisconsin or a multistate
   * NLC license", "CPA or CMA"). Optional: requirements stored before schema version 3 lack it.
   */
  certifications: z.array(
    z.object({ id: z.string().nullable(), name: z.string(), required: z.boolean(), anyOf: z.number().int().nonnegative().optional() }),
  ),
  location: z
    .object({
      text: z.string().nullable(),
      workplace: z.enum(["remote", "hybrid", "onsite"]).nullable(),
    })
    .nullable(),
  workAuthorization: z.string().nullable(),
  /** Where candidates may work from, sponsorship, relocation. Optional: absent before schema version 4. */
  eligibility: jobEligibilitySchema.optional(),
  employmentType: z.enum(["full_time", "part_time", "contract", "internship", "temporary"]).nullable(),
});
export type JobRequirements = z.infer<typeof jobRequirementsSchema>;
