"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { reuploadFailedResumeAction } from "../actions";

/** "Re-upload" on a failed row: choose the same file again; its evaluation is queued again. */
export function ReuploadButton({ jobId, evaluationId, fileName }: { jobId: string; evaluationId: string; fileName: string }) {
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-1">
      <label
        htmlFor={id}
        className={`inline-flex cursor-pointer items-center rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50 focus-within:outline focus-within:outline-2 focus-within:outline-brand-600 ${pending ? "opacity-60" : ""}`}
      >
        {pending ? "Uploading…" : "Re-upload"}
        <input
          id={id}
          type="file"
          className="sr-only"
          aria-label={`Re-upload ${fileName}`}
          disabled={pending}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (!file) return;
            setError(null);
            startTransition(async () => {
              const result = await reuploadFailedResumeAction({ jobId, evaluationId, file });
              if (!result.ok) setError(result.error.message);
              else router.refresh();
            });
          }}
        />
      </label>
      {error ? (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
