"use client";

import { useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { EditorValues, Weights } from "./editor-form";

const WEIGHT_LABELS: Record<string, string> = {
  mustHave: "Must-have skills",
  semantic: "Role and responsibilities fit",
  experience: "Relevant experience",
  seniority: "Seniority",
  niceToHave: "Nice-to-have skills",
  education: "Education",
  certifications: "Certifications",
};

/** Relative importance of each part of the score. */
export function WeightsSection({ defaultWeights }: { defaultWeights: Weights }) {
  const { register, watch, setValue } = useFormContext<EditorValues>();
  const weights = watch("weights");
  return (
    <Card
      title="Scoring weights"
      actions={
        <Button
          variant="secondary"
          className="px-2.5 py-1 text-xs"
          onClick={() => setValue("weights", { ...defaultWeights }, { shouldDirty: true })}
        >
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
              {...register(`weights.${key}`, { valueAsNumber: true })}
              className="min-w-0 flex-1 accent-brand-600"
            />
            <output htmlFor={`weight-${key}`} className="w-10 text-right text-sm tabular-nums">
              {(weights[key] ?? 0).toFixed(2)}
            </output>
          </div>
        ))}
      </div>
    </Card>
  );
}
