import { Fragment } from "react";

export type Highlight = { offset: number; length: number; label: string };

/**
 * The extracted resume text with evidence spans marked. Spans are sorted and
 * overlapping ones dropped. In blind review the server passes the text already redacted.
 */
export function HighlightedText({
  text: shown,
  highlights,
  className = "max-h-[32rem]",
}: {
  text: string;
  highlights: Highlight[];
  /** The region's height: it scrolls within it. */
  className?: string;
}) {
  const spans = [...highlights]
    .filter((h) => h.offset >= 0 && h.offset + h.length <= shown.length && h.length > 0)
    .sort((a, b) => a.offset - b.offset);
  const parts: { start: number; text: string; mark?: string }[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.offset < cursor) continue;
    parts.push({ start: cursor, text: shown.slice(cursor, span.offset) });
    parts.push({ start: span.offset, text: shown.slice(span.offset, span.offset + span.length), mark: span.label });
    cursor = span.offset + span.length;
  }
  parts.push({ start: cursor, text: shown.slice(cursor) });
  return (
    // A scrollable region must be reachable with the keyboard (WCAG 2.1.1), hence the tab stop.
    <section
      className={`${className} overflow-auto rounded-md border border-slate-200 bg-slate-50 p-4`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users scroll the text
      tabIndex={0}
      aria-label="Extracted resume text"
      id="resume-text"
    >
      <pre className="whitespace-pre-wrap break-words font-sans text-sm leading-relaxed text-slate-800">
        {parts.map((part) =>
          part.mark ? (
            <mark
              key={part.start}
              title={part.mark}
              data-start={part.start}
              data-end={part.start + part.text.length}
              tabIndex={-1}
              className="rounded bg-amber-200 px-0.5 text-slate-900 focus:outline-2 focus:outline-offset-1 focus:outline-brand-600"
            >
              {part.text}
            </mark>
          ) : (
            <Fragment key={part.start}>{part.text}</Fragment>
          ),
        )}
      </pre>
    </section>
  );
}

/** Length of the matched term at `offset`: the skill name when it is spelled out there, else the word run. */
export function matchLength(text: string, offset: number, names: string[]): number {
  for (const name of names) {
    if (name && text.slice(offset, offset + name.length).toLowerCase() === name.toLowerCase()) return name.length;
  }
  const match = /^[\p{L}\p{N}+#./-]+/u.exec(text.slice(offset, offset + 60));
  return match ? match[0].replace(/[./-]+$/, "").length : 0;
}
