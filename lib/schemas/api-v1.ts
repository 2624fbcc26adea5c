// Shapes of the public REST API (/api/v1) that are not owned by one domain:
// pagination, errors and the response bodies. Request schemas live with their
// domain (jobs, shortlist, decisions, api-keys); all of them feed the OpenAPI document.
import { z } from "zod";
import { explanationSchema } from "@/lib/engine/score/explanation";
import { jobRequirementsSchema } from "@/lib/engine/types";
import { createDecisionBodySchema, decisionKindSchema } from "./decisions";
import { type ListShortlistQuery, SHORTLIST_SORTS } from "./shortlist";

/** C0 controls except tab/newline/CR, and DEL: never part of a search, and Postgres refuses NUL. */
function isControlCharacter(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
}

/** Free text in filters and searches: bounded, and no control characters (Postgres refuses NUL bytes). */
export const filterTextSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((value) => ![...value].some((char) => isControlCharacter(char.codePointAt(0) ?? 0)), {
    message: "Must not contain control characters.",
  });

export const cursorSchema = z
  .string()
  .min(1)
  .max(500)
  .regex(/^[A-Za-z0-9_-]+$/, "Not a cursor returned by this API.")
  .describe("Opaque: pass `nextCursor` from the previous page.");

export const pageQuerySchema = z.object({
  cursor: cursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "Not a valid id.");

export const errorBodySchema = z.object({
  error: z.object({
    code: z
      .string()
      .describe(
        "Stable machine-readable code, e.g. VALIDATION_FAILED, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE, RATE_LIMITED.",
      ),
    message: z.string().describe("What went wrong and what to do, safe to show to a user."),
    requestId: z.string(),
    details: z.unknown().optional(),
  }),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable().describe("null on the last page.") });
}

export const jobsListQuerySchema = pageQuerySchema.extend({
  status: z.enum(["open", "closed"]).optional(),
  q: filterTextSchema.optional().describe("Case-insensitive match on the title."),
});
export type JobsListQuery = z.infer<typeof jobsListQuerySchema>;

export const jobSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(["open", "closed"]),
  location: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type JobSummaryV1 = z.infer<typeof jobSummarySchema>;

export const jobDetailSchema = jobSummarySchema.extend({
  rawText: z.string(),
  sourceFileName: z.string().nullable(),
  requirements: jobRequirementsSchema,
  weights: z.record(z.string(), z.number()).nullable(),
  thresholds: z.record(z.string(), z.number()).nullable(),
  requirementsRevision: z.number().int(),
});

export const createdJobSchema = z.object({
  id: z.string(),
  title: z.string(),
  requirements: jobRequirementsSchema,
  requirementsRevision: z.number().int(),
  sourceFileName: z.string().nullable(),
});

export const updatedJobSchema = z.object({ id: z.string(), requirementsRevision: z.number().int(), rescoreNeeded: z.boolean() });

export const uploadFileResultSchema = z.discriminatedUnion("status", [
  z.object({
    fileName: z.string(),
    status: z.literal("queued"),
    resumeId: z.string(),
    evaluationId: z.string(),
    reusedResume: z.boolean(),
  }),
  z.object({
    fileName: z.string(),
    status: z.literal("duplicate"),
    resumeId: z.string(),
    evaluationId: z.string(),
    evaluationStatus: z.string(),
  }),
  z.object({ fileName: z.string(), status: z.literal("rejected"), error: z.object({ code: z.string(), message: z.string() }) }),
]);

export const uploadResponseSchema = z.object({
  jobId: z.string(),
  summary: z.object({ queued: z.number().int(), duplicate: z.number().int(), rejected: z.number().int() }),
  files: z.array(uploadFileResultSchema),
});

export const uploadFormSchema = z.object({
  files: z
    .array(z.string().describe("A PDF, DOCX or TXT file, or a scan as PNG, JPEG or TIFF (read by OCR)."))
    .describe("One or more files (multipart field `files`)."),
});

export const createJobFormSchema = z.object({
  file: z.string().describe("The job description as a PDF, DOCX or TXT file."),
  title: z.string().max(200).optional(),
  location: z.string().max(200).optional(),
});

export const resumeDetailSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  parseStatus: z.enum(["pending", "parsed", "failed"]),
  parseErrorCode: z.string().nullable(),
  candidateName: z.string().nullable(),
  candidateEmail: z.string().nullable(),
  createdAt: z.string(),
  evaluations: z.array(
    z.object({ id: z.string(), jobId: z.string(), status: z.string(), score: z.number().nullable(), verdict: z.string().nullable() }),
  ),
});

export const erasureResultSchema = z.object({
  resumeId: z.string(),
  erased: z.literal(true),
  evaluationsDeleted: z.number().int(),
  decisionsDeleted: z.number().int(),
});

export const candidateExportSchema = z.object({
  exportedAt: z.string(),
  resume: z.record(z.string(), z.unknown()).describe("Every stored field of the resume, including the extracted text and profile."),
  evaluations: z.array(z.record(z.string(), z.unknown())),
  decisions: z.array(z.record(z.string(), z.unknown())),
});

export const evaluationSummarySchema = z.object({
  id: z.string(),
  jobId: z.string(),
  resumeId: z.string(),
  fileName: z.string(),
  candidateName: z.string().nullable(),
  status: z.enum(["queued", "processing", "completed", "failed"]),
  score: z.number().nullable(),
  verdict: z.enum(["high", "medium", "low"]).nullable(),
  attempts: z.number().int(),
  stage: z.string().nullable(),
  failedStage: z.string().nullable(),
  errorCode: z.string().nullable(),
  errorMessage: z.string().nullable(),
  queuedAt: z.string(),
  completedAt: z.string().nullable(),
  durationMs: z.number().nullable(),
});

