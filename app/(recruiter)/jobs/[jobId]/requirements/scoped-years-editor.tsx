"use client";

import { Controller, useFieldArray, useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { SCOPED_YEARS_LIMITS } from "@/lib/schemas/job-limits";
import type { EditorValues } from "./editor-form";
import { SkillChipsField } from "./skill-chips-field";
import { useSkillNames } from "./skill-names";

function fmt(years: unknown): string {
  const n = Number(years);
  return years !== "" && years !== null && Number.isFinite(n) ? String(n) : "…";
}

/**
 * The "Years of experience" rows: each scoped requirement as "at least N years of <skills>",
 * alternatives of a group joined by "or" (all groups are required). A skill the job no longer
 * lists keeps its scope: years in a skill can be asked for without it being a listed skill.
 */
export function ScopedYearsEditor() {
  const { control, register, watch, formState } = useFormContext<EditorValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "requirements.scopedYears" });
  const { nameOf } = useSkillNames();
  const rows = watch("requirements.scopedYears");
  const r = watch("requirements");
  const listed = new Set([...r.mustHaveGroups.flat(), ...r.niceToHaveSkills, ...r.softSkills]);
  const rowErrors = formState.errors.requirements?.scopedYears;

  return (
    <div className="space-y-3">
      <h3 className="text-sm font-medium text-slate-800">Years in specific skills</h3>
      {fields.length === 0 ? <p className="text-sm text-slate-500">None: only the overall minimum applies.</p> : null}
      <ul className="space-y-3">
        {fields.map((item, index) => {
          const row = rows[index];
          const groups = row?.groups ?? [];
          const scope =
            groups
              .filter((g) => g.length > 0)
              .map((g) => g.map(nameOf).join(" or "))
              .join(" and ") || "… (add a skill)";
          const sentence = `At least ${fmt(row?.minYears)} ${Number(row?.minYears) === 1 ? "year" : "years"} of ${scope}`;
          const unlisted = [...new Set(groups.flat())].filter((id) => !listed.has(id));
          const error = rowErrors?.[index];
          const message = error?.minYears?.message ?? error?.groups?.message ?? error?.groups?.[0]?.message;
          return (
            <li key={item.id} className="space-y-3 rounded-md border border-slate-200 p-3" data-testid="scoped-years-row">
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <label id={`scoped-label-${item.id}`} htmlFor={`scoped-years-${item.id}`}>
                  At least
                </label>
                <div className="w-24 flex-none">
                  <Input
                    id={`scoped-years-${item.id}`}
                    type="number"
                    inputMode="decimal"
                    min={SCOPED_YEARS_LIMITS.minYears}
                    max={SCOPED_YEARS_LIMITS.maxYears}
                    step={0.5}
                    {...register(`requirements.scopedYears.${index}.minYears`, { valueAsNumber: true })}
                    aria-labelledby={`scoped-label-${item.id} scoped-scope-${item.id}`}
                  />
                </div>
                <span id={`scoped-scope-${item.id}`}>
                  years of <span className="font-medium text-slate-900">{scope}</span>
                </span>
                <Button
                  variant="ghost"
                  className="ml-auto px-2 py-1 text-red-700 underline"
                  onClick={() => remove(index)}
                  aria-label={`Remove years requirement ${index + 1}: ${sentence}`}
                >
                  Remove
                </Button>
              </div>
              <Controller
                control={control}
                name={`requirements.scopedYears.${index}.groups`}
                render={({ field }) => (
                  <>
                    {field.value.map((group, g) => (
                      <SkillChipsField
                        // biome-ignore lint/suspicious/noArrayIndexKey: a group has no identity besides its position in the row.
                        key={g}
                        label={
                          field.value.length > 1
                            ? `Requirement ${index + 1}, skill group ${g + 1} of ${field.value.length} (any one counts; every group is required)`
                            : `Requirement ${index + 1} skills (any one counts)`
                        }
                        value={group}
                        onChange={(ids) =>
                          field.onChange(field.value.map((x, i) => (i === g ? ids : x)).filter((x, i) => x.length > 0 || i === 0))
                        }
                        joiner="or"
                      />
                    ))}
                  </>
                )}
              />
              <p className="text-xs text-slate-500">{row?.text ? `From the description: “${row.text}”` : "Added in this editor."}</p>
              {unlisted.length > 0 ? (
                <p className="text-xs text-amber-800">
                  {unlisted.map(nameOf).join(", ")} {unlisted.length === 1 ? "is" : "are"} not among the job's must-have or nice-to-have
                  skills; this years requirement still applies.
                </p>
              ) : null}
              {message ? (
                <p role="alert" className="text-xs text-red-700">
                  {`Years requirement ${index + 1}: ${message}`}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      {fields.length < SCOPED_YEARS_LIMITS.maxRows ? (
        <Button variant="secondary" onClick={() => append({ minYears: 1, groups: [[]], text: "" })}>
          Add a years requirement
        </Button>
      ) : null}
    </div>
  );
}
