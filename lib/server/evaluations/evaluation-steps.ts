import "server-only";
import type { EvaluationResult } from "@/lib/engine/score";
import { ENGINE_VERSION } from "@/lib/engine/score";
import { extractTextIsolated, type ExtractedDocument, type ExtractLimits, withOcrReport } from "@/lib/engine/extract";
import { parseResumeText, type ScoreInput, scoreResumeForJob } from "@/lib/server/runner/compute-core";
import type { EvaluationCompute } from "@/lib/server/runner/compute-pool";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { FileStorage } from "@/lib/server/storage/file-storage";
import type { EvaluationStage } from "@/lib/schemas/evaluations";
import { NonRetriableEvaluationError } from "./evaluation-errors";

// The evaluation pipeline as plain async steps. The evaluation job's handler
// (lib/server/background/jobs/evaluate-resume.handler.ts) runs them through its
// provider: in sequence (inline runner) or each in step.run (Inngest). Each step
// is idempotent: re-running it after a crash overwrites the same columns of the same rows.

export type PipelineDeps = {
  db: PrismaClient;
  storage: FileStorage;
  limits: Partial<ExtractLimits>;
  extract?: (bytes: Uint8Array, limits: Partial<ExtractLimits>) => Promise<ExtractedDocument>;
  /** Parse and score; in-thread when absent (the server passes its compute worker). */
  compute?: EvaluationCompute;
  now?: () => Date;
};

/** Runs one named step; the inline runner just calls `fn`, Inngest memoizes it with step.run. */
export type StepRunner = <T>(stage: EvaluationStage, fn: () => Promise<T>) => Promise<T>;

/** Who may write the result: the inline runner's lease owner, or (Inngest) any run while the row is processing. */
export type PersistGuard = { lockedBy: string } | null;

/** `requestId`: the request that queued the evaluation (its log lines carry it). */
export type LoadedEvaluation =
  | {
      kind: "run";
      evaluationId: string;
      requestId: string | null;
      jobId: string;
      resumeId: string;
      requirementsRevision: number;
      needsText: boolean;
      needsProfile: boolean;
    }
  | { kind: "skip"; reason: string; requestId: string | null };

export async function loadEvaluationStep(deps: PipelineDeps, evaluationId: string): Promise<LoadedEvaluation> {
  const evaluation = await deps.db.evaluation.findUnique({
    where: { id: evaluationId },
    select: {
      status: true,
      jobId: true,
      resumeId: true,
      requestId: true,
      job: { select: { requirementsRevision: true } },
      resume: { select: { text: true, parseStatus: true, parseErrorCode: true, parseError: true } },
    },
  });
  if (!evaluation) return { kind: "skip", reason: "evaluation no longer exists", requestId: null };
  const { requestId } = evaluation;
  if (evaluation.status === "completed") return { kind: "skip", reason: "already completed", requestId };
  // Only a retry (which moves the row back to queued) may run a failed evaluation again.
  if (evaluation.status === "failed") return { kind: "skip", reason: "failed; retry it to run it again", requestId };
  const { resume } = evaluation;
  // A content error is a property of the file: every job sharing the resume fails the same way without re-reading it.
  if (resume.parseStatus === "failed" && resume.parseErrorCode) {
    throw new NonRetriableEvaluationError(resume.parseErrorCode, resume.parseError ?? "This file could not be read.");
  }
  return {
    kind: "run",
    evaluationId,
    requestId,
    jobId: evaluation.jobId,
    resumeId: evaluation.resumeId,
    requirementsRevision: evaluation.job.requirementsRevision,
    needsText: resume.text === null,
    needsProfile: resume.parseStatus !== "parsed",
  };
}

export async function extractTextStep(deps: PipelineDeps, resumeId: string): Promise<{ chars: number }> {
  const resume = await deps.db.resume.findUnique({ where: { id: resumeId }, select: { storageKey: true, text: true } });
  if (!resume) throw new NonRetriableEvaluationError("NOT_FOUND", "The resume was deleted.");
  if (resume.text !== null) return { chars: resume.text.length };
  let bytes: Buffer;
  try {
    bytes = await deps.storage.get(resume.storageKey);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      throw new NonRetriableEvaluationError("FILE_MISSING", "The stored file is missing. Upload the resume again.");
    throw error;
  }
  const document = await (deps.extract ?? extractTextIsolated)(new Uint8Array(bytes), deps.limits);
  // Stored with the text (same write), so the parse step can carry it onto the profile and the reviewer sees it.
  await deps.db.resume.update({
    where: { id: resumeId },
    data: {
      text: document.text,
      hiddenText: document.hiddenText ? (document.hiddenText as unknown as Prisma.InputJsonValue) : Prisma.DbNull,
      ocr: document.ocr ? (document.ocr as unknown as Prisma.InputJsonValue) : Prisma.DbNull,
    },
  });
  return { chars: document.text.length };
}

