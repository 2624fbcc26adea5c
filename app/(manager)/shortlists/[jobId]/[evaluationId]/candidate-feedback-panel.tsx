import { buttonClasses } from "@/components/ui/button";

/** The suggestions written to the candidate, with a Markdown download to send on. */
export function CandidateFeedbackPanel({ evaluationId, feedback }: { evaluationId: string; feedback: string[] | null }) {
  if (!feedback) return <p className="text-sm text-slate-600">The candidate’s feedback appears when the evaluation completes.</p>;
  return (
    <div className="space-y-3" data-testid="candidate-feedback">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600">Written to the candidate: send it on as it is or adapt it.</p>
        <a href={`/api/v1/evaluations/${evaluationId}/feedback`} download className={buttonClasses("secondary", "px-2.5 py-1 text-xs")}>
          Download feedback (Markdown)
        </a>
      </div>
      {feedback.length === 0 ? (
        <p className="text-sm text-slate-600">No suggestions: the resume shows what the role asks for.</p>
      ) : (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {feedback.map((line) => (
            <li key={line} className="break-words">
              {line}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
