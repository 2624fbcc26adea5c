"use client";

import { Fragment } from "react";
import { useController, useFormContext } from "react-hook-form";
import {
  addAlternative,
  addGroup,
  mergeGroups,
  removeAlternative,
  removeGroup,
  splitAlternative,
} from "@/lib/requirements/edit-operations";
import { REQUIREMENTS_EDIT_LIMITS as R } from "@/lib/schemas/job-limits";
import { type EditorValues, placementOf } from "./editor-form";
import { MUST_LIST_LABEL, MustHaveGroup } from "./must-have-group";
import { useSkillNames } from "./skill-names";
import { type PickedSkill, SkillSearchBox } from "./skill-search-box";

/** The must-haves: every one required; one with alternatives is met by any of them. */
export function MustHaveSection() {
  const { control, getValues } = useFormContext<EditorValues>();
  const { field, fieldState } = useController({ control, name: "requirements.mustHaveGroups" });
  const { nameOf } = useSkillNames();
  const groups = field.value;
  const set = (next: string[][]) => field.onChange(next);

  const taken = (skill: PickedSkill): string | null => {
    const where = placementOf(getValues("requirements"), skill.id);
    return where ? `${nameOf(skill.id) === skill.id ? skill.name : nameOf(skill.id)} is ${where} already.` : null;
  };
  const addNew = (skill: PickedSkill) => {
    if (groups.length >= R.maxMustGroups) return `A job has at most ${R.maxMustGroups} must-haves.`;
    const problem = taken(skill);
    if (!problem) set(addGroup(groups, skill.id));
    return problem;
  };
  const errors = fieldState.error as unknown as ({ message?: string } | undefined)[] | { message?: string } | undefined;
  const messages = Array.isArray(errors) ? errors.flatMap((e) => (e?.message ? [e.message] : [])) : errors?.message ? [errors.message] : [];

  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">
        Every must-have is required. A must-have with alternatives (“Python or Go”) is met by any one of them; merge two to make an
        either-or, split one out to require it on its own.
      </p>
      <ul className="space-y-2" aria-label={`${MUST_LIST_LABEL}: ${groups.flat().length} selected`}>
        {groups.length === 0 ? <li className="text-sm text-slate-500">None</li> : null}
        {groups.map((group, k) => (
          <Fragment key={group.join("|")}>
            {k > 0 ? (
              <li aria-hidden="true" className="text-center text-xs font-medium uppercase text-slate-500">
                and
              </li>
            ) : null}
            <MustHaveGroup
              index={k}
              group={group}
              others={groups.flatMap((g, i) => (i === k ? [] : [{ index: i, group: g }]))}
              onRemoveSkill={(id) => set(removeAlternative(groups, k, id))}
              onSplit={(id) => set(splitAlternative(groups, k, id))}
              onMerge={(other) => set(mergeGroups(groups, k, other))}
              onRemove={() => set(removeGroup(groups, k))}
              onAddAlternative={(skill) => {
                if (group.length >= R.maxAlternatives) return `A must-have has at most ${R.maxAlternatives} alternatives.`;
                const problem = taken(skill);
                if (!problem) set(addAlternative(groups, k, skill.id));
                return problem;
              }}
            />
          </Fragment>
        ))}
      </ul>
      <div className="sm:w-1/2">
        <SkillSearchBox label={`Add to ${MUST_LIST_LABEL}`} placeholder="Add a must-have…" onPick={addNew} allowCustom />
      </div>
      {messages.map((message) => (
        <p key={message} role="alert" className="text-xs text-red-700">
          {message}
        </p>
      ))}
    </div>
  );
}
