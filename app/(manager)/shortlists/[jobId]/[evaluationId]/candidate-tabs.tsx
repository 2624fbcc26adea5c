"use client";

import { type ReactNode, useId, useState } from "react";

type TabKey = "explanation" | "feedback";

const TABS: { key: TabKey; label: string }[] = [
  { key: "explanation", label: "Why this score" },
  { key: "feedback", label: "Candidate feedback" },
];

/**
 * The two audiences of an evaluation side by side: the hiring manager's explanation (the
 * default) and the feedback written to the candidate. Both panels are rendered on the server
 * (and redacted there in blind review); this only switches which one shows. The arrow keys
 * stay with the page's previous/next-candidate shortcuts, so the tabs are reached with Tab
 * and switched with Enter or Space.
 */
export function CandidateTabs({ explanation, feedback }: { explanation: ReactNode; feedback: ReactNode }) {
  const [active, setActive] = useState<TabKey>("explanation");
  const id = useId();
  const panels: Record<TabKey, ReactNode> = { explanation, feedback };
  return (
    <section className="rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="candidate-tabs">
      <div role="tablist" aria-label="Assessment" className="flex gap-1 overflow-x-auto border-b border-slate-200 px-3 pt-2">
        {TABS.map((tab) => {
          const selected = tab.key === active;
          return (
            <button
              key={tab.key}
              type="button"
              role="tab"
              id={`${id}-${tab.key}-tab`}
              aria-selected={selected}
              aria-controls={`${id}-${tab.key}-panel`}
              onClick={() => setActive(tab.key)}
              className={`-mb-px whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium ${
                selected ? "border-brand-600 text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900"
              }`}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {TABS.map((tab) => (
        <div
          key={tab.key}
          role="tabpanel"
          id={`${id}-${tab.key}-panel`}
          aria-labelledby={`${id}-${tab.key}-tab`}
          hidden={tab.key !== active}
          className="p-5"
        >
          {panels[tab.key]}
        </div>
      ))}
    </section>
  );
}
