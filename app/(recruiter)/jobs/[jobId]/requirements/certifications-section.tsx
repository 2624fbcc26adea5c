"use client";

import { Fragment } from "react";
import { useController, useFormContext } from "react-hook-form";
import {
  addCertificationAlternative,
  certificationGroups,
  removeCertification,
  setCertificationRequired,
  splitCertification,
} from "@/lib/requirements/edit-operations";
import { REQUIREMENTS_EDIT_LIMITS as R } from "@/lib/schemas/job-limits";
import type { EditorValues } from "./editor-form";
import { type PickedSkill, SkillSearchBox } from "./skill-search-box";

const asWritten = (name: string) => `Add “${name}” as written`;

/** Licenses and certifications; alternatives ("RN license in Wisconsin or a multistate license") are met by any one held. */
export function CertificationsSection() {
  const { control } = useFormContext<EditorValues>();
  const { field } = useController({ control, name: "requirements.certifications" });
  const certs = field.value;
  const set = field.onChange;
  const toCert = (skill: PickedSkill) => ({ id: skill.custom ? null : skill.id, name: skill.name });
  const full = certs.length >= R.maxCertifications ? `A job lists at most ${R.maxCertifications} certifications.` : null;
  const addTo = (next: () => EditorValues["requirements"]["certifications"]) => {
    if (full) return full;
    set(next());
    return null;
  };

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">Licenses and certifications</legend>
      <p className="text-xs text-slate-500">
        A required license missing from a resume is a knockout; alternatives are met by any one of them.
      </p>
      <ul className="space-y-2" aria-label={`Licenses and certifications: ${certs.length}`}>
        {certs.length === 0 ? <li className="text-sm text-slate-500">None</li> : null}
        {certificationGroups(certs).map((group) => {
          const first = group[0] ?? 0;
          const names = group.map((i) => certs[i]?.name ?? "").join(" or ");
          return (
            <li
              key={group.join("-")}
              className="space-y-2 rounded-md border border-slate-200 p-3 text-sm"
              data-testid="certification-group"
            >
              <div className="flex flex-wrap items-center gap-2">
                {group.map((i, n) => (
                  <Fragment key={i}>
                    {n > 0 ? <span className="text-slate-500">or</span> : null}
                    <span className="font-medium">{certs[i]?.name}</span>
                    {group.length > 1 ? (
                      <button
                        type="button"
                        className="text-xs underline"
                        onClick={() => set(splitCertification(certs, i))}
                        aria-label={`Split out ${certs[i]?.name} as a certification of its own`}
                      >
                        split out
                      </button>
                    ) : null}
                    <button
                      type="button"
                      className="text-xs text-red-700 underline"
                      onClick={() => set(removeCertification(certs, i))}
                      aria-label={`Remove ${certs[i]?.name}`}
                    >
                      Remove
                    </button>
                  </Fragment>
                ))}
                <label className="ml-auto flex items-center gap-1">
                  <input
                    type="checkbox"
                    checked={certs[first]?.required ?? false}
                    onChange={(e) => set(setCertificationRequired(certs, first, e.target.checked))}
                    aria-label={`${names} is required`}
                  />
                  Required
                </label>
              </div>
              <SkillSearchBox
                label={`Add an alternative to ${names}`}
                placeholder="Or… (an alternative credential)"
                allowCustom
                customOptionLabel={asWritten}
                onPick={(skill) => addTo(() => addCertificationAlternative(certs, first, toCert(skill)))}
              />
            </li>
          );
        })}
      </ul>
      <div className="sm:w-1/2">
        <SkillSearchBox
          label="Add a license or certification"
          placeholder="e.g. Registered Nurse"
          allowCustom
          customOptionLabel={asWritten}
          onPick={(skill) => addTo(() => [...certs, { ...toCert(skill), required: true }])}
        />
      </div>
    </fieldset>
  );
}
