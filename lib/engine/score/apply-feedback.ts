// Lets an optional (e.g. LLM-based, asynchronous) feedback provider rewrite the
// feedback and summary of an evaluation after scoring. The score, verdict and
// findings are never touched: the provider only words what the engine found.
import type { FeedbackFindings, FeedbackProvider } from "./feedback";
import type { EvaluationResult } from "./schema";

export async function applyFeedbackProvider(
  result: EvaluationResult,
  findings: FeedbackFindings,
  provider: FeedbackProvider,
): Promise<EvaluationResult> {
  const out = await provider.generate(findings);
  const feedback = out.feedback
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 6);
  // Keep the template output when a provider returns too little to be useful.
  if (feedback.length < 3 || out.summary.trim() === "") return result;
  return { ...result, feedback, summary: out.summary.trim() };
}
