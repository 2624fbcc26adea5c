"use client";

import { type ReactNode, useEffect, useId, useState, useSyncExternalStore } from "react";
import { SHOW_EVIDENCE_EVENT } from "@/components/evidence-link";

type View = "text" | "original" | "side-by-side";

const VIEWS: { value: View; label: string }[] = [
  { value: "text", label: "Text with evidence" },
  { value: "original", label: "Original" },
  { value: "side-by-side", label: "Side by side" },
];

/** Two columns need this much room (Tailwind's `xl`, where the page gives the resume its full width). */
const WIDE_QUERY = "(min-width: 1280px)";

function subscribeToWidth(onChange: () => void): () => void {
  const query = window.matchMedia(WIDE_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** Whether the viewport is wide enough for side by side; the server renders the narrow page. */
function useWideViewport(): boolean {
  return useSyncExternalStore(
    subscribeToWidth,
    () => window.matchMedia(WIDE_QUERY).matches,
    () => false,
  );
}

/** The choice is remembered per user on this device. */
function storageKey(userId: string): string {
  return `resume-checker:resume-view:${userId}`;
}

function isView(value: string | null): value is View {
  return VIEWS.some((option) => option.value === value);
}

/**
 * "Text with evidence | Original | Side by side": a radio group (arrow keys move between the
 * choices). Side by side is offered on wide screens only; a narrower screen shows the text for it.
 * The original is mounted the first time it is shown and then kept, so switching views (or
 * resizing the window) does not load the file again. Following an evidence quote while only
 * the original is shown switches to the text.
 */
export function DocumentToggle({ userId, textView, originalView }: { userId: string; textView: ReactNode; originalView: ReactNode }) {
  const [view, setView] = useState<View>("text");
  const [originalOpened, setOriginalOpened] = useState(false);
  const wide = useWideViewport();
  const shown: View = view === "side-by-side" && !wide ? "text" : view;
  const name = useId();

  // Read after hydration: the server cannot know the stored choice.
  useEffect(() => {
    const stored = window.localStorage.getItem(storageKey(userId));
    if (isView(stored)) setView(stored);
  }, [userId]);

  useEffect(() => {
    if (shown !== "text") setOriginalOpened(true);
  }, [shown]);

  useEffect(() => {
    const showText = () => setView((current) => (current === "original" ? "text" : current));
    window.addEventListener(SHOW_EVIDENCE_EVENT, showText);
    return () => window.removeEventListener(SHOW_EVIDENCE_EVENT, showText);
  }, []);

  function choose(next: View) {
    setView(next);
    try {
      window.localStorage.setItem(storageKey(userId), next);
    } catch {
      // Storage full or disabled: the choice still applies to this page.
    }
  }

  const sideBySide = shown === "side-by-side";
  return (
    <div className="space-y-3" data-resume-view={shown}>
      <fieldset className="inline-flex max-w-full flex-wrap rounded-md border border-slate-300 bg-white p-0.5 text-sm">
        <legend className="sr-only">Resume view</legend>
        {VIEWS.filter((option) => wide || option.value !== "side-by-side").map((option) => (
          <label
            key={option.value}
            className="cursor-pointer rounded px-3 py-1 text-slate-700 has-[:checked]:bg-brand-600 has-[:checked]:text-white has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500 has-[:focus-visible]:ring-offset-1"
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={shown === option.value}
              onChange={() => choose(option.value)}
              className="sr-only"
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      {/* Side by side: two columns, each scrolling on its own; the text column is as tall as the original's. */}
      <div className={sideBySide ? "grid grid-cols-2 items-start gap-4" : undefined}>
        <div hidden={shown === "original"} className={sideBySide ? "min-w-0 [&>section]:max-h-[min(51rem,85vh)]" : "min-w-0"}>
          {textView}
        </div>
        {originalOpened ? (
          <div hidden={shown === "text"} className="min-w-0" data-testid="resume-original">
            {originalView}
          </div>
        ) : null}
      </div>
    </div>
  );
}
