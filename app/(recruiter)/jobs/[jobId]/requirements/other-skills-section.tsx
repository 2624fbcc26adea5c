"use client";

import { useController, useFormContext } from "react-hook-form";
import { REQUIREMENTS_EDIT_LIMITS as R } from "@/lib/schemas/job-limits";
import { type EditorValues, placementOf } from "./editor-form";
import { SkillChipsField } from "./skill-chips-field";
import { useSkillNames } from "./skill-names";
import type { PickedSkill } from "./skill-search-box";

function useSkillList(name: "requirements.niceToHaveSkills" | "requirements.softSkills", max: number) {
  const { control, getValues } = useFormContext<EditorValues>();
  const { field } = useController({ control, name });
  const { nameOf } = useSkillNames();
  const onAdd = (skill: PickedSkill) => {
    const where = placementOf(getValues("requirements"), skill.id);
    if (where) return `${nameOf(skill.id) === skill.id ? skill.name : nameOf(skill.id)} is ${where} already.`;
    if (field.value.length >= max) return `At most ${max} here.`;
    field.onChange([...field.value, skill.id]);
    return null;
  };
  return { value: field.value, onChange: field.onChange, onAdd };
}

/** Nice-to-haves (they add to the score, never block) and soft skills (a small weight, never a knockout). */
export function OtherSkillsSection() {
  const nice = useSkillList("requirements.niceToHaveSkills", R.maxNice);
  const soft = useSkillList("requirements.softSkills", R.maxSoft);
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <SkillChipsField
        label="Nice-to-have skills"
        hint="Each one shown adds to the score; none is required."
        value={nice.value}
        onChange={nice.onChange}
        onAdd={nice.onAdd}
        allowCustom
      />
      <SkillChipsField
        label="Soft skills"
        hint="Communication, teamwork and the like: a small weight, never a knockout, since resumes rarely show them."
        value={soft.value}
        onChange={soft.onChange}
        onAdd={soft.onAdd}
      />
    </div>
  );
}
