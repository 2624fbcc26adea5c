/** An accessible progress bar; `value` null renders an indeterminate bar. */
export function Progress({
  value,
  max = 100,
  label,
  className = "",
}: {
  value: number | null;
  max?: number;
  label: string;
  className?: string;
}) {
  const pct = value === null || max <= 0 ? null : Math.max(0, Math.min(100, (value / max) * 100));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      {...(value === null ? {} : { "aria-valuenow": Math.round(value) })}
      className={`h-2 w-full overflow-hidden rounded-full bg-slate-200 ${className}`}
    >
      <div
        className={`h-full rounded-full bg-brand-600 transition-[width] ${pct === null ? "w-1/3 animate-pulse" : ""}`}
        style={pct === null ? undefined : { width: `${pct}%` }}
      />
    </div>
  );
}

/** A 0–100 score as a number and a small bar, coloured by verdict. */
export function ScoreBar({ score, verdict }: { score: number; verdict: "high" | "medium" | "low" | null }) {
  const colour = verdict === "high" ? "bg-emerald-600" : verdict === "medium" ? "bg-amber-500" : "bg-rose-500";
  return (
    <div className="flex min-w-28 items-center gap-2">
      <span className="w-10 text-right font-semibold tabular-nums">{score.toFixed(1)}</span>
      <div className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200" aria-hidden>
        <div className={`h-full ${colour}`} style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
      </div>
    </div>
  );
}
