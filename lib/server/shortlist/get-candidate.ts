import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { type EvaluationResult, evaluationResultSchema } from "@/lib/engine/score/schema";
import { type ResumeProfile, resumeProfileSchema } from "@/lib/engine/types";

export type CandidateDetail = {
  evaluationId: string;
  jobId: string;
  jobTitle: string;
  resumeId: string;
  fileName: string;
  status: "queued" | "processing" | "completed" | "failed";
  /** `rediscovery`: found among resumes stored for other jobs ("Find matches among past candidates"). */
  source: "upload" | "rediscovery";
  score: number | null;
  verdict: "high" | "medium" | "low" | null;
  result: EvaluationResult | null;
  profile: ResumeProfile | null;
  text: string | null;
  candidateName: string | null;
  otherJobs: {
    jobId: string;
    jobTitle: string;
    evaluationId: string;
    status: "queued" | "processing" | "completed" | "failed";
    score: number | null;
    verdict: "high" | "medium" | "low" | null;
  }[];
};

/** One candidate of a job: the stored evaluation result, parsed profile, extracted text and the other jobs they were evaluated for. */
export async function getCandidate(options: { db: PrismaClient; jobId: string; evaluationId: string }): Promise<CandidateDetail> {
  const { db } = options;
  const row = await db.evaluation.findFirst({
    where: { id: options.evaluationId, jobId: options.jobId },
    select: {
      id: true,
      jobId: true,
      status: true,
      source: true,
      score: true,
      verdict: true,
      breakdown: true,
      job: { select: { title: true } },
      resume: { select: { id: true, originalName: true, text: true, profile: true, candidateName: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "This candidate does not exist for this job.");
  const others = await db.evaluation.findMany({
    where: { resumeId: row.resume.id, NOT: { id: row.id } },
    orderBy: { queuedAt: "desc" },
    take: 20,
    select: { id: true, jobId: true, status: true, score: true, verdict: true, job: { select: { title: true } } },
  });
  const result = evaluationResultSchema.safeParse(row.breakdown);
  const profile = resumeProfileSchema.safeParse(row.resume.profile);
  return {
    evaluationId: row.id,
    jobId: row.jobId,
    jobTitle: row.job.title,
    resumeId: row.resume.id,
    fileName: row.resume.originalName,
    status: row.status,
    source: row.source,
    score: row.score,
    verdict: row.verdict,
    result: result.success ? result.data : null,
    profile: profile.success ? profile.data : null,
    text: row.resume.text,
    candidateName: row.resume.candidateName,
    otherJobs: others.map((other) => ({
      jobId: other.jobId,
      jobTitle: other.job.title,
      evaluationId: other.id,
      status: other.status,
      score: other.score,
      verdict: other.verdict,
    })),
  };
}

/** Several candidates of one job for side-by-side comparison (ids outside the job are ignored). */
export async function getCandidatesForCompare(options: {
  db: PrismaClient;
  jobId: string;
  evaluationIds: string[];
}): Promise<CandidateDetail[]> {
  const details = await Promise.all(
    options.evaluationIds.map((evaluationId) =>
      getCandidate({ db: options.db, jobId: options.jobId, evaluationId }).catch((error) =>
        error instanceof AppError && error.code === "NOT_FOUND" ? null : Promise.reject(error),
      ),
    ),
  );
  return details.filter((detail): detail is CandidateDetail => detail !== null);
}
