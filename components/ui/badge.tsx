import type { ReactNode } from "react";

const TONES = {
  neutral: "bg-slate-100 text-slate-800 ring-slate-300",
  high: "bg-emerald-50 text-emerald-800 ring-emerald-300",
  medium: "bg-amber-50 text-amber-900 ring-amber-300",
  low: "bg-rose-50 text-rose-800 ring-rose-300",
  info: "bg-brand-50 text-brand-800 ring-brand-100",
  danger: "bg-red-50 text-red-800 ring-red-300",
} as const;
export type BadgeTone = keyof typeof TONES;

/** `wrap`: a long label (a requirement's wording) breaks over lines instead of widening its container. */
export function Badge({ tone = "neutral", wrap = false, children }: { tone?: BadgeTone; wrap?: boolean; children: ReactNode }) {
  return (
    <span
      className={`inline-flex max-w-full items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${wrap ? "[overflow-wrap:anywhere]" : "whitespace-nowrap"} ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}

const VERDICT_LABELS = { high: "High", medium: "Medium", low: "Low" } as const;

export function VerdictBadge({ verdict }: { verdict: "high" | "medium" | "low" | null }) {
  if (!verdict) return <Badge>—</Badge>;
  return <Badge tone={verdict}>{VERDICT_LABELS[verdict]}</Badge>;
}

const DECISION = {
  shortlist: { label: "Shortlisted", tone: "high" },
  hold: { label: "On hold", tone: "medium" },
  reject: { label: "Rejected", tone: "low" },
} as const;

export function DecisionBadge({ decision }: { decision: "shortlist" | "hold" | "reject" | null }) {
  if (!decision) return <span className="text-xs text-slate-500">Undecided</span>;
  return <Badge tone={DECISION[decision].tone}>{DECISION[decision].label}</Badge>;
}

const STATUS_TONES = { queued: "neutral", processing: "info", completed: "high", failed: "danger" } as const;

export function StatusBadge({ status }: { status: keyof typeof STATUS_TONES }) {
  return <Badge tone={STATUS_TONES[status]}>{status[0]?.toUpperCase() + status.slice(1)}</Badge>;
}
