"use client";

import { useEffect, useRef } from "react";
import { shortcutKey } from "./keyboard-shortcuts";

export type ShortcutHelpItem = { keys: string; label: string };

/**
 * Listens for page shortcuts (not while typing in a field) and shows the "?" help
 * listing them; "?" opens and closes it. `onKey` returns true when it handled the key.
 */
export function ShortcutHelp({ items, onKey }: { items: ShortcutHelpItem[]; onKey: (key: string) => boolean }) {
  const details = useRef<HTMLDetailsElement>(null);
  const handler = useRef(onKey);
  handler.current = onKey;
  useEffect(() => {
    function listener(event: KeyboardEvent) {
      // KeyboardEvent fields are prototype getters: copy them by name.
      const key = shortcutKey({
        key: event.key,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        target: event.target instanceof HTMLElement ? event.target : null,
      });
      if (key === null) return;
      if (key === "?") {
        if (details.current) details.current.open = !details.current.open;
        event.preventDefault();
        return;
      }
      if (key === "Escape" && details.current?.open) {
        details.current.open = false;
        return;
      }
      if (handler.current(key)) event.preventDefault();
    }
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, []);
  return (
    <details ref={details} className="relative">
      <summary
        className="flex h-8 w-8 cursor-pointer list-none items-center justify-center rounded-full border border-slate-300 bg-white text-sm font-semibold text-slate-700 hover:bg-slate-50"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
      >
        ?
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-64 rounded-md border border-slate-200 bg-white p-3 text-sm shadow-lg">
        <h2 className="mb-2 font-semibold">Keyboard shortcuts</h2>
        <dl className="space-y-1" aria-label="Keyboard shortcuts">
          {items.map((item) => (
            <div key={item.keys} className="flex justify-between gap-3">
              <dt>
                <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-xs">{item.keys}</kbd>
              </dt>
              <dd className="text-slate-700">{item.label}</dd>
            </div>
          ))}
          <div className="flex justify-between gap-3">
            <dt>
              <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-xs">?</kbd>
            </dt>
            <dd className="text-slate-700">Show or hide this list</dd>
          </div>
        </dl>
        <p className="mt-2 text-xs text-slate-500">Not active while you type in a field.</p>
      </div>
    </details>
  );
}
