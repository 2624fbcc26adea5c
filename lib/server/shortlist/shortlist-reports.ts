import "server-only";
import { explanationLines } from "@/lib/engine/score/explanation";
import { resumeProfileSchema } from "@/lib/engine/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ShortlistRow } from "@/lib/schemas/shortlist";
import { readEvaluationReport } from "@/lib/server/evaluations/explain-evaluation";
import { blindRedactor } from "./redact-blind";
import type { ShortlistReportCells } from "./shortlist-csv";

/** Rows read per query: the resume text and profile of each row are loaded, so a large export is read in slices. */
const SLICE = 200;

/**
 * The explanation (for the hiring manager) and the candidate feedback of each exported row,
 * derived from the stored evaluations as the candidate page does. Blind: every text is
 * redacted with its own candidate's profile, like the page and the notes.
 */
export async function loadShortlistReports(options: {
  db: PrismaClient;
  jobId: string;
  rows: readonly ShortlistRow[];
  blind: boolean;
}): Promise<Map<string, ShortlistReportCells>> {
  const { db, jobId } = options;
  const cells = new Map<string, ShortlistReportCells>();
  if (options.rows.length === 0) return cells;
  const job = await db.job.findUnique({ where: { id: jobId }, select: { requirements: true } });
  for (let start = 0; start < options.rows.length; start += SLICE) {
    const ids = options.rows.slice(start, start + SLICE).map((row) => row.evaluationId);
    const evaluations = await db.evaluation.findMany({
      where: { id: { in: ids }, jobId },
      select: { id: true, breakdown: true, resume: { select: { profile: true, text: true, candidateName: true } } },
    });
    for (const evaluation of evaluations) {
      const report = readEvaluationReport({
        breakdown: evaluation.breakdown,
        requirements: job?.requirements ?? null,
        profile: evaluation.resume.profile,
        text: evaluation.resume.text,
      });
      if (!report) continue;
      const profile = resumeProfileSchema.safeParse(evaluation.resume.profile);
      const redact = options.blind ? blindRedactor(profile.success ? profile.data : null, evaluation.resume.candidateName) : null;
      const explanation = explanationLines(report.explanation).join("\n");
      const feedback = report.candidateFeedback.map((line) => `• ${line}`).join("\n");
      cells.set(evaluation.id, {
        explanation: redact ? redact(explanation) : explanation,
        candidateFeedback: redact ? redact(feedback) : feedback,
      });
    }
  }
  return cells;
}
