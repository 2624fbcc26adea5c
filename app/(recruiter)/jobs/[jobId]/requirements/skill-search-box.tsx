"use client";

import { useCombobox } from "downshift";
import { type KeyboardEvent, useEffect, useState } from "react";
import { customSkillId } from "@/lib/engine/score/custom-skill-id";
import { REQUIREMENTS_EDIT_LIMITS as R } from "@/lib/schemas/job-limits";
import { useSkillNames } from "./skill-names";

export type PickedSkill = { id: string; name: string; custom: boolean };
type Option = PickedSkill & { alias: string | null };

const norm = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

/**
 * Finds a skill by its name or an alias as the recruiter types (the search runs on the server),
 * with "add as a custom requirement" offered where custom ones are allowed. `onPick` returns an
 * error to show, or null once the skill is taken.
 */
export function SkillSearchBox({
  label,
  onPick,
  allowCustom = false,
  placeholder = "Type a skill…",
  customOptionLabel = (name) => `Add “${name}” as a custom requirement`,
}: {
  label: string;
  onPick: (skill: PickedSkill) => string | null;
  allowCustom?: boolean;
  placeholder?: string;
  customOptionLabel?: (name: string) => string;
}) {
  const { search, remember } = useSkillNames();
  const [input, setInput] = useState("");
  const [found, setFound] = useState<Option[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const query = input.trim();
    if (query === "") {
      setFound([]);
      return;
    }
    let live = true;
    const timer = setTimeout(async () => {
      const results = await search(query).catch(() => []);
      if (live) setFound(results.map((s) => ({ id: s.id, name: s.name, custom: false, alias: s.matchedAlias })));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [input, search]);

  const typed = input.trim();
  const customOk = allowCustom && typed.length >= R.customNameMin && typed.length <= R.customNameMax;
  const items: Option[] = customOk ? [...found, { id: customSkillId(typed), name: typed, custom: true, alias: null }] : found;

  function pick(option: PickedSkill) {
    const problem = onPick(option);
    setError(problem);
    if (problem) return;
    if (!option.custom) remember(option.id, option.name);
    setInput("");
    setFound([]);
  }

  /** Enter without a highlighted suggestion: the skill whose name or alias is exactly what was typed. */
  async function pickTyped() {
    if (typed === "") return;
    const results = await search(typed).catch(() => []);
    const exact = results.find((s) => norm(s.name) === norm(typed) || (s.matchedAlias !== null && norm(s.matchedAlias) === norm(typed)));
    if (exact) pick({ id: exact.id, name: exact.name, custom: false });
    else setError(`No skill is called “${typed}”. Pick a suggestion${allowCustom ? ", or add it as a custom requirement" : ""}.`);
  }

  const combobox = useCombobox<Option>({
    items,
    inputValue: input,
    selectedItem: null,
    itemToString: (item) => item?.name ?? "",
    onInputValueChange: ({ inputValue, type }) => {
      if (type !== useCombobox.stateChangeTypes.ItemClick && type !== useCombobox.stateChangeTypes.InputKeyDownEnter) setInput(inputValue);
    },
    onSelectedItemChange: ({ selectedItem }) => {
      if (selectedItem) pick(selectedItem);
    },
  });

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== "Enter") return;
    event.preventDefault();
    if (combobox.highlightedIndex === -1 || !combobox.isOpen) {
      (event.nativeEvent as KeyboardEvent["nativeEvent"] & { preventDownshiftDefault?: boolean }).preventDownshiftDefault = true;
      void pickTyped();
    }
  }

  return (
    <div className="relative">
      {/* biome-ignore lint/a11y/noLabelWithoutControl: getLabelProps gives the label its htmlFor (the input's id). */}
      <label {...combobox.getLabelProps()} className="sr-only">
        {label}
      </label>
      <input
        {...combobox.getInputProps({ onKeyDown })}
        placeholder={placeholder}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm shadow-sm"
      />
      <ul
        // Named apart from the input, so the box's label finds the box alone.
        {...combobox.getMenuProps({ "aria-labelledby": undefined, "aria-label": "Suggested skills" })}
        className={`absolute z-10 mt-1 max-h-64 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg ${combobox.isOpen && items.length > 0 ? "" : "hidden"}`}
      >
        {combobox.isOpen
          ? items.map((item, index) => (
              <li
                key={item.id}
                {...combobox.getItemProps({ item, index })}
                className={`cursor-pointer px-3 py-1.5 ${combobox.highlightedIndex === index ? "bg-brand-50 text-brand-800" : "text-slate-800"}`}
              >
                {item.custom ? (
                  customOptionLabel(item.name)
                ) : (
                  <>
                    {item.name}
                    {item.alias ? <span className="text-slate-500"> ({item.alias})</span> : null}
                  </>
                )}
              </li>
            ))
          : null}
      </ul>
      {error ? (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
