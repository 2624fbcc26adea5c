"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { Controller, useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { Textarea } from "@/components/ui/select";
import { type NewJobForm as Values, newJobFormSchema } from "@/lib/schemas/job-create";
import { JdFileDrop } from "./jd-file-drop";

/** Sends the description to POST /api/v1/jobs (the server reads it and answers with the new job). */
async function createJob({ title, text, file }: Values): Promise<{ ok: true; id: string } | { ok: false; message: string }> {
  const trimmed = title.trim();
  let response: Response;
  try {
    if (file) {
      const form = new FormData();
      form.set("file", file);
      if (trimmed) form.set("title", trimmed);
      response = await fetch("/api/v1/jobs", { method: "POST", body: form });
    } else {
      response = await fetch("/api/v1/jobs", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text, ...(trimmed ? { title: trimmed } : {}) }),
      });
    }
  } catch {
    return { ok: false, message: "The server could not be reached. Check your connection and try again." };
  }
  const body = await response.json().catch(() => null);
  if (!response.ok || !body?.job?.id) return { ok: false, message: body?.error?.message ?? "The job could not be created. Try again." };
  return { ok: true, id: body.job.id };
}

export function NewJobForm() {
  const router = useRouter();
  const { register, control, handleSubmit, watch, setError, formState } = useForm<Values>({
    defaultValues: { title: "", text: "", file: null },
    resolver: zodResolver(newJobFormSchema),
  });
  const file = watch("file");
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    const result = await createJob(values);
    if (result.ok) router.push(`/jobs/${result.id}/requirements?created=1`);
    else setError("root.server", { message: result.message });
  });

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <Card>
        <div className="space-y-4">
          <Field
            label="Title (optional)"
            htmlFor="job-title"
            hint="Taken from the description when left empty."
            error={errors.title?.message}
          >
            <Input id="job-title" maxLength={200} {...register("title")} />
          </Field>
          <div className="grid gap-4 md:grid-cols-2">
            <Field label="Job description text" htmlFor="job-text" hint="Paste the whole description, or use a file instead.">
              <Textarea id="job-text" rows={12} {...register("text")} disabled={file !== null} />
            </Field>
            <Controller control={control} name="file" render={({ field }) => <JdFileDrop file={field.value} onChange={field.onChange} />} />
          </div>
        </div>
      </Card>
      {errors.text?.message ? <Alert tone="error">{errors.text.message}</Alert> : null}
      {errors.file?.message ? <Alert tone="error">{errors.file.message}</Alert> : null}
      {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Reading the description…" : "Read requirements"}
      </Button>
    </form>
  );
}