export const hiddenTextSummarySchema = z
  .object({
    chars: z.number().int().nonnegative().describe("Non-space characters left out."),
    reasons: z
      .array(z.string())
      .describe(
        "Why: background-colour, transparent, invisible-render-mode, tiny-font, off-page, clipped, covered, hidden-run, hidden-layer.",
      ),
    sample: z.string().describe("The start of the hidden text."),
  })
  .describe("Text in the file a reader cannot see (white text, tiny type, …); it was left out of the text and not scored.");
export type HiddenTextSummary = z.infer<typeof hiddenTextSummarySchema>;

export const evaluationDetailSchema = evaluationSummarySchema.extend({
  breakdown: z
    .unknown()
    .describe(
      "The engine's EvaluationResult: components, matched/missing skills with evidence, relatedSkills (credited only through a related skill), facts.flaggedSpans (text that did not count) and facts.yearsEstimated, feedback.",
    ),
  engineVersion: z.string().nullable(),
  hiddenText: hiddenTextSummarySchema.nullable(),
  explanation: explanationSchema
    .nullable()
    .describe(
      "For the hiring manager: why this score in plain words — strengths, gaps, knockouts and what to check (e.g. where the candidate may work from). Null until the evaluation completes.",
    ),
  candidateFeedback: z
    .array(z.string())
    .nullable()
    .describe("For the candidate: suggestions addressed to them (same as `breakdown.feedback`). Null until the evaluation completes."),
});

export const retryResultSchema = z.object({ evaluationId: z.string(), status: z.literal("queued") });
export const jobRetryResultSchema = z.object({
  jobId: z.string(),
  retried: z.number().int().describe("How many failed evaluations were queued again."),
  evaluationIds: z.array(z.string()),
});

const count = z.number().int().min(0);
export const jobCountsSchema = z.object({
  total: count,
  byStatus: z.object({ queued: count, processing: count, completed: count, failed: count }),
  byVerdict: z.object({ high: count, medium: count, low: count }).describe("Completed evaluations only."),
});

/**
 * The shortlist filters of GET /api/v1/jobs/{jobId}/evaluations. Same names and
 * meaning as the shortlist page (lib/schemas/shortlist.ts), but strict: a bad
 * value is a 400 for an API client instead of being ignored.
 */
export const v1ShortlistQuerySchema = pageQuerySchema.extend({
  verdict: z.enum(["high", "medium", "low"]).optional(),
  minScore: z.coerce.number().min(0).max(100).optional(),
  hasSkill: filterTextSchema.max(100).optional().describe("Taxonomy id or name of a skill the resume shows."),
  missingSkill: filterTextSchema.max(100).optional().describe("Taxonomy id or name of a job must-have the candidate is missing."),
  minYears: z.coerce
    .number()
    .min(0)
    .max(60)
    .optional()
    .describe("Minimum total years of experience (estimated years for undated resumes)."),
  location: filterTextSchema.max(100).optional(),
  decision: z.enum(["shortlist", "hold", "reject", "none"]).optional().describe("Latest decision; `none` = not decided yet."),
  q: filterTextSchema.max(100).optional().describe("Free text over candidate name, file name and skills."),
  sort: z.enum(SHORTLIST_SORTS).default("score"),
  dir: z.enum(["asc", "desc"]).optional(),
});
export type V1ShortlistQuery = z.infer<typeof v1ShortlistQuerySchema>;

/** The shortlist use case's query for one page of a v1 request. */
export function toShortlistQuery(query: V1ShortlistQuery, page: { page: number; pageSize: number }): ListShortlistQuery {
  const { cursor: _cursor, limit: _limit, hasSkill, missingSkill, location, q, ...filters } = query;
  return { ...filters, hasSkill, missingSkill, location, q, page: page.page, pageSize: page.pageSize };
}

export const shortlistRowSchema = z.object({
  evaluationId: z.string(),
  resumeId: z.string(),
  candidateName: z.string().nullable(),
  fileName: z.string(),
  score: z.number(),
  verdict: z.enum(["high", "medium", "low"]),
  years: z.number().nullable().describe("Years of experience: the sum of dated roles, or the estimate when no role is dated."),
  yearsEstimated: z.boolean().describe("True when years is an estimate (a stated total, years since graduation or a count of roles)."),
  location: z.string().nullable(),
  topMatched: z.array(z.string()),
  missingMustHave: z.array(z.string()),
  decision: decisionKindSchema.nullable(),
  decisionNote: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
});

export const progressQuerySchema = pageQuerySchema.extend({
  status: z.enum(["queued", "processing", "completed", "failed"]).optional(),
  verdict: z.enum(["high", "medium", "low"]).optional(),
  sort: z.enum(["score", "recent"]).default("recent"),
});

/** POST /api/v1/evaluations/{evaluationId}/decisions: the evaluation comes from the URL. */
export const v1CreateDecisionBodySchema = createDecisionBodySchema
  .omit({ jobId: true, evaluationId: true })
  .refine((body) => !body.note?.includes("\u0000"), { message: "The note must not contain NUL characters.", path: ["note"] });

export const decisionEntrySchema = z.object({
  id: z.string(),
  decision: decisionKindSchema,
  note: z.string().nullable(),
  reviewerName: z.string(),
  reviewerEmail: z.string(),
  createdAt: z.string(),
});

export const createdDecisionSchema = z.object({ id: z.string(), createdAt: z.string() });

export const auditLogQuerySchema = pageQuerySchema.extend({
  action: filterTextSchema.max(100).optional(),
  actor: filterTextSchema.max(254).optional().describe("Actor email, user id or label (e.g. api-key:rc_live_ab12cd)."),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type AuditLogQuery = z.infer<typeof auditLogQuerySchema>;
