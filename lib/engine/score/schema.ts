// Public, zod-described shapes of the scorer: weights, verdict thresholds and the
// evaluation result stored with each resume × job pair. JSON-serialisable so the
// web app can store, validate per-job edits and re-display them.
import { z } from "zod";
import { evidenceSchema } from "../types";

const weight = z.number().min(0).max(10);

export const scoringWeightsSchema = z.object({
  mustHave: weight,
  niceToHave: weight,
  experience: weight,
  semantic: weight,
  seniority: weight,
  education: weight,
  certifications: weight,
});
export type ScoringWeights = z.infer<typeof scoringWeightsSchema>;
export type ComponentKey = keyof ScoringWeights;

export const verdictThresholdsSchema = z
  .object({
    /** Score at or above which the verdict is "high". */
    high: z.number().min(0).max(100),
    /** Score at or above which the verdict is "medium" (below: "low"). */
    medium: z.number().min(0).max(100),
    /** Highest score a candidate with a knockout (missing required license…) can get. */
    knockoutCap: z.number().min(0).max(100),
  })
  .refine((t) => t.medium <= t.high, { message: "medium threshold must not exceed high threshold" });
export type VerdictThresholds = z.infer<typeof verdictThresholdsSchema>;

export const verdictSchema = z.enum(["high", "medium", "low"]);
export type Verdict = z.infer<typeof verdictSchema>;

export const matchViaSchema = z.enum(["exact", "broader", "related"]);
export type MatchVia = z.infer<typeof matchViaSchema>;

export const componentResultSchema = z.object({
  key: z.enum(["mustHave", "niceToHave", "experience", "semantic", "seniority", "education", "certifications"]),
  label: z.string(),
  /** 0–1. */
  score: z.number().min(0).max(1),
  /** Effective weight after normalisation over the components that apply to this job (sums to 1). */
  weight: z.number().min(0).max(1),
  detail: z.string(),
});
export type ComponentResult = z.infer<typeof componentResultSchema>;

export const matchedSkillSchema = z.object({
  /** The job's required skill id. */
  id: z.string(),
  name: z.string(),
  /** 0–1 credit earned for this requirement. */
  credit: z.number().min(0).max(1),
  via: matchViaSchema,
  /** The candidate's skill that earned the credit (differs from `id` for broader/related matches). */
  matchedId: z.string(),
  matchedName: z.string(),
  evidence: z.array(evidenceSchema),
});
export type MatchedSkill = z.infer<typeof matchedSkillSchema>;

/** A requirement credited only through a related or broader skill the resume shows ("Amazon EKS" via Kubernetes). */
export const relatedSkillSchema = z.object({
  required: z.string(),
  via: z.string(),
  credit: z.number().min(0).max(1),
  /** A must-have (true) or a nice-to-have (false); absent before 2026.12.5. */
  mustHave: z.boolean().optional(),
});
export type RelatedSkill = z.infer<typeof relatedSkillSchema>;

/** Text that does not count as evidence, and why. */
export const flaggedSpanSchema = z.object({
  reason: z.enum(["copied_from_posting"]),
  offset: z.number().int().nonnegative(),
  length: z.number().int().positive(),
  snippet: z.string(),
});
export type FlaggedSpan = z.infer<typeof flaggedSpanSchema>;

/** "1.4 of the 2 years of Critical Care (ICU) experience asked for". */
export const scopedYearsFactSchema = z.object({ name: z.string(), years: z.number(), required: z.number() });
export type ScopedYearsFact = z.infer<typeof scopedYearsFactSchema>;

/** A credential the job asks for and its status on the resume: held, pending, expired, named without being stated as held (unstated), only sought, or missing. */
export const credentialFactSchema = z.object({
  name: z.string(),
  required: z.boolean(),
  license: z.boolean(),
  status: z.enum(["held", "pending", "expired", "unstated", "sought", "disclaimed", "missing"]),
  /** Pending, and the posting accepts it applied for: it meets the requirement. */
  pendingAccepted: z.boolean().optional(),
  /** Pending: held with another jurisdiction's regulator (named here, "HCPC"), to be transferred to the one the posting requires. */
  transferFrom: z.string().optional(),
  /** Not stated, and of a kind resumes rarely state (a plain driving licence): checked at offer, not a gap. */
  verifyAtOffer: z.boolean().optional(),
});
export type CredentialFact = z.infer<typeof credentialFactSchema>;

export const missingSkillSchema = z.object({ id: z.string(), name: z.string() });
export type MissingSkill = z.infer<typeof missingSkillSchema>;

export const knockoutSchema = z.object({ code: z.string(), message: z.string() });
export type Knockout = z.infer<typeof knockoutSchema>;

export const evaluationResultSchema = z.object({
  engineVersion: z.string(),
  /** 0–100, one decimal. */
  score: z.number().min(0).max(100),
  verdict: verdictSchema,
  components: z.array(componentResultSchema),
  matchedMustHave: z.array(matchedSkillSchema),
  matchedNiceToHave: z.array(matchedSkillSchema),
  /** Requirements credited through a related skill: not shown directly, so listed apart from the matched ones. Absent before 2026.12.1. */
  relatedSkills: z.array(relatedSkillSchema).optional(),
  missingMustHave: z.array(missingSkillSchema),
  missingNiceToHave: z.array(missingSkillSchema),
  knockouts: z.array(knockoutSchema),
  findings: z.object({ experience: z.string(), education: z.string() }),
  feedback: z.array(z.string()),
  summary: z.string(),
  /** Numbers behind the findings, for UIs and debugging. */
  facts: z.object({
    relevantYears: z.number(),
    totalYears: z.number(),
    requiredYears: z.number().nullable(),
    keywordStuffing: z.boolean(),
    /** Years estimated because no role is dated (absent before 2026.12.1). */
    yearsEstimated: z.boolean().optional(),
    /** Text that did not count as evidence (absent before 2026.12.1). */
    flaggedSpans: z.array(flaggedSpanSchema).optional(),
    /** Years requirements scoped to a skill or domain and the years shown for each (absent before 2026.12.5). */
    scopedYears: z.array(scopedYearsFactSchema).optional(),
    /** The credentials the job asks for and what the resume shows of each (absent before 2026.12.5). */
    credentials: z.array(credentialFactSchema).optional(),
    weights: scoringWeightsSchema,
    thresholds: z.object({ high: z.number(), medium: z.number(), knockoutCap: z.number() }),
  }),
});
export type EvaluationResult = z.infer<typeof evaluationResultSchema>;
