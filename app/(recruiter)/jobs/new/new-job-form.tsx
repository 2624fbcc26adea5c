"use client";

import { useRouter } from "next/navigation";
import { type DragEvent, type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { Textarea } from "@/components/ui/select";

export function NewJobForm() {
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  function onDrop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) setFile(dropped);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!file && text.trim().length === 0) {
      setError("Paste the job description or choose its file.");
      return;
    }
    setPending(true);
    try {
      let response: Response;
      if (file) {
        const form = new FormData();
        form.set("file", file);
        if (title.trim()) form.set("title", title.trim());
        response = await fetch("/api/jobs", { method: "POST", body: form });
      } else {
        response = await fetch("/api/jobs", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ text, ...(title.trim() ? { title: title.trim() } : {}) }),
        });
      }
      const body = await response.json().catch(() => null);
      if (!response.ok) {
        setError(body?.error?.message ?? "The job could not be created. Try again.");
        return;
      }
      router.push(`/jobs/${body.job.id}/requirements?created=1`);
    } catch {
      setError("The server could not be reached. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <Card>
        <div className="space-y-4">
          <Field label="Title (optional)" htmlFor="job-title" hint="Taken from the description when left empty.">
            <Input id="job-title" value={title} onChange={(event) => setTitle(event.target.value)} maxLength={200} />
          </Field>
          <div className="grid gap-4 md:grid-cols-2">
            <Field label="Job description text" htmlFor="job-text" hint="Paste the whole description, or use a file instead.">
              <Textarea id="job-text" rows={12} value={text} onChange={(event) => setText(event.target.value)} disabled={file !== null} />
            </Field>
            <div className="space-y-1">
              <span className="block text-sm font-medium text-slate-800" id="jd-file-label">
                Or a job description file
              </span>
              <label
                htmlFor="jd-file"
                onDragOver={(event) => {
                  event.preventDefault();
                  setDragging(true);
                }}
                onDragLeave={() => setDragging(false)}
                onDrop={onDrop}
                className={`flex h-[calc(100%-1.75rem)] min-h-40 cursor-pointer flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed p-6 text-center text-sm ${dragging ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white"}`}
              >
                <span className="font-medium text-slate-800">{file ? file.name : "Drop a PDF, DOCX or TXT here"}</span>
                <span className="text-slate-600">{file ? `${Math.ceil(file.size / 1024)} KB` : "or press to choose a file"}</span>
                <input
                  id="jd-file"
                  type="file"
                  accept=".pdf,.docx,.txt,application/pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                  className="sr-only"
                  onChange={(event) => setFile(event.target.files?.[0] ?? null)}
                />
              </label>
              {file ? (
                <Button variant="ghost" className="px-2 py-1 text-xs" onClick={() => setFile(null)}>
                  Remove file
                </Button>
              ) : null}
            </div>
          </div>
        </div>
      </Card>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Reading the description…" : "Read requirements"}
      </Button>
    </form>
  );
}
