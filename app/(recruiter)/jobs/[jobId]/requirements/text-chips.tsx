"use client";

import { type KeyboardEvent, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";

/** A short list of free-text entries (degree fields, countries): chips, and a box that adds one. */
export function TextChips({
  label,
  hint,
  value,
  onChange,
  max,
  maxLength,
  placeholder,
}: {
  label: string;
  hint?: string;
  value: string[];
  onChange: (value: string[]) => void;
  max: number;
  maxLength: number;
  placeholder?: string;
}) {
  const inputId = useId();
  const [draft, setDraft] = useState("");
  function add() {
    const text = draft.trim().replace(/\s+/g, " ");
    if (text === "" || value.length >= max) return;
    if (!value.some((v) => v.toLowerCase() === text.toLowerCase())) onChange([...value, text]);
    setDraft("");
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
      {hint ? <p className="text-xs text-slate-500">{hint}</p> : null}
      <ul className="flex min-h-8 flex-wrap gap-1.5" aria-label={`${label}: ${value.length}`}>
        {value.length === 0 ? <li className="text-sm text-slate-500">None</li> : null}
        {value.map((text) => (
          <li key={text} className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pl-2.5 pr-1 text-sm text-slate-800">
            {text}
            <button
              type="button"
              onClick={() => onChange(value.filter((v) => v !== text))}
              className="rounded-full px-1.5 hover:bg-slate-200"
              aria-label={`Remove ${text} from ${label}`}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="flex gap-2">
        <label htmlFor={inputId} className="sr-only">
          Add to {label}
        </label>
        <Input
          id={inputId}
          value={draft}
          maxLength={maxLength}
          placeholder={placeholder}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <Button variant="secondary" onClick={add}>
          Add
        </Button>
      </div>
    </fieldset>
  );
}
