import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { type HiddenTextSummary, hiddenTextSummarySchema } from "@/lib/schemas/api-v1";
import type { EvaluationSummary, ListEvaluationsQuery } from "@/lib/schemas/evaluations";
import type { Explanation } from "@/lib/engine/score/explanation";
import { readEvaluationReport } from "./explain-evaluation";

const summarySelect = {
  id: true,
  jobId: true,
  resumeId: true,
  status: true,
  score: true,
  verdict: true,
  attempts: true,
  stage: true,
  failedStage: true,
  errorCode: true,
  errorMessage: true,
  queuedAt: true,
  completedAt: true,
  durationMs: true,
  resume: { select: { originalName: true, candidateName: true } },
} satisfies Prisma.EvaluationSelect;

type SummaryRow = Prisma.EvaluationGetPayload<{ select: typeof summarySelect }>;

function toSummary(row: SummaryRow): EvaluationSummary {
  return {
    id: row.id,
    jobId: row.jobId,
    resumeId: row.resumeId,
    fileName: row.resume.originalName,
    candidateName: row.resume.candidateName,
    status: row.status,
    score: row.score,
    verdict: row.verdict,
    attempts: row.attempts,
    stage: row.stage,
    failedStage: row.failedStage,
    errorCode: row.errorCode,
    errorMessage: row.errorMessage,
    queuedAt: row.queuedAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    durationMs: row.durationMs,
  };
}

async function assertJobExists(db: PrismaClient, jobId: string): Promise<void> {
  const job = await db.job.findUnique({ where: { id: jobId }, select: { id: true } });
  if (!job) throw new AppError("NOT_FOUND", "This job does not exist.");
}

/** A job's evaluations, best score first (the jobId+score index) or newest first. */
export async function listEvaluations(options: {
  db: PrismaClient;
  jobId: string;
  query: ListEvaluationsQuery;
}): Promise<{ items: EvaluationSummary[]; total: number }> {
  const { db, jobId, query } = options;
  await assertJobExists(db, jobId);
  const where: Prisma.EvaluationWhereInput = {
    jobId,
    ...(query.status ? { status: query.status } : {}),
    ...(query.verdict ? { verdict: query.verdict } : {}),
  };
  const orderBy: Prisma.EvaluationOrderByWithRelationInput[] =
    query.sort === "score" ? [{ score: { sort: "desc", nulls: "last" } }, { id: "asc" }] : [{ queuedAt: "desc" }, { id: "asc" }];
  const [rows, total] = await Promise.all([
    db.evaluation.findMany({ where, orderBy, take: query.limit, skip: query.offset, select: summarySelect }),
    db.evaluation.count({ where }),
  ]);
  return { items: rows.map(toSummary), total };
}

export type EvaluationDetail = EvaluationSummary & {
  breakdown: unknown;
  engineVersion: string | null;
  hiddenText: HiddenTextSummary | null;
  /** The hiring manager's explanation, derived at read time from the stored result; null until the evaluation completes. */
  explanation: Explanation | null;
  /** The suggestions addressed to the candidate (the breakdown's `feedback`); null until the evaluation completes. */
  candidateFeedback: string[] | null;
};

/** One evaluation with its full breakdown, the manager's explanation, the candidate's feedback and the file's hidden-text report. */
export async function getEvaluation(options: { db: PrismaClient; jobId: string; evaluationId: string }): Promise<EvaluationDetail> {
  const row = await options.db.evaluation.findFirst({
    where: { id: options.evaluationId, jobId: options.jobId },
    select: {
      ...summarySelect,
      breakdown: true,
      engineVersion: true,
      job: { select: { requirements: true } },
      resume: { select: { ...summarySelect.resume.select, hiddenText: true, profile: true, text: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "This evaluation does not exist.");
  // Stored by the pipeline; a row that does not match the shape is reported as none rather than passed through.
  const hidden = hiddenTextSummarySchema.safeParse(row.resume.hiddenText);
  const report = readEvaluationReport({
    breakdown: row.breakdown,
    requirements: row.job.requirements,
    profile: row.resume.profile,
    text: row.resume.text,
  });
  return {
    ...toSummary(row),
    breakdown: row.breakdown,
    engineVersion: row.engineVersion,
    hiddenText: hidden.success ? hidden.data : null,
    explanation: report?.explanation ?? null,
    candidateFeedback: report?.candidateFeedback ?? null,
  };
}
