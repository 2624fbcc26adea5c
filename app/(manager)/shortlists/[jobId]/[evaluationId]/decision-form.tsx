"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { ShortcutHelp } from "@/components/shortcut-help";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/select";
import type { DecisionKind } from "@/lib/schemas/decisions";
import { createDecisionAction } from "../../actions";

const OPTIONS = [
  { value: "shortlist", label: "Shortlist", key: "s" },
  { value: "hold", label: "Hold", key: "h" },
  { value: "reject", label: "Reject", key: "r" },
] as const;

/**
 * The reviewer's decision. Nothing is preselected: a note saved without a chosen
 * decision is refused instead of silently shortlisting. s/h/r decide at once (with the
 * note typed so far), j/k or ←/→ open the previous/next candidate of the shortlist.
 */
export function DecisionForm({
  jobId,
  evaluationId,
  previousHref,
  nextHref,
}: {
  jobId: string;
  evaluationId: string;
  previousHref: string | null;
  nextHref: string | null;
}) {
  const router = useRouter();
  const [decision, setDecision] = useState<DecisionKind | null>(null);
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function save(chosen: DecisionKind | null) {
    setMessage(null);
    if (!chosen) {
      setMessage({ tone: "error", text: "Choose Shortlist, Hold or Reject before saving; the note is kept." });
      return;
    }
    startTransition(async () => {
      const result = await createDecisionAction({ jobId, evaluationId, decision: chosen, note });
      if (!result.ok) {
        setMessage({ tone: "error", text: result.error.message });
        return;
      }
      setNote("");
      setDecision(null);
      setMessage({ tone: "success", text: "Decision saved." });
      router.refresh();
    });
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    save(decision);
  }

  function onKey(key: string): boolean {
    const option = OPTIONS.find((candidate) => candidate.key === key);
    if (option) {
      if (!pending) {
        setDecision(option.value);
        save(option.value);
      }
      return true;
    }
    const href = key === "j" || key === "ArrowRight" ? nextHref : key === "k" || key === "ArrowLeft" ? previousHref : undefined;
    if (href === undefined) return false;
    if (href) router.push(href);
    return true;
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label="Decision">
      <fieldset>
        <div className="mb-1 flex items-center justify-between gap-2">
          <legend className="text-sm font-medium text-slate-800">Decision</legend>
          <ShortcutHelp
            onKey={onKey}
            items={[
              { keys: "j or →", label: "Next candidate" },
              { keys: "k or ←", label: "Previous candidate" },
              { keys: "s", label: "Shortlist" },
              { keys: "h", label: "Hold" },
              { keys: "r", label: "Reject" },
            ]}
          />
        </div>
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
