"use client";

import { Controller, useController, useFormContext } from "react-hook-form";
import { Field, Input } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { REQUIREMENTS_EDIT_LIMITS as R } from "@/lib/schemas/job-limits";
import type { EditorValues } from "./editor-form";
import { TextChips } from "./text-chips";

const OFFSETS = Array.from({ length: 27 }, (_, i) => i - 12);
const utc = (n: number) => (n === 0 ? "UTC" : `UTC${n > 0 ? "+" : "−"}${Math.abs(n)}`);
const TRI = { "": null, yes: true, no: false } as const;

/** Where the job is and who may take it: workplace, countries or regions, working hours, relocation, sponsorship. */
export function EligibilitySection() {
  const { control, register, setValue, watch } = useFormContext<EditorValues>();
  const countries = useController({ control, name: "requirements.eligibility.countries" });
  const location = watch("requirements.location");
  const timeZone = watch("requirements.eligibility.timeZone");
  const setLocation = (change: Partial<NonNullable<EditorValues["requirements"]["location"]>>) => {
    const next = { text: location?.text ?? null, workplace: location?.workplace ?? null, ...change };
    setValue("requirements.location", next.text || next.workplace ? next : null, { shouldDirty: true });
  };
  const setZone = (which: "fromUtc" | "toUtc", raw: string) => {
    const other = which === "fromUtc" ? "toUtc" : "fromUtc";
    const value = raw === "" ? null : Number(raw);
    const next = value === null ? null : { [other]: timeZone?.[other] ?? value, [which]: value };
    setValue("requirements.eligibility.timeZone", next as EditorValues["requirements"]["eligibility"]["timeZone"], { shouldDirty: true });
  };

  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Field label="Location" htmlFor="req-location">
        <Input
          id="req-location"
          value={location?.text ?? ""}
          maxLength={R.locationMax}
          onChange={(e) => setLocation({ text: e.target.value || null })}
        />
      </Field>
      <Field label="Workplace" htmlFor="req-workplace">
        <Select
          id="req-workplace"
          value={location?.workplace ?? ""}
          onChange={(e) => setLocation({ workplace: (e.target.value || null) as "remote" | "hybrid" | "onsite" | null })}
        >
          <option value="">Not stated</option>
          <option value="onsite">On-site</option>
          <option value="hybrid">Hybrid</option>
          <option value="remote">Remote</option>
        </Select>
      </Field>
      <div className="space-y-2 md:col-span-2">
        <TextChips
          label="Countries or regions candidates may work from"
          hint="Empty: anywhere (or not stated). Regions such as EU or North America cover their countries."
          value={countries.field.value}
          onChange={countries.field.onChange}
          max={R.maxCountries}
          maxLength={R.countryMax}
          placeholder="e.g. Canada"
        />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" {...register("requirements.eligibility.openToOthers")} />
          The list is open-ended (others may apply too): being elsewhere is not a blocker
        </label>
      </div>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">Working hours window</legend>
        <div className="flex items-center gap-2 text-sm">
          <label htmlFor="req-tz-from" className="sr-only">
            Working hours from
          </label>
          <Select id="req-tz-from" value={timeZone?.fromUtc ?? ""} onChange={(e) => setZone("fromUtc", e.target.value)}>
            <option value="">Any</option>
            {OFFSETS.map((n) => (
              <option key={n} value={n}>
                {utc(n)}
              </option>
            ))}
          </Select>
          <span>to</span>
          <label htmlFor="req-tz-to" className="sr-only">
            Working hours to
          </label>
          <Select id="req-tz-to" value={timeZone?.toUtc ?? ""} onChange={(e) => setZone("toUtc", e.target.value)}>
            <option value="">Any</option>
            {OFFSETS.map((n) => (
              <option key={n} value={n}>
                {utc(n)}
              </option>
            ))}
          </Select>
        </div>
      </fieldset>
      <div className="grid grid-cols-2 gap-4">
        <Controller
          control={control}
          name="requirements.eligibility.relocation"
          render={({ field }) => (
            <Field label="Relocation help" htmlFor="req-relocation">
              <Select
                id="req-relocation"
                value={field.value === null ? "" : field.value ? "yes" : "no"}
                onChange={(e) => field.onChange(TRI[e.target.value as keyof typeof TRI])}
              >
                <option value="">Not stated</option>
                <option value="yes">Offered</option>
                <option value="no">Not offered</option>
              </Select>
            </Field>
          )}
        />
        <Controller
          control={control}
          name="requirements.eligibility.sponsorship"
          render={({ field }) => (
            <Field label="Visa sponsorship" htmlFor="req-sponsorship">
              <Select
                id="req-sponsorship"
                value={field.value ?? ""}
                onChange={(e) => field.onChange(e.target.value === "" ? null : e.target.value)}
              >
                <option value="">Not stated</option>
                <option value="yes">Offered</option>
                <option value="no">Not offered</option>
              </Select>
            </Field>
          )}
        />
      </div>
    </div>
  );
}
