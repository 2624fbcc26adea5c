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
  const { control, getValues, setValue } = useFormContext<EditorValues>();
  const { field } = useController({ control, name: "requirements.mustHaveGroups" });
  const { nameOf } = useSkillNames();
  const groups = field.value;
  const set = (next: string[][]) => field.onChange(next);

  // A nice-to-have, soft skill or title skill made a must-have moves; one already a must-have stays where it is.
  const taken = (skill: PickedSkill): string | null => {
    const r = getValues("requirements");
    const where = placementOf(r, skill.id);
    if (where === "a must-have") return `${nameOf(skill.id) === skill.id ? skill.name : nameOf(skill.id)} is a must-have already.`;
    if (where) {
      setValue(
        "requirements.niceToHaveSkills",
        r.niceToHaveSkills.filter((id) => id !== skill.id),
        { shouldDirty: true },
      );
      setValue(
        "requirements.softSkills",
        r.softSkills.filter((id) => id !== skill.id),
        { shouldDirty: true },
      );
      setValue(
        "requirements.titleSkills",
        r.titleSkills.filter((id) => id !== skill.id),
        { shouldDirty: true },
      );
    }
    return null;
  };
  const addNew = (skill: PickedSkill) => {
    if (groups.length >= R.maxMustGroups) return `A job has at most ${R.maxMustGroups} must-haves.`;
    const problem = taken(skill);
    if (!problem) set(addGroup(groups, skill.id));
    return problem;
  };

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
    </div>
  );
}
