// The route registry of the public API: one entry per /api/v1 method and path.
// Route handlers take their access rule and schemas from here, the OpenAPI
// document is generated from it, and the authorization matrix test walks it
// (a route file without an entry, or an entry without a handler, fails that test).
import { z } from "zod";
import { AREA_ROLES } from "./access";
import { apiKeyIdParamsSchema, apiKeySummarySchema, createApiKeyBodySchema, createdApiKeySchema, type ApiKeyScope } from "./api-keys";
import {
  auditLogQuerySchema,
  candidateExportSchema,
  createdDecisionSchema,
  createdJobSchema,
  createJobFormSchema,
  decisionEntrySchema,
  erasureResultSchema,
  evaluationDetailSchema,
  evaluationSummarySchema,
  idSchema,
  jobCountsSchema,
  jobDetailSchema,
  jobRetryResultSchema,
  jobsListQuerySchema,
  jobSummarySchema,
  pageOf,
  progressQuerySchema,
  resumeDetailSchema,
  retryResultSchema,
  shortlistRowSchema,
  updatedJobSchema,
  uploadFormSchema,
  uploadResponseSchema,
  v1CreateDecisionBodySchema,
  v1ShortlistQuerySchema,
} from "./api-v1";
import type { Role } from "./auth";
import { createJobBodySchema, updateJobBodySchema } from "./jobs";
import { uploadBatchIdSchema } from "./resumes";

export type HttpMethod = "GET" | "POST" | "PATCH" | "DELETE";
export type RouteAccess = { kind: "public" } | { kind: "authenticated"; roles: readonly Role[]; scopes: readonly ApiKeyScope[] };

export type ApiRoute = {
  operationId: string;
  method: HttpMethod;
  /** OpenAPI path template, e.g. /api/v1/jobs/{jobId}. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  access: RouteAccess;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: { json?: z.ZodType; multipart?: z.ZodType; raw?: string };
  /**
   * The success response: JSON described by `schema`, the bytes of a stored file (`file`: what they are),
   * or a generated document of `contentType` (a download).
   */
  response: { status: number; description: string; schema?: z.ZodType; file?: string; contentType?: string };
  /** Error statuses this route can return besides 401/403/429/500. */
  errors?: number[];
};

const ALL_ROLES = ["admin", "recruiter", "hiring_manager"] as const satisfies readonly Role[];
const read = (roles: readonly Role[]): RouteAccess => ({ kind: "authenticated", roles, scopes: ["read"] });
const write = (roles: readonly Role[]): RouteAccess => ({ kind: "authenticated", roles, scopes: ["write"] });
const admin = (roles: readonly Role[]): RouteAccess => ({ kind: "authenticated", roles, scopes: ["admin"] });

const jobParams = z.object({ jobId: idSchema });
const resumeParams = z.object({ resumeId: idSchema });
const evaluationParams = z.object({ evaluationId: idSchema });

