"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useMemo, useState, useTransition } from "react";
import { SkillChips, type SkillOption } from "@/components/skill-chips";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { REQUIREMENTS_SCHEMA_VERSION } from "@/lib/engine/constants";
import type { JobRequirements } from "@/lib/engine/types";
import { saveJobRequirementsAction } from "../../actions";
import { fromRows, ScopedYearsEditor, toRows } from "./scoped-years-editor";

type Weights = Record<string, number>;

const WEIGHT_LABELS: Record<string, string> = {
  mustHave: "Must-have skills",
  semantic: "Role and responsibilities fit",
  experience: "Relevant experience",
  seniority: "Seniority",
  niceToHave: "Nice-to-have skills",
  education: "Education",
  certifications: "Certifications",
};

const DEGREES = [
  ["none", "No degree required"],
  ["high_school", "High school"],
  ["diploma", "Diploma"],
  ["associate", "Associate"],
  ["bachelor", "Bachelor's"],
  ["master", "Master's"],
  ["doctorate", "Doctorate"],
] as const;

/** Keeps must-have alternative groups consistent with the edited must-have list. */
function regroup(groups: string[][] | undefined, ids: string[]): string[][] {
  const kept = (groups ?? []).map((group) => group.filter((id) => ids.includes(id))).filter((group) => group.length > 0);
  const covered = new Set(kept.flat());
  return [...kept, ...ids.filter((id) => !covered.has(id)).map((id) => [id])];
}

