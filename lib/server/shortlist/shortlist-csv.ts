import type { ShortlistRow } from "@/lib/schemas/shortlist";

/** One CSV field: quoted when needed; a leading =, +, -, @ is neutralised so spreadsheets do not run it as a formula. */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The two audiences' texts of one row: the hiring manager's explanation and the candidate's feedback, one cell each. */
export type ShortlistReportCells = { explanation: string; candidateFeedback: string };

export function toShortlistCsv(
  rows: ShortlistRow[],
  options: { blind: boolean; label: (evaluationId: string) => string; reports?: ReadonlyMap<string, ShortlistReportCells> },
): string {
  const header = [
    "rank",
    "candidate",
    "file",
    "score",
    "verdict",
    "years",
    "location",
    "top_matched",
    "missing_must_have",
    "decision",
    "decision_note",
    "decided_by",
    "decided_at",
    "evaluation_id",
    // Added last so spreadsheets and scripts reading the earlier columns by position keep working.
    "explanation",
    "candidate_feedback",
    "years_estimated",
  ];
  const lines = [header.join(",")];
  rows.forEach((row, index) => {
    lines.push(
      [
        index + 1,
        options.blind ? options.label(row.evaluationId) : (row.candidateName ?? ""),
        options.blind ? "" : row.fileName,
        row.score.toFixed(1),
        row.verdict,
        row.years === null ? null : row.years.toFixed(1),
        options.blind ? null : row.location,
        row.topMatched.join("; "),
        row.missingMustHave.join("; "),
        row.decision,
        row.decisionNote,
        row.decidedBy,
        row.decidedAt,
        row.evaluationId,
        options.reports?.get(row.evaluationId)?.explanation ?? null,
        options.reports?.get(row.evaluationId)?.candidateFeedback ?? null,
        row.yearsEstimated ? "yes" : "no",
      ]
        .map(csvField)
        .join(","),
    );
  });
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
