"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState, useTransition } from "react";
import { countLabel } from "@/components/count-label";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import type { CandidateDataSummary } from "@/lib/server/privacy/summarize-candidate-data";
import { ERASE_CONFIRM_WORD } from "@/lib/schemas/resumes";
import { eraseCandidateAction } from "./actions";

/**
 * Data-subject rights for recruiters and admins: download everything stored
 * about the candidate, or erase it across all jobs behind a typed confirmation.
 * `label` is what the page calls the candidate (the pseudonym in blind review).
 */
export function CandidateDataPanel({
  jobId,
  resumeId,
  label,
  blind,
  summary,
}: {
  jobId: string;
  resumeId: string;
  label: string;
  blind: boolean;
  summary: CandidateDataSummary;
}) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [confirm, setConfirm] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    startTransition(async () => {
      const result = await eraseCandidateAction({ resumeId, confirm: confirm.trim() });
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      // The shortlist reads what was removed back from the audit log and confirms it.
      router.push(`/shortlists/${jobId}?erased=${encodeURIComponent(resumeId)}`);
    });
  }

  return (
    <Card title="Candidate data">
      <p className="text-sm text-slate-700">
        Stored for this candidate: the uploaded file, its text and profile, {countLabel(summary.evaluations, "evaluation")} (one per job)
        and {countLabel(summary.decisions, "decision")}.
      </p>
      <div className="mt-4 flex flex-wrap items-start gap-2">
        {blind ? (
          <p className="w-full text-xs text-slate-600">Turn blind review off to download the candidate’s data.</p>
        ) : (
          <a href={`/api/v1/resumes/${resumeId}/export`} download className={buttonClasses("secondary")}>
            Download data (JSON)
          </a>
        )}
        <Button
          variant="danger"
          onClick={() => {
            setError(null);
            dialog.current?.showModal();
          }}
        >
          Erase candidate…
        </Button>
      </div>
      <dialog
        ref={dialog}
        aria-labelledby="erase-title"
        aria-describedby="erase-description"
        onClose={() => setConfirm("")}
        className="m-auto w-[min(30rem,calc(100vw-2rem))] rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <form onSubmit={onSubmit} className="space-y-4 p-5">
          <h2 id="erase-title" className="text-lg font-semibold">
            Erase {label}?
          </h2>
          <div id="erase-description" className="space-y-2 text-sm text-slate-700">
            <p>This permanently deletes, across all jobs:</p>
            <ul className="list-disc space-y-1 pl-5" aria-label="What is erased">
              <li>the uploaded file</li>
              <li>the extracted text and the parsed profile</li>
              <li>{countLabel(summary.evaluations, "evaluation")}, one per job it was uploaded to</li>
              <li>{countLabel(summary.decisions, "decision")}</li>
            </ul>
            <p>
              The audit log keeps only that an erasure happened, by whom and when. This cannot be undone: download the data first if the
              candidate asked for a copy.
            </p>
          </div>
          <div>
            <label htmlFor="erase-confirm" className="mb-1 block text-sm font-medium">
              Type {ERASE_CONFIRM_WORD} to confirm
            </label>
            <Input id="erase-confirm" value={confirm} onChange={(event) => setConfirm(event.target.value)} autoComplete="off" />
          </div>
          {error ? <Alert tone="error">{error}</Alert> : null}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => dialog.current?.close()}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" disabled={pending || confirm.trim() !== ERASE_CONFIRM_WORD}>
              {pending ? "Erasing…" : "Erase candidate"}
            </Button>
          </div>
        </form>
      </dialog>
    </Card>
  );
}
