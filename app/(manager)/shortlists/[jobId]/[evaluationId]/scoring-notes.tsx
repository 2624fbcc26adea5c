import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import type { EvaluationResult } from "@/lib/engine/score";
import type { ResumeProfile } from "@/lib/engine/types";
import type { BlindRedactor } from "@/lib/server/shortlist/redact-blind";

// What the score left out or credited indirectly, said plainly so a reviewer
// does not read hidden text, copied lines or related credit as shown skills.

const HIDDEN_REASON_LABELS: Record<string, string> = {
  "background-colour": "text in the background colour, e.g. white on white",
  transparent: "transparent text",
  "invisible-render-mode": "invisible text",
  "tiny-font": "tiny type",
  "off-page": "text placed off the page",
  clipped: "text cut off outside the visible area",
  covered: "text covered by a shape",
  "hidden-run": "text marked hidden in Word",
  "hidden-layer": "text in a PDF layer that is switched off",
};

const FLAG_REASON_LABELS: Record<string, string> = {
  copied_from_posting: "copied from the job posting",
};

/** Renders nothing when the file has no hidden text. `redact` is the blind-review redactor (null when blind review is off). */
export function HiddenTextNotice({ profile, redact }: { profile: ResumeProfile | null; redact: BlindRedactor | null }) {
  const hidden = profile?.hiddenText;
  if (!hidden || hidden.chars === 0) return null;
  const sample = redact ? redact(hidden.sample) : hidden.sample;
  const reasons = hidden.reasons.map((reason) => HIDDEN_REASON_LABELS[reason] ?? reason);
  return (
    <div className="mb-4" data-testid="hidden-text-notice">
      <Alert tone="warning">
        <p className="font-semibold">
          This file contains {hidden.chars.toLocaleString("en")} characters a reader cannot see
          {reasons.length > 0 ? ` (${reasons.join(", ")})` : ""}; they were not scored.
        </p>
        {sample ? (
          <p className="mt-1">
            They begin: <q className="break-words">{sample}</q>
          </p>
        ) : null}
      </Alert>
    </div>
  );
}

function formatYears(years: number): string {
  const rounded = Math.round(years * 10) / 10;
  return `${rounded} ${rounded === 1 ? "year" : "years"}`;
}

const ESTIMATE_BASIS: Record<string, string> = {
  stated: "from the total the resume states",
  graduation: "from the years since graduation",
  "role-count": "from the number of roles",
};

/** Related credit, estimated years and text that did not count; renders nothing when there is none of these. */
export function ScoringNotes({ result, profile }: { result: EvaluationResult; profile: ResumeProfile | null }) {
  const related = result.relatedSkills ?? [];
  const flagged = result.facts.flaggedSpans ?? [];
  const { yearsEstimated, keywordStuffing, totalYears } = result.facts;
  const basis = profile?.estimatedYearsBasis ? ESTIMATE_BASIS[profile.estimatedYearsBasis.basis] : undefined;
  if (related.length === 0 && flagged.length === 0 && !yearsEstimated && !keywordStuffing) return null;
  return (
    <Card title="How the score was reached">
      <div className="space-y-4 text-sm">
        {yearsEstimated ? (
          <p data-testid="estimated-years">
            Experience: ≈ {formatYears(totalYears)}{" "}
            <span className="text-slate-600">(estimated{basis ? ` ${basis}` : ""}: the resume has no dates)</span>
          </p>
        ) : null}
        {related.length > 0 ? (
          <div>
            <h3 className="mb-1 font-semibold">Related, not shown directly</h3>
            <p className="mb-1 text-xs text-slate-600">Partial credit for a related skill the resume does show; not counted as matched.</p>
            <ul className="space-y-1" aria-label="Related credit">
              {related.map((entry) => (
                <li key={`${entry.via}-${entry.required}`}>
                  Related: {entry.via} → {entry.required}{" "}
                  <span className="text-xs text-slate-600">({Math.round(entry.credit * 100)}% credit)</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {flagged.length > 0 || keywordStuffing ? (
          <div>
            <h3 className="mb-1 font-semibold">Not counted</h3>
            <ul className="space-y-1" aria-label="Not counted">
              {flagged.map((span) => (
                <li key={`${span.offset}-${span.length}`}>
                  <span className="text-slate-600">{FLAG_REASON_LABELS[span.reason] ?? span.reason}:</span>{" "}
                  <q className="break-words">{span.snippet}</q>
                </li>
              ))}
              {keywordStuffing ? <li>A list of skill names without described experience (the score is capped).</li> : null}
            </ul>
          </div>
        ) : null}
      </div>
    </Card>
  );
}
