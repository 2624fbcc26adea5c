import "server-only";
import { type Explanation, buildExplanation } from "@/lib/engine/score/explanation";
import { evaluationResultSchema } from "@/lib/engine/score/schema";
import { jobRequirementsSchema, resumeProfileSchema } from "@/lib/engine/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { BlindRedactor } from "@/lib/server/shortlist/redact-blind";

// The two audiences of an evaluation, both derived at read time from what is stored:
// the hiring manager's explanation (built here from the stored result, the job's
// requirements and the resume's profile and text, so it agrees with the stored score
// and exists for evaluations stored before it did) and the candidate's feedback (stored
// with the result). No migration and no re-score: nothing new is stored.

export type EvaluationReport = {
  /** For the hiring manager: why this score. */
  explanation: Explanation;
  /** For the candidate: suggestions addressed to them, as stored with the result. */
  candidateFeedback: string[];
};

/** Both audiences' texts of a stored evaluation; null when its result cannot be read (not completed, or an unknown shape). */
export function readEvaluationReport(input: {
  breakdown: unknown;
  requirements: unknown;
  profile: unknown;
  text: string | null;
}): EvaluationReport | null {
  const result = evaluationResultSchema.safeParse(input.breakdown);
  if (!result.success) return null;
  const requirements = jobRequirementsSchema.safeParse(input.requirements);
  const profile = resumeProfileSchema.safeParse(input.profile);
  const explanation = buildExplanation({
    result: result.data,
    requirements: requirements.success ? requirements.data : null,
    profile: profile.success ? profile.data : null,
    text: input.text,
  });
  return { explanation, candidateFeedback: result.data.feedback };
}

/** The same explanation with what blind review hides (names, places, schools, contact details) masked in every line. */
export function redactExplanation(explanation: Explanation, redact: BlindRedactor): Explanation {
  return {
    headline: redact(explanation.headline),
    strengths: explanation.strengths.map(redact),
    gaps: explanation.gaps.map(redact),
    knockouts: explanation.knockouts.map(redact),
    uncertainties: explanation.uncertainties.map(redact),
  };
}

/** A job's stored requirements (the JSON the scorer read), for explanations on pages that already loaded the evaluation. */
export async function loadJobRequirements(options: { db: PrismaClient; jobId: string }): Promise<unknown> {
  const job = await options.db.job.findUnique({ where: { id: options.jobId }, select: { requirements: true } });
  return job?.requirements ?? null;
}
