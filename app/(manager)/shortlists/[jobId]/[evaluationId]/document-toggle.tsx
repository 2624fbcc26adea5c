"use client";

import { type ReactNode, useEffect, useId, useState } from "react";

type View = "text" | "original";

const VIEWS: { value: View; label: string }[] = [
  { value: "text", label: "Text with evidence" },
  { value: "original", label: "Original" },
];

/** The choice is remembered per user on this device. */
function storageKey(userId: string): string {
  return `resume-checker:resume-view:${userId}`;
}

/**
 * "Text with evidence | Original": a radio group (arrow keys move between the two).
 * The original is mounted the first time it is chosen and then kept, so switching back
 * and forth does not load the file again.
 */
export function DocumentToggle({ userId, textView, originalView }: { userId: string; textView: ReactNode; originalView: ReactNode }) {
  const [view, setView] = useState<View>("text");
  const [originalOpened, setOriginalOpened] = useState(false);
  const name = useId();

  // Read after hydration: the server cannot know the stored choice.
  useEffect(() => {
    if (window.localStorage.getItem(storageKey(userId)) === "original") {
      setView("original");
      setOriginalOpened(true);
    }
  }, [userId]);

  function choose(next: View) {
    setView(next);
    if (next === "original") setOriginalOpened(true);
    try {
      window.localStorage.setItem(storageKey(userId), next);
    } catch {
      // Storage full or disabled: the choice still applies to this page.
    }
  }

  return (
    <div className="space-y-3">
      <fieldset className="inline-flex rounded-md border border-slate-300 bg-white p-0.5 text-sm">
        <legend className="sr-only">Resume view</legend>
        {VIEWS.map((option) => (
          <label
            key={option.value}
            className="cursor-pointer rounded px-3 py-1 text-slate-700 has-[:checked]:bg-brand-600 has-[:checked]:text-white has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500 has-[:focus-visible]:ring-offset-1"
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={view === option.value}
              onChange={() => choose(option.value)}
              className="sr-only"
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      <div hidden={view !== "text"}>{textView}</div>
      {originalOpened ? <div hidden={view !== "original"}>{originalView}</div> : null}
    </div>
  );
}
