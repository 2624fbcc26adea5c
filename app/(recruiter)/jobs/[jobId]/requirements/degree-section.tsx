"use client";

import { useController, useFormContext } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { REQUIREMENTS_EDIT_LIMITS as R } from "@/lib/schemas/job-limits";
import type { EditorValues } from "./editor-form";
import { TextChips } from "./text-chips";

const DEGREES = [
  ["none", "No degree asked for"],
  ["high_school", "High school"],
  ["diploma", "Diploma"],
  ["associate", "Associate"],
  ["bachelor", "Bachelor's"],
  ["master", "Master's"],
  ["doctorate", "Doctorate"],
] as const;

/** Degree: level, required or preferred, whether equivalent experience counts, and the fields accepted. */
export function DegreeSection() {
  const { register, watch, control } = useFormContext<EditorValues>();
  const none = watch("requirements.degree.level") === "none";
  const fields = useController({ control, name: "requirements.degree.fields" });
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Field label="Degree" htmlFor="req-degree">
        <Select id="req-degree" {...register("requirements.degree.level")}>
          {DEGREES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <div className="space-y-2 self-end pb-1 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" {...register("requirements.degree.required")} disabled={none} />
          Degree is required (not just preferred)
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" {...register("requirements.degree.orEquivalentExperience")} disabled={none} />
          Equivalent experience is accepted instead
        </label>
      </div>
      {none ? null : (
        <div className="md:col-span-2">
          <TextChips
            label="Fields of study"
            hint="Empty: any field. A field is never scored as a skill."
            value={fields.field.value}
            onChange={fields.field.onChange}
            max={R.maxDegreeFields}
            maxLength={R.degreeFieldMax}
            placeholder="e.g. Computer Science"
          />
        </div>
      )}
    </div>
  );
}
