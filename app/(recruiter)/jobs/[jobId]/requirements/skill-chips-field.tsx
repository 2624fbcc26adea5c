"use client";

import { Fragment, type ReactNode } from "react";
import { type PickedSkill, SkillSearchBox } from "./skill-search-box";
import { useSkillNames } from "./skill-names";

/** One skill as a chip: its name, a remove button, and any further actions. */
export function SkillChip({
  id,
  listLabel,
  onRemove,
  children,
}: {
  id: string;
  listLabel: string;
  onRemove: () => void;
  children?: ReactNode;
}) {
  const { nameOf, readFromPosting } = useSkillNames();
  const custom = id.startsWith("custom:");
  const note = readFromPosting(id) ? "(read from the posting, matched by its words)" : "(custom, matched as written)";
  return (
    <li className="inline-flex flex-wrap items-center gap-1 rounded-full bg-brand-50 py-0.5 pl-2.5 pr-1 text-sm text-brand-800 ring-1 ring-brand-100">
      {nameOf(id)}
      {custom ? <span className="text-xs text-brand-700">{note}</span> : null}
      {children}
      <button
        type="button"
        onClick={onRemove}
        className="rounded-full px-1.5 text-brand-800 hover:bg-brand-100"
        aria-label={`Remove ${nameOf(id)} from ${listLabel}`}
      >
        ×
      </button>
    </li>
  );
}

/**
 * A list of skills as chips with a search box that adds to it. `onAdd` returns an error to show
 * (the skill is elsewhere already), or null once added.
 */
export function SkillChipsField({
  label,
  hint,
  value,
  onChange,
  onAdd,
  allowCustom = false,
  joiner,
}: {
  label: string;
  hint?: string;
  value: string[];
  onChange: (ids: string[]) => void;
  onAdd?: (skill: PickedSkill) => string | null;
  allowCustom?: boolean;
  /** A word shown between chips ("or" for alternatives); the legend says it to screen readers. */
  joiner?: string;
}) {
  const add =
    onAdd ??
    ((skill: PickedSkill) => {
      if (!value.includes(skill.id)) onChange([...value, skill.id]);
      return null;
    });
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      {hint ? <p className="text-xs text-slate-500">{hint}</p> : null}
      <ul className="flex min-h-9 flex-wrap gap-1.5" aria-label={`${label}: ${value.length} selected`}>
        {value.length === 0 ? <li className="text-sm text-slate-500">None</li> : null}
        {value.map((id, index) => (
          <Fragment key={id}>
            {joiner && index > 0 ? (
              <li aria-hidden="true" className="self-center text-sm text-slate-500">
                {joiner}
              </li>
            ) : null}
            <SkillChip id={id} listLabel={label} onRemove={() => onChange(value.filter((v) => v !== id))} />
          </Fragment>
        ))}
      </ul>
      <SkillSearchBox label={`Add to ${label}`} onPick={add} allowCustom={allowCustom} />
    </fieldset>
  );
}
