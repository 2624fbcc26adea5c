"use client";

import type { ReactNode } from "react";

/** Sent when an evidence quote is followed, so a view that hides the resume text can show it. */
export const SHOW_EVIDENCE_EVENT = "resume-checker:show-evidence";

/** The highlight in the resume text covering the character at `offset` (overlapping spans share one mark). */
function findHighlight(offset: number): HTMLElement | null {
  for (const mark of document.querySelectorAll<HTMLElement>("mark[data-start]")) {
    if (Number(mark.dataset.start) <= offset && offset < Number(mark.dataset.end)) return mark;
  }
  return null;
}

/**
 * An evidence quote that scrolls the resume text to its highlight (within the text's own
 * scrolling region and the page) and focuses it; the original-only view switches to the text first.
 */
export function EvidenceLink({ offset, children }: { offset: number; children: ReactNode }) {
  return (
    <button
      type="button"
      aria-controls="resume-text"
      data-testid="evidence-quote"
      data-offset={offset}
      title="Show in the resume text"
      className="cursor-pointer text-left underline [overflow-wrap:anywhere] decoration-dotted underline-offset-2 hover:text-brand-700"
      onClick={() => {
        window.dispatchEvent(new CustomEvent(SHOW_EVIDENCE_EVENT));
        // The text may have just been unhidden: look for the highlight once the change is painted.
        requestAnimationFrame(() => {
          const mark = findHighlight(offset);
          if (!mark) return;
          mark.scrollIntoView({ block: "center" });
          mark.focus({ preventScroll: true });
        });
      }}
    >
      {children}
    </button>
  );
}