export async function parseStep(deps: PipelineDeps, resumeId: string): Promise<{ skills: number }> {
  const resume = await deps.db.resume.findUnique({
    where: { id: resumeId },
    select: { text: true, hiddenText: true, ocr: true, parseStatus: true, profile: true },
  });
  if (!resume) throw new NonRetriableEvaluationError("NOT_FOUND", "The resume was deleted.");
  if (resume.text === null) throw new Error("parse step reached without extracted text");
  const now = deps.now?.() ?? new Date();
  const parsed = deps.compute
    ? await deps.compute.parse(resume.text, now, resume.hiddenText)
    : parseResumeText(resume.text, now.toISOString(), resume.hiddenText);
  // Text read by OCR: the profile records it (the candidate page says so; scoring weighs its evidence by confidence).
  const profile = withOcrReport(parsed, resume.ocr);
  await deps.db.resume.update({
    where: { id: resumeId },
    data: {
      profile: profile as unknown as Prisma.InputJsonValue,
      parseStatus: "parsed",
      parseErrorCode: null,
      parseError: null,
      candidateName: profile.contact.name?.slice(0, 200) ?? null,
      candidateEmail: profile.contact.email?.slice(0, 254) ?? null,
    },
  });
  return { skills: profile.skills.length };
}

export type ScoreStepResult = { result: EvaluationResult; requirementsRevision: number };

/** Pure computation from stored data: the parsed profile and the job's current requirements. */
export async function scoreStep(deps: PipelineDeps, evaluationId: string): Promise<ScoreStepResult> {
  const evaluation = await deps.db.evaluation.findUnique({
    where: { id: evaluationId },
    select: {
      job: { select: { id: true, requirements: true, rawText: true, weights: true, thresholds: true, requirementsRevision: true } },
      resume: { select: { text: true, profile: true } },
    },
  });
  if (!evaluation) throw new NonRetriableEvaluationError("NOT_FOUND", "The evaluation was deleted.");
  const { job, resume } = evaluation;
  if (resume.text === null || resume.profile === null) throw new Error("score step reached before the resume was parsed");
  const input: ScoreInput = { job, resume: { text: resume.text, profile: resume.profile } };
  const result = deps.compute ? await deps.compute.score(input) : scoreResumeForJob(input);
  return { result, requirementsRevision: job.requirementsRevision };
}

/** Writes the result once: returns false when the row is no longer ours (lease lost, or completed by another run). */
export async function persistStep(
  deps: PipelineDeps,
  input: { evaluationId: string; scored: ScoreStepResult; guard: PersistGuard },
): Promise<{ persisted: boolean; durationMs: number | null }> {
  const completedAt = deps.now?.() ?? new Date();
  const current = await deps.db.evaluation.findUnique({ where: { id: input.evaluationId }, select: { startedAt: true } });
  const { result } = input.scored;
  const durationMs = current?.startedAt ? Math.max(0, completedAt.getTime() - current.startedAt.getTime()) : null;
  const updated = await deps.db.evaluation.updateMany({
    where: { id: input.evaluationId, status: "processing", ...(input.guard ? { lockedBy: input.guard.lockedBy } : {}) },
    data: {
      status: "completed",
      score: result.score,
      verdict: result.verdict,
      breakdown: result as unknown as Prisma.InputJsonValue,
      engineVersion: result.engineVersion ?? ENGINE_VERSION,
      requirementsRevision: input.scored.requirementsRevision,
      stage: "persist",
      failedStage: null,
      errorCode: null,
      errorMessage: null,
      completedAt,
      durationMs,
      lockedBy: null,
      lockedUntil: null,
    },
  });
  return { persisted: updated.count === 1, durationMs };
}

export type PipelineOutcome = { outcome: "completed" | "lost-lease" | "skipped"; reason?: string };

/** The whole evaluation, step by step; steps that are already done (text, profile) are skipped. */
export async function runEvaluationPipeline(options: {
  deps: PipelineDeps;
  evaluationId: string;
  runStep: StepRunner;
  guard: PersistGuard;
  /** Runs inside the load step first (Inngest: move the row to processing). */
  beforeLoad?: () => Promise<void>;
}): Promise<PipelineOutcome> {
  const { deps, evaluationId, runStep } = options;
  const loaded = await runStep("load", async () => {
    await options.beforeLoad?.();
    return loadEvaluationStep(deps, evaluationId);
  });
  if (loaded.kind === "skip") return { outcome: "skipped", reason: loaded.reason };
  if (loaded.needsText) await runStep("extract-text", () => extractTextStep(deps, loaded.resumeId));
  if (loaded.needsProfile) await runStep("parse", () => parseStep(deps, loaded.resumeId));
  const scored = await runStep("score", () => scoreStep(deps, evaluationId));
  const { persisted } = await runStep("persist", () => persistStep(deps, { evaluationId, scored, guard: options.guard }));
  return persisted ? { outcome: "completed" } : { outcome: "lost-lease" };
}
