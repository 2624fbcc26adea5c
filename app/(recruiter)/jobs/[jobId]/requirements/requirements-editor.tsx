"use client";

import { useRouter } from "next/navigation";
import { FormProvider, useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import type { JobRequirements } from "@/lib/engine/types";
import type { ActionResult } from "@/lib/server/http/server-action";
import type { SkillSuggestion } from "@/lib/schemas/requirements-edit";
import { CertificationsSection } from "./certifications-section";
import { DegreeSection } from "./degree-section";
import { type EditorValues, editorResolver, errorMessages, type FormOutput, toEditorValues, type Weights } from "./editor-form";
import { EligibilitySection } from "./eligibility-section";
import { MustHaveSection } from "./must-have-section";
import { OtherSkillsSection } from "./other-skills-section";
import { ScopedYearsEditor } from "./scoped-years-editor";
import { SkillNamesProvider } from "./skill-names";
import { TitleSkillsSection } from "./title-skills-section";
import { WeightsSection } from "./weights-section";

type Save = (input: { jobId: string; body: FormOutput }) => Promise<ActionResult<unknown>>;
type Search = (input: { query: string }) => Promise<ActionResult<SkillSuggestion[]>>;

/** The requirements a resume is scored against, as the recruiter reviews and edits them. */
export function RequirementsEditor({
  jobId,
  title,
  requirements,
  weights,
  defaultWeights,
  names,
  save,
  searchSkills,
}: {
  jobId: string;
  title: string;
  requirements: JobRequirements;
  weights: Weights;
  defaultWeights: Weights;
  names: Record<string, string>;
  save: Save;
  searchSkills: Search;
}) {
  const router = useRouter();
  const form = useForm<EditorValues, unknown, FormOutput>({
    defaultValues: toEditorValues(title, requirements, weights),
    resolver: editorResolver(defaultWeights),
  });
  const { register, handleSubmit, formState, setError, watch } = form;
  const r = watch("requirements");
  const empty = r.mustHaveGroups.length === 0 && r.niceToHaveSkills.length === 0 && r.softSkills.length === 0 && r.titleSkills.length === 0;

  const onSubmit = handleSubmit(async (body) => {
    const result = await save({ jobId, body });
    if (!result.ok) {
      setError("root.server", { message: result.error.message });
      return;
    }
    router.push(`/jobs/${jobId}`);
  });
  const search = async (query: string) => {
    const result = await searchSkills({ query });
    return result.ok ? result.data : [];
  };
  const problems = errorMessages({ ...formState.errors, root: undefined });

  return (
    <SkillNamesProvider initial={names} search={search} read={requirements.customSkillsRead}>
      <FormProvider {...form}>
        <form onSubmit={onSubmit} className="space-y-5" noValidate>
          <Card title="Job">
            <div className="md:w-1/2 md:pr-2">
              <Field label="Title" htmlFor="req-title" error={formState.errors.title?.message}>
                <Input id="req-title" maxLength={200} {...register("title")} />
              </Field>
            </div>
          </Card>
          <Card title="Skills">
            <div className="space-y-6">
              {empty ? <Alert tone="info">No requirements found — add them here. The job saves without any.</Alert> : null}
              <MustHaveSection />
              <OtherSkillsSection />
              <TitleSkillsSection />
            </div>
          </Card>
          <Card title="Years of experience">
            <div className="space-y-5">
              <div className="md:w-1/2 md:pr-2">
                <Field
                  label="Minimum years of experience"
                  htmlFor="req-years"
                  hint="Overall, in any role. Empty when the description states none."
                  error={formState.errors.requirements?.minYearsExperience?.message}
                >
                  <Input
                    id="req-years"
                    inputMode="decimal"
                    {...register("requirements.minYearsExperience", { setValueAs: (v) => (v === "" || v === null ? null : Number(v)) })}
                  />
                </Field>
              </div>
              <ScopedYearsEditor />
            </div>
          </Card>
          <Card title="Education and licenses">
            <div className="space-y-6">
              <DegreeSection />
              <CertificationsSection />
            </div>
          </Card>
          <Card title="Location and eligibility">
            <EligibilitySection />
          </Card>
          <WeightsSection defaultWeights={defaultWeights} />
          {formState.errors.root?.server ? <Alert tone="error">{formState.errors.root.server.message}</Alert> : null}
          {problems.length > 0 ? (
            <Alert tone="error">
              Fix these before saving:
              <ul className="list-disc pl-5">
                {problems.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
          <div className="flex gap-3">
            <Button type="submit" disabled={formState.isSubmitting}>
              {formState.isSubmitting ? "Saving…" : "Save requirements"}
            </Button>
            <Button variant="ghost" onClick={() => router.push(`/jobs/${jobId}`)}>
              Cancel
            </Button>
          </div>
        </form>
      </FormProvider>
    </SkillNamesProvider>
  );
}
