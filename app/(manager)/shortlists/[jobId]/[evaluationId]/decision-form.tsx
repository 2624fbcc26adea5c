"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/select";
import { createDecisionAction } from "../../actions";

const OPTIONS = [
  { value: "shortlist", label: "Shortlist" },
  { value: "hold", label: "Hold" },
  { value: "reject", label: "Reject" },
] as const;

export function DecisionForm({
  jobId,
  evaluationId,
  current,
}: {
  jobId: string;
  evaluationId: string;
  current: "shortlist" | "hold" | "reject" | null;
}) {
  const router = useRouter();
  const [decision, setDecision] = useState<(typeof OPTIONS)[number]["value"]>(current ?? "shortlist");
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    startTransition(async () => {
      const result = await createDecisionAction({ jobId, evaluationId, decision, note });
      if (!result.ok) {
        setMessage({ tone: "error", text: result.error.message });
        return;
      }
      setNote("");
      setMessage({ tone: "success", text: "Decision saved." });
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-800">Decision</legend>
        <div className="flex flex-wrap gap-2">
          {OPTIONS.map((option) => (
            <label
              key={option.value}
              className={`flex cursor-pointer items-center gap-2 rounded-md border px-3 py-1.5 text-sm ${decision === option.value ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white"}`}
            >
              <input
                type="radio"
                name="decision"
                value={option.value}
                checked={decision === option.value}
                onChange={() => setDecision(option.value)}
              />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor="decision-note" className="mb-1 block text-sm font-medium text-slate-800">
          Note (optional)
        </label>
        <Textarea id="decision-note" rows={3} maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save decision"}
      </Button>
    </form>
  );
}
