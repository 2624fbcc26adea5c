"use client";

import { Fragment, type KeyboardEvent, useId, useState } from "react";

export type SkillOption = { id: string; name: string };

/**
 * Skill chips with autocomplete from the taxonomy (a native datalist: keyboard and
 * screen-reader support come from the browser). Enter or "Add" adds the typed skill.
 */
export function SkillChips({
  label,
  value,
  onChange,
  options,
  byId,
  joiner,
}: {
  label: string;
  value: string[];
  onChange: (ids: string[]) => void;
  options: SkillOption[];
  byId: Map<string, string>;
  /** A word shown between chips ("or" for alternatives); the legend says it to screen readers. */
  joiner?: string;
}) {
  const inputId = useId();
  const listId = useId();
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);

  function add() {
    const typed = draft.trim().toLowerCase();
    if (!typed) return;
    const option = options.find((o) => o.name.toLowerCase() === typed || o.id === typed);
    if (!option) {
      setError(`“${draft.trim()}” is not in the skills list. Pick a suggestion.`);
      return;
    }
    if (!value.includes(option.id)) onChange([...value, option.id]);
    setDraft("");
    setError(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      event.preventDefault();
      add();
    }
  }

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      <ul className="flex min-h-9 flex-wrap gap-1.5" aria-label={`${label}: ${value.length} selected`}>
        {value.length === 0 ? <li className="text-sm text-slate-500">None</li> : null}
        {value.map((id, index) => (
          <Fragment key={id}>
            {joiner && index > 0 ? (
              <li aria-hidden="true" className="self-center text-sm text-slate-500">
                {joiner}
              </li>
            ) : null}
            <li className="inline-flex items-center gap-1 rounded-full bg-brand-50 py-0.5 pl-2.5 pr-1 text-sm text-brand-800 ring-1 ring-brand-100">
              {byId.get(id) ?? id}
              <button
                type="button"
                onClick={() => onChange(value.filter((v) => v !== id))}
                className="rounded-full px-1.5 text-brand-800 hover:bg-brand-100"
                aria-label={`Remove ${byId.get(id) ?? id} from ${label}`}
              >
                ×
              </button>
            </li>
          </Fragment>
        ))}
      </ul>
      <div className="flex gap-2">
        <label htmlFor={inputId} className="sr-only">
          Add to {label}
        </label>
        <input
          id={inputId}
          list={listId}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          placeholder="Type a skill…"
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm shadow-sm"
        />
        <datalist id={listId}>
          {options.map((option) => (
            <option key={option.id} value={option.name} />
          ))}
        </datalist>
        <button type="button" onClick={add} className="rounded-md border border-slate-300 bg-white px-3 text-sm hover:bg-slate-50">
          Add
        </button>
      </div>
      {error ? (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
