import "server-only";
import { evaluationResultSchema } from "@/lib/engine/score/schema";
import { resumeProfileSchema } from "@/lib/engine/types";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { blindRedactor } from "@/lib/server/shortlist/redact-blind";

export type CandidateFeedbackDocument = { fileName: string; markdown: string; lines: string[] };

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "job"
  );
}

/** The candidate's feedback as a Markdown document a recruiter can send on: addressed to the candidate, about one job. */
export function candidateFeedbackMarkdown(options: { jobTitle: string; lines: readonly string[] }): string {
  const body =
    options.lines.length > 0
      ? options.lines.map((line) => `- ${line.replace(/\s+/g, " ").trim()}`).join("\n")
      : "- Your resume already shows what this role asks for; no changes to suggest.";
  return [
    `# Feedback on your application: ${options.jobTitle.replace(/\s+/g, " ").trim()}`,
    "",
    "Suggestions drawn from how your resume reads against the requirements of this role:",
    "",
    body,
    "",
  ].join("\n");
}

/**
 * The stored candidate feedback of one evaluation as a downloadable document. In blind review
 * the candidate's name, places, schools and contact details are masked, as on the page.
 */
export async function getCandidateFeedback(options: {
  db: PrismaClient;
  evaluationId: string;
  blind: boolean;
}): Promise<CandidateFeedbackDocument> {
  const row = await options.db.evaluation.findUnique({
    where: { id: options.evaluationId },
    select: {
      status: true,
      breakdown: true,
      job: { select: { title: true } },
      resume: { select: { profile: true, candidateName: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "This evaluation does not exist.");
  const result = evaluationResultSchema.safeParse(row.breakdown);
  if (row.status !== "completed" || !result.success)
    throw new AppError("CONFLICT", "This evaluation has not completed yet; its feedback is ready once it has.");
  let lines = result.data.feedback;
  if (options.blind) {
    const profile = resumeProfileSchema.safeParse(row.resume.profile);
    const redact = blindRedactor(profile.success ? profile.data : null, row.resume.candidateName);
    lines = lines.map(redact);
  }
  return {
    fileName: `feedback-${slug(row.job.title)}-${options.evaluationId.slice(-6)}.md`,
    markdown: candidateFeedbackMarkdown({ jobTitle: row.job.title, lines }),
    lines,
  };
}
