"use client";

import { useFormContext } from "react-hook-form";
import { moveTitleSkill } from "@/lib/requirements/edit-operations";
import { REQUIREMENTS_EDIT_LIMITS as R } from "@/lib/schemas/job-limits";
import type { EditorValues } from "./editor-form";
import { SkillChip } from "./skill-chips-field";
import { useSkillNames } from "./skill-names";

const TITLE_LABEL = "From the title";
const DUTIES_LABEL = "Mentioned in duties";

/**
 * What the engine reads besides the requirements: skills the job title names (weighed like the role's
 * field, never a knockout; the recruiter can make one a must-have or a nice-to-have instead) and the
 * skills the duties mention (context for similarity, not requirements; shown, not edited).
 */
export function TitleSkillsSection() {
  const { watch, getValues, setValue } = useFormContext<EditorValues>();
  const { nameOf } = useSkillNames();
  const titleSkills = watch("requirements.titleSkills");
  const duties = watch("requirements.duties") ?? [];

  const move = (id: string, to: "must" | "nice") => {
    const r = getValues("requirements");
    if (to === "must" && r.mustHaveGroups.length >= R.maxMustGroups) return;
    if (to === "nice" && r.niceToHaveSkills.length >= R.maxNice) return;
    const next = moveTitleSkill(r, id, to);
    const dirty = { shouldDirty: true };
    setValue("requirements.titleSkills", next.titleSkills, dirty);
    setValue("requirements.mustHaveGroups", next.mustHaveGroups, dirty);
    setValue("requirements.niceToHaveSkills", next.niceToHaveSkills, dirty);
  };

  return (
    <div className="grid gap-6 md:grid-cols-2">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{TITLE_LABEL}</legend>
        <p className="text-xs text-slate-500">
          Skills the job title names but the description does not require: they weigh like the role&apos;s field and are never a knockout.
          Make one a must-have or a nice-to-have to score it as that.
        </p>
        <ul className="flex min-h-9 flex-wrap gap-1.5" aria-label={`${TITLE_LABEL}: ${titleSkills.length} selected`}>
          {titleSkills.length === 0 ? <li className="text-sm text-slate-500">None</li> : null}
          {titleSkills.map((id) => (
            <SkillChip
              key={id}
              id={id}
              listLabel={TITLE_LABEL}
              onRemove={() =>
                setValue(
                  "requirements.titleSkills",
                  titleSkills.filter((x) => x !== id),
                  { shouldDirty: true },
                )
              }
            >
              <button
                type="button"
                onClick={() => move(id, "must")}
                className="rounded px-1 text-xs underline hover:bg-brand-100"
                aria-label={`Make ${nameOf(id)} a must-have`}
              >
                must-have
              </button>
              <button
                type="button"
                onClick={() => move(id, "nice")}
                className="rounded px-1 text-xs underline hover:bg-brand-100"
                aria-label={`Make ${nameOf(id)} a nice-to-have`}
              >
                nice-to-have
              </button>
            </SkillChip>
          ))}
        </ul>
      </fieldset>
      <div className="space-y-2">
        <p className="text-sm font-medium text-slate-800" id="duties-label">
          {DUTIES_LABEL}
        </p>
        <p className="text-xs text-slate-500">
          Skills the duties name (“you will…”): context for how well a resume matches the work, not requirements.
        </p>
        <ul className="flex min-h-9 flex-wrap gap-1.5" aria-labelledby="duties-label">
          {duties.length === 0 ? <li className="text-sm text-slate-500">None</li> : null}
          {duties.map((id) => (
            <li key={id} className="rounded-full bg-slate-100 px-2.5 py-0.5 text-sm text-slate-700 ring-1 ring-slate-200">
              {nameOf(id)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
