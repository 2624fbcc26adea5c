import type { Explanation } from "@/lib/engine/score/explanation";

function Section({ title, lines, tone, testId }: { title: string; lines: string[]; tone?: "danger"; testId: string }) {
  if (lines.length === 0) return null;
  return (
    <div data-testid={testId}>
      <h3 className="mb-1 text-sm font-semibold">{title}</h3>
      <ul className={`list-disc space-y-1 pl-5 text-sm ${tone === "danger" ? "text-red-800" : "text-slate-800"}`}>
        {lines.map((line) => (
          <li key={line} className="break-words">
            {line}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The hiring manager's explanation: why this score, in plain words, knockouts first. */
export function ExplanationPanel({ explanation }: { explanation: Explanation | null }) {
  if (!explanation) return <p className="text-sm text-slate-600">The explanation appears when the evaluation completes.</p>;
  return (
    <div className="space-y-4" data-testid="explanation">
      <p className="text-sm font-medium text-slate-900">{explanation.headline}</p>
      <Section title="Knockouts" lines={explanation.knockouts} tone="danger" testId="explanation-knockouts" />
      <Section title="Strengths" lines={explanation.strengths} testId="explanation-strengths" />
      <Section title="Gaps that matter" lines={explanation.gaps} testId="explanation-gaps" />
      <Section title="To check with the candidate" lines={explanation.uncertainties} testId="explanation-uncertainties" />
    </div>
  );
}