export function RequirementsEditor({
  jobId,
  title: initialTitle,
  requirements,
  weights: initialWeights,
  defaultWeights,
  skills,
}: {
  jobId: string;
  title: string;
  requirements: JobRequirements;
  weights: Weights;
  defaultWeights: Weights;
  skills: SkillOption[];
}) {
  const router = useRouter();
  const byId = useMemo(() => new Map(skills.map((skill) => [skill.id, skill.name])), [skills]);
  const [title, setTitle] = useState(initialTitle);
  const [mustHave, setMustHave] = useState(requirements.mustHaveSkills);
  const [niceToHave, setNiceToHave] = useState(requirements.niceToHaveSkills);
  const [minYears, setMinYears] = useState(requirements.minYearsExperience?.toString() ?? "");
  const [scopedRows, setScopedRows] = useState(() => toRows(requirements.scopedYears));
  const [degreeLevel, setDegreeLevel] = useState<string>(requirements.degree?.level ?? "none");
  const [degreeRequired, setDegreeRequired] = useState(requirements.degree?.required ?? false);
  const [licenses, setLicenses] = useState(requirements.certifications);
  const [licenseDraft, setLicenseDraft] = useState("");
  const [location, setLocation] = useState(requirements.location?.text ?? "");
  const [workplace, setWorkplace] = useState<string>(requirements.location?.workplace ?? "");
  const [weights, setWeights] = useState<Weights>(initialWeights);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const years = minYears.trim() === "" ? null : Number(minYears);
    if (years !== null && (!Number.isFinite(years) || years < 0 || years > 60)) {
      setError("Minimum years must be a number from 0 to 60, or empty.");
      return;
    }
    const scoped = fromRows(scopedRows);
    if (!scoped.ok) {
      setError(scoped.error);
      return;
    }
    const next: JobRequirements = {
      ...requirements,
      // Saving writes the current shape (scoped years since version 2, alternative licences since 3).
      schemaVersion: REQUIREMENTS_SCHEMA_VERSION,
      scopedYears: scoped.value,
      mustHaveSkills: mustHave,
      mustHaveGroups: regroup(requirements.mustHaveGroups, mustHave),
      niceToHaveSkills: niceToHave.filter((id) => !mustHave.includes(id)),
      minYearsExperience: years,
      maxYearsExperience:
        requirements.maxYearsExperience !== null && years !== null && requirements.maxYearsExperience < years
          ? null
          : requirements.maxYearsExperience,
      degree:
        degreeLevel === "none"
          ? null
          : {
              level: degreeLevel as NonNullable<JobRequirements["degree"]>["level"],
              required: degreeRequired,
              orEquivalentExperience: requirements.degree?.orEquivalentExperience ?? false,
              fields: requirements.degree?.fields ?? [],
            },
      certifications: licenses,
      location:
        location.trim() || workplace
          ? { text: location.trim() || null, workplace: (workplace || null) as NonNullable<JobRequirements["location"]>["workplace"] }
          : null,
    };
    const sameWeights = Object.keys(defaultWeights).every((key) => weights[key] === defaultWeights[key]);
    startTransition(async () => {
      const result = await saveJobRequirementsAction({
        jobId,
        body: { title: title.trim() || initialTitle, requirements: next, weights: sameWeights ? null : weights },
      });
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      router.push(`/jobs/${jobId}`);
    });
  }

  function addLicense() {
    const name = licenseDraft.trim();
    if (!name) return;
    const match = skills.find((skill) => skill.name.toLowerCase() === name.toLowerCase());
    setLicenses([...licenses, { id: match?.id ?? null, name: match?.name ?? name, required: true }]);
    setLicenseDraft("");
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5">
      <Card title="Job">
        <div className="grid gap-4 md:grid-cols-2">
          <Field label="Title" htmlFor="req-title">
            <Input id="req-title" value={title} onChange={(event) => setTitle(event.target.value)} maxLength={200} required />
          </Field>
        </div>
      </Card>
      <Card title="Years of experience">
        <div className="space-y-5">
          <div className="md:w-1/2 md:pr-2">
            <Field
              label="Minimum years of experience"
              htmlFor="req-years"
              hint="Overall, in any role. Empty when the description states none."
            >
              <Input id="req-years" inputMode="decimal" value={minYears} onChange={(event) => setMinYears(event.target.value)} />
            </Field>
          </div>
          <ScopedYearsEditor
            rows={scopedRows}
            onChange={setScopedRows}
            listedSkills={[...mustHave, ...niceToHave]}
            options={skills}
            byId={byId}
          />
        </div>
      </Card>
      <Card title="Skills">
        <div className="grid gap-6 md:grid-cols-2">
          <SkillChips label="Must-have skills" value={mustHave} onChange={setMustHave} options={skills} byId={byId} />
          <SkillChips label="Nice-to-have skills" value={niceToHave} onChange={setNiceToHave} options={skills} byId={byId} />
        </div>
      </Card>
      <Card title="Education, licenses and location">
        <div className="grid gap-4 md:grid-cols-2">
          <Field label="Degree" htmlFor="req-degree">
            <Select id="req-degree" value={degreeLevel} onChange={(event) => setDegreeLevel(event.target.value)}>
              {DEGREES.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
          <label className="flex items-center gap-2 self-end pb-2 text-sm">
            <input
              type="checkbox"
              checked={degreeRequired}
              onChange={(event) => setDegreeRequired(event.target.checked)}
              disabled={degreeLevel === "none"}
            />
            Degree is required (not just preferred)
          </label>
          <fieldset className="space-y-2 md:col-span-2">
            <legend className="text-sm font-medium text-slate-800">Licenses and certifications</legend>
            <ul className="space-y-1">
              {licenses.length === 0 ? <li className="text-sm text-slate-500">None</li> : null}
              {licenses.map((license, index) => (
                <li key={license.id ?? license.name} className="flex flex-wrap items-center gap-3 text-sm">
                  <span className="font-medium">{license.name}</span>
                  <label className="flex items-center gap-1">
                    <input
                      type="checkbox"
                      checked={license.required}
                      onChange={(event) =>
                        setLicenses(licenses.map((l, i) => (i === index ? { ...l, required: event.target.checked } : l)))
                      }
                    />
                    Required
                  </label>
                  <button
                    type="button"
                    className="text-red-700 underline"
                    onClick={() => setLicenses(licenses.filter((_, i) => i !== index))}
                    aria-label={`Remove ${license.name}`}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
            <div className="flex gap-2">
              <label htmlFor="req-license" className="sr-only">
                Add a license or certification
              </label>
              <Input
                id="req-license"
                value={licenseDraft}
                onChange={(event) => setLicenseDraft(event.target.value)}
                placeholder="e.g. Registered Nurse"
                onKeyDown={(event) => {
                  if (event.key === "Enter") {
                    event.preventDefault();
                    addLicense();
                  }
                }}
              />
              <Button variant="secondary" onClick={addLicense}>
                Add
              </Button>
            </div>
          </fieldset>
          <Field label="Location" htmlFor="req-location">
            <Input id="req-location" value={location} onChange={(event) => setLocation(event.target.value)} maxLength={200} />
          </Field>
          <Field label="Workplace" htmlFor="req-workplace">
            <Select id="req-workplace" value={workplace} onChange={(event) => setWorkplace(event.target.value)}>
              <option value="">Not stated</option>
              <option value="onsite">On-site</option>
              <option value="hybrid">Hybrid</option>
              <option value="remote">Remote</option>
            </Select>
          </Field>
        </div>
      </Card>
      <Card
        title="Scoring weights"
        actions={
          <Button variant="secondary" className="px-2.5 py-1 text-xs" onClick={() => setWeights({ ...defaultWeights })}>
            Reset to defaults
          </Button>
        }
      >
        <p className="mb-3 text-sm text-slate-600">
          Relative importance of each part of the score; components a job does not use drop out and the rest are rescaled.
        </p>
        <div className="grid gap-x-6 gap-y-3 md:grid-cols-2">
          {Object.keys(defaultWeights).map((key) => (
            <div key={key} className="flex items-center gap-3">
              <label htmlFor={`weight-${key}`} className="w-32 flex-none text-sm sm:w-52">
                {WEIGHT_LABELS[key] ?? key}
              </label>
              <input
                id={`weight-${key}`}
                type="range"
                min={0}
                max={1}
                step={0.01}
                value={weights[key] ?? 0}
                onChange={(event) => setWeights({ ...weights, [key]: Number(event.target.value) })}
                className="min-w-0 flex-1 accent-brand-600"
              />
              <output htmlFor={`weight-${key}`} className="w-10 text-right text-sm tabular-nums">
                {(weights[key] ?? 0).toFixed(2)}
              </output>
            </div>
          ))}
        </div>
      </Card>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save requirements"}
        </Button>
        <Button variant="ghost" onClick={() => router.push(`/jobs/${jobId}`)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
