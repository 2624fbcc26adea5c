"use client";

import { Fragment, useState } from "react";
import { Button } from "@/components/ui/button";
import { SkillChip } from "./skill-chips-field";
import { useSkillNames } from "./skill-names";
import { type PickedSkill, SkillSearchBox } from "./skill-search-box";

export const MUST_LIST_LABEL = "Must-have skills";

/** One must-have: its alternatives ("any one of"), and what can be done with it. */
export function MustHaveGroup({
  index,
  group,
  others,
  onRemoveSkill,
  onSplit,
  onAddAlternative,
  onMerge,
  onRemove,
}: {
  index: number;
  group: string[];
  /** The other must-haves, by index, for "either-or with…". */
  others: { index: number; group: string[] }[];
  onRemoveSkill: (id: string) => void;
  onSplit: (id: string) => void;
  onAddAlternative: (skill: PickedSkill) => string | null;
  onMerge: (other: number) => void;
  onRemove: () => void;
}) {
  const { nameOf } = useSkillNames();
  const [merging, setMerging] = useState(false);
  const n = index + 1;
  const text = (ids: string[]) => ids.map(nameOf).join(" or ");
  return (
    <li className="space-y-2 rounded-md border border-slate-200 p-3" data-testid="must-have-group">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium text-slate-800">Must-have {n}</span>
        {group.length > 1 ? <span className="text-slate-500">any one of</span> : null}
        <Button
          variant="ghost"
          className="ml-auto px-2 py-1 text-xs text-red-700 underline"
          onClick={onRemove}
          aria-label={`Remove must-have ${n}: ${text(group)}`}
        >
          Remove
        </Button>
      </div>
      <ul className="flex flex-wrap gap-1.5" aria-label={`Must-have ${n}: ${text(group)}`}>
        {group.map((id, i) => (
          <Fragment key={id}>
            {i > 0 ? (
              <li aria-hidden="true" className="self-center text-sm text-slate-500">
                or
              </li>
            ) : null}
            <SkillChip id={id} listLabel={MUST_LIST_LABEL} onRemove={() => onRemoveSkill(id)}>
              {group.length > 1 ? (
                <button
                  type="button"
                  onClick={() => onSplit(id)}
                  className="rounded px-1 text-xs underline hover:bg-brand-100"
                  aria-label={`Split out ${nameOf(id)} as a must-have of its own`}
                >
                  split out
                </button>
              ) : null}
            </SkillChip>
          </Fragment>
        ))}
      </ul>
      <div className="grid gap-2 sm:grid-cols-2">
        <SkillSearchBox
          label={`Add an alternative to must-have ${n}`}
          placeholder="Or… (an alternative)"
          onPick={onAddAlternative}
          allowCustom
        />
        {others.length > 0 ? (
          <details className="text-sm" onToggle={(event) => setMerging(event.currentTarget.open)}>
            <summary className="cursor-pointer py-1.5 text-brand-700">Either-or with another must-have…</summary>
            {/* Rendered when open only: the closed menu's names are not this must-have's text. */}
            {merging ? (
              <ul className="mt-1 space-y-1">
                {others.map((other) => (
                  <li key={other.index}>
                    <button type="button" className="text-left underline" onClick={() => onMerge(other.index)}>
                      Merge with must-have {other.index + 1}: {text(other.group)}
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
          </details>
        ) : null}
      </div>
    </li>
  );
}