export const API_ROUTES = {
  listJobs: {
    operationId: "listJobs",
    method: "GET",
    path: "/api/v1/jobs",
    tag: "Jobs",
    summary: "List jobs, newest first",
    access: read(AREA_ROLES.reviewing),
    query: jobsListQuerySchema,
    response: { status: 200, description: "A page of jobs.", schema: pageOf(jobSummarySchema) },
  },
  createJob: {
    operationId: "createJob",
    method: "POST",
    path: "/api/v1/jobs",
    tag: "Jobs",
    summary: "Create a job from pasted text or a JD file",
    description:
      "JSON `{ title?, text, location? }`, or multipart/form-data with a `file` (PDF, DOCX or TXT). The requirements are parsed at once and returned.",
    access: write(AREA_ROLES.recruiting),
    body: { json: createJobBodySchema, multipart: createJobFormSchema },
    response: { status: 201, description: "The created job with its parsed requirements.", schema: z.object({ job: createdJobSchema }) },
    errors: [400, 413, 415, 422],
  },
  getJob: {
    operationId: "getJob",
    method: "GET",
    path: "/api/v1/jobs/{jobId}",
    tag: "Jobs",
    summary: "Get a job with its requirements",
    access: read(AREA_ROLES.reviewing),
    params: jobParams,
    response: { status: 200, description: "The job.", schema: z.object({ job: jobDetailSchema }) },
    errors: [404],
  },
  updateJob: {
    operationId: "updateJob",
    method: "PATCH",
    path: "/api/v1/jobs/{jobId}",
    tag: "Jobs",
    summary: "Update a job's title, status, requirements, weights or thresholds",
    description: "A change to requirements, weights or thresholds re-scores the job's completed evaluations in the background.",
    access: write(AREA_ROLES.recruiting),
    params: jobParams,
    body: { json: updateJobBodySchema },
    response: {
      status: 200,
      description: "The new revision and whether a re-score was started.",
      schema: z.object({ job: updatedJobSchema }),
    },
    errors: [400, 404],
  },
  uploadResumes: {
    operationId: "uploadResumes",
    method: "POST",
    path: "/api/v1/jobs/{jobId}/resumes",
    tag: "Resumes",
    summary: "Upload one or many resumes to a job",
    description:
      "multipart/form-data with one or more files (field `files`), or one file as the raw body named by `?name=`. 201 with one result per file: queued, duplicate or rejected (with the reason; INSUFFICIENT_STORAGE when the server's storage filled up, that file was not stored). 507 when storage is full and no file could be stored. A file over the size limit or too many files get 413 with the limit in the message, as soon as the limit is reached while reading.",
    access: write(AREA_ROLES.recruiting),
    params: jobParams,
    query: z.object({
      name: z.string().max(255).optional().describe("File name when the body is one raw file."),
      batch: uploadBatchIdSchema
        .optional()
        .describe("A UUID shared by the requests of one selection sent one file at a time: the audit log records them as one upload."),
    }),
    body: {
      multipart: uploadFormSchema,
      raw: "One PDF, DOCX, TXT, PNG, JPEG or TIFF file (application/octet-stream); scans and PDFs without text are read by OCR.",
    },
    response: { status: 201, description: "One result per file.", schema: uploadResponseSchema },
    errors: [400, 404, 409, 413, 415, 507],
  },
  getJobCounts: {
    operationId: "getJobCounts",
    method: "GET",
    path: "/api/v1/jobs/{jobId}/counts",
    tag: "Evaluations",
    summary: "How many of a job's evaluations are in each status and verdict",
    description: "One grouped count: cheap enough to poll while uploads are processed.",
    access: read(AREA_ROLES.reviewing),
    params: jobParams,
    response: { status: 200, description: "The counts.", schema: z.object({ jobId: z.string(), counts: jobCountsSchema }) },
    errors: [404],
  },
  retryJobFailures: {
    operationId: "retryJobFailures",
    method: "POST",
    path: "/api/v1/jobs/{jobId}/evaluations/retry",
    tag: "Evaluations",
    summary: "Retry every failed evaluation of a job",
    description: "Failed evaluations are queued again with a fresh attempt budget; files that could not be read are read again.",
    access: write(AREA_ROLES.recruiting),
    params: jobParams,
    response: { status: 200, description: "What was queued again (none when nothing had failed).", schema: jobRetryResultSchema },
    errors: [404],
  },
  listShortlist: {
    operationId: "listShortlist",
    method: "GET",
    path: "/api/v1/jobs/{jobId}/evaluations",
    tag: "Evaluations",
    summary: "A job's ranked shortlist with filters",
    description: "Completed evaluations, best first by default, with the shortlist filters. Use `/progress` for queued and failed ones.",
    access: read(AREA_ROLES.reviewing),
    params: jobParams,
    query: v1ShortlistQuerySchema,
    response: {
      status: 200,
      description: "A page of the shortlist.",
      schema: pageOf(shortlistRowSchema).extend({ total: z.number().int() }),
    },
    errors: [400, 404],
  },
  listJobProgress: {
    operationId: "listJobProgress",
    method: "GET",
    path: "/api/v1/jobs/{jobId}/progress",
    tag: "Evaluations",
    summary: "Every evaluation of a job with its processing status",
    access: read(AREA_ROLES.reviewing),
    params: jobParams,
    query: progressQuerySchema,
    response: {
      status: 200,
      description: "A page of evaluations.",
      schema: pageOf(evaluationSummarySchema).extend({ total: z.number().int() }),
    },
    errors: [400, 404],
  },
  getResume: {
    operationId: "getResume",
    method: "GET",
    path: "/api/v1/resumes/{resumeId}",
    tag: "Resumes",
    summary: "Get a resume's metadata and evaluations",
    access: read(AREA_ROLES.reviewing),
    params: resumeParams,
    response: { status: 200, description: "The resume.", schema: z.object({ resume: resumeDetailSchema }) },
    errors: [404],
  },
  eraseResume: {
    operationId: "eraseResume",
    method: "DELETE",
    path: "/api/v1/resumes/{resumeId}",
    tag: "Privacy",
    summary: "Erase a candidate",
    description:
      "Deletes the file, the extracted text and profile, and every evaluation and decision about the resume, across all jobs. The audit log records only that an erasure happened.",
    access: write(AREA_ROLES.recruiting),
    params: resumeParams,
    response: { status: 200, description: "What was erased.", schema: erasureResultSchema },
    errors: [404],
  },
  getResumeFile: {
    operationId: "getResumeFile",
    method: "GET",
    path: "/api/v1/resumes/{resumeId}/file",
    tag: "Resumes",
    summary: "Download a resume's original file",
    description:
      "The bytes as uploaded, with the media type detected from them at upload. `Content-Disposition: attachment` unless `?disposition=inline`; always `X-Content-Type-Options: nosniff` and `Content-Security-Policy: default-src 'none'; sandbox`, so nothing in the file runs with the app's origin. The candidate page's PDF viewer reads it with `?disposition=inline`. A browser session in blind review (the `rc_blind_review` cookie is `1`) gets 403: blind review hides the original; API-key clients have no blind-review state.",
    access: read(AREA_ROLES.reviewing),
    params: resumeParams,
    query: z.object({
      disposition: z
        .enum(["attachment", "inline"])
        .default("attachment")
        .describe("`inline` lets the browser display the file (still sandboxed); `attachment` (default) downloads it."),
    }),
    response: { status: 200, description: "The original file.", file: "The resume as uploaded (PDF, DOCX, TXT or another accepted type)." },
    errors: [400, 404],
  },
  exportCandidate: {
    operationId: "exportCandidate",
    method: "GET",
    path: "/api/v1/resumes/{resumeId}/export",
    tag: "Privacy",
    summary: "Export everything stored about a candidate (data-subject access)",
    access: read(AREA_ROLES.recruiting),
    params: resumeParams,
    response: { status: 200, description: "All stored data of the candidate as JSON.", schema: candidateExportSchema },
    errors: [404],
  },
  getEvaluation: {
    operationId: "getEvaluation",
    method: "GET",
    path: "/api/v1/evaluations/{evaluationId}",
    tag: "Evaluations",
    summary: "Get an evaluation with its full breakdown",
    access: read(AREA_ROLES.reviewing),
    params: evaluationParams,
    response: { status: 200, description: "The evaluation.", schema: z.object({ evaluation: evaluationDetailSchema }) },
    errors: [404],
  },
  retryEvaluation: {
    operationId: "retryEvaluation",
    method: "POST",
    path: "/api/v1/evaluations/{evaluationId}/retry",
    tag: "Evaluations",
    summary: "Retry a failed evaluation",
    access: write(AREA_ROLES.recruiting),
    params: evaluationParams,
    response: { status: 200, description: "The evaluation is queued again.", schema: retryResultSchema },
    errors: [404, 409],
  },
  getCandidateFeedback: {
    operationId: "getCandidateFeedback",
    method: "GET",
    path: "/api/v1/evaluations/{evaluationId}/feedback",
    tag: "Evaluations",
    summary: "Download the candidate's feedback as Markdown",
    description:
      "The suggestions addressed to the candidate, as a Markdown file to send on. The hiring manager's explanation is the `explanation` field of GET /api/v1/evaluations/{evaluationId}. In blind review (the app's session) the candidate's name, places, schools and contact details are masked.",
    access: read(AREA_ROLES.reviewing),
    params: evaluationParams,
    response: { status: 200, description: "The feedback document (text/markdown, as an attachment).", contentType: "text/markdown" },
    errors: [404, 409],
  },
  listDecisions: {
    operationId: "listDecisions",
    method: "GET",
    path: "/api/v1/evaluations/{evaluationId}/decisions",
    tag: "Decisions",
    summary: "An evaluation's decisions, newest (current) first",
    access: read(AREA_ROLES.reviewing),
    params: evaluationParams,
    response: { status: 200, description: "Decision history.", schema: z.object({ items: z.array(decisionEntrySchema) }) },
    errors: [404],
  },
  createDecision: {
    operationId: "createDecision",
    method: "POST",
    path: "/api/v1/evaluations/{evaluationId}/decisions",
    tag: "Decisions",
    summary: "Shortlist, hold or reject a candidate, with an optional note",
    access: write(AREA_ROLES.reviewing),
    params: evaluationParams,
    body: { json: v1CreateDecisionBodySchema },
    response: { status: 201, description: "The decision.", schema: z.object({ decision: createdDecisionSchema }) },
    errors: [400, 404, 409],
  },
  listApiKeys: {
    operationId: "listApiKeys",
    method: "GET",
    path: "/api/v1/api-keys",
    tag: "API keys",
    summary: "List API keys (admins: all; others: their own) with last use",
    access: admin(ALL_ROLES),
    query: z.object({ userId: idSchema.optional() }),
    response: { status: 200, description: "Keys, newest first.", schema: z.object({ items: z.array(apiKeySummarySchema) }) },
  },
  createApiKey: {
    operationId: "createApiKey",
    method: "POST",
    path: "/api/v1/api-keys",
    tag: "API keys",
    summary: "Create an API key (the full key is in this response only)",
    access: admin(ALL_ROLES),
    body: { json: createApiKeyBodySchema },
    response: { status: 201, description: "The key, shown once.", schema: createdApiKeySchema },
    errors: [400, 404],
  },
  revokeApiKey: {
    operationId: "revokeApiKey",
    method: "DELETE",
    path: "/api/v1/api-keys/{keyId}",
    tag: "API keys",
    summary: "Revoke an API key at once",
    access: admin(ALL_ROLES),
    params: apiKeyIdParamsSchema,
    response: { status: 200, description: "The revoked key.", schema: z.object({ apiKey: apiKeySummarySchema }) },
    errors: [404],
  },
  rotateApiKey: {
    operationId: "rotateApiKey",
    method: "POST",
    path: "/api/v1/api-keys/{keyId}/rotate",
    tag: "API keys",
    summary: "Issue a replacement key; the old one works until revoked",
    access: admin(ALL_ROLES),
    params: apiKeyIdParamsSchema,
    response: { status: 201, description: "The new key, shown once.", schema: createdApiKeySchema },
    errors: [404, 409],
  },
  listAuditLog: {
    operationId: "listAuditLog",
    method: "GET",
    path: "/api/v1/audit-log",
    tag: "Audit",
    summary: "The audit log, newest first, filtered by action, actor and date",
    access: admin(AREA_ROLES.administration),
    query: auditLogQuerySchema,
    response: {
      status: 200,
      description: "A page of audit entries.",
      schema: pageOf(
        z.object({
          id: z.string(),
          createdAt: z.string(),
          action: z.string(),
          actor: z.string().nullable(),
          targetType: z.string().nullable(),
          targetId: z.string().nullable(),
          ip: z.string().nullable(),
          requestId: z.string().nullable(),
          metadata: z.unknown(),
        }),
      ),
    },
    errors: [400],
  },
  getOpenApiDocument: {
    operationId: "getOpenApiDocument",
    method: "GET",
    path: "/api/v1/openapi.json",
    tag: "Meta",
    summary: "This API's OpenAPI 3.1 document",
    access: { kind: "public" },
    response: { status: 200, description: "The OpenAPI document." },
  },
} as const satisfies Record<string, ApiRoute>;

export type ApiRouteId = keyof typeof API_ROUTES;
export const API_ROUTE_LIST: readonly ApiRoute[] = Object.values(API_ROUTES);
