"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ShortcutHelp } from "@/components/shortcut-help";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { DECISION_LABELS, type DecisionKind } from "@/lib/schemas/decisions";
import { createBulkDecisionsAction } from "../actions";

const ROW_SELECTOR = '[data-testid="shortlist-row"]';
const DECISION_KEYS: Record<string, DecisionKind> = { s: "shortlist", h: "hold", r: "reject" };

type Message = { tone: "error" | "success"; text: string } | null;

function rows(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(ROW_SELECTOR)];
}

function selectedIds(): string[] {
  return [...document.querySelectorAll<HTMLInputElement>(`${ROW_SELECTOR} input[name="ids"]:checked`)].map((input) => input.value);
}

/**
 * Keyboard triage of the shortlist: j/k or ↓/↑ move through the rows, Enter opens the
 * candidate (the row's link has focus), x selects the row, s/h/r decide on it at once.
 */
export function ShortlistKeyboard({ jobId }: { jobId: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const [pending, startTransition] = useTransition();

  function move(step: number) {
    const all = rows();
    if (all.length === 0) return;
    const index = all.findIndex((row) => row.dataset.current === "true");
    const next = Math.min(all.length - 1, Math.max(0, index < 0 ? 0 : index + step));
    for (const row of all) delete row.dataset.current;
    const row = all[next];
    if (!row) return;
    row.dataset.current = "true";
    row.querySelector<HTMLAnchorElement>("a")?.focus();
  }

  function onKey(key: string): boolean {
    if (key === "j" || key === "ArrowDown") move(1);
    else if (key === "k" || key === "ArrowUp") move(-1);
    else if (key === "x") {
      const box = document.querySelector<HTMLInputElement>(`${ROW_SELECTOR}[data-current="true"] input[name="ids"]`);
      if (box) box.checked = !box.checked;
    } else if (DECISION_KEYS[key]) {
      const decision = DECISION_KEYS[key];
      const id = document.querySelector<HTMLElement>(`${ROW_SELECTOR}[data-current="true"]`)?.dataset.evaluationId;
      if (!id) {
        setMessage({ tone: "error", text: "Move to a candidate first (j or ↓)." });
        return true;
      }
      if (pending) return true;
      startTransition(async () => {
        const result = await createBulkDecisionsAction({ jobId, evaluationIds: [id], decision });
        setMessage(
          result.ok
            ? { tone: "success", text: `${DECISION_LABELS[decision]}: decision saved.` }
            : { tone: "error", text: result.error.message },
        );
        if (result.ok) router.refresh();
      });
    } else return false;
    return true;
  }

  return (
    <div className="flex items-center gap-2">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <ShortcutHelp
        onKey={onKey}
        items={[
          { keys: "j or ↓", label: "Next candidate" },
          { keys: "k or ↑", label: "Previous candidate" },
          { keys: "Enter", label: "Open the candidate" },
          { keys: "x", label: "Select the candidate" },
          { keys: "s", label: "Shortlist" },
          { keys: "h", label: "Hold" },
          { keys: "r", label: "Reject" },
        ]}
      />
    </div>
  );
}

/** One decision and one note for every selected row; nothing is preselected. */
export function BulkDecisionBar({ jobId }: { jobId: string }) {
  const router = useRouter();
  const [decision, setDecision] = useState<DecisionKind | null>(null);
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<Message>(null);
  const [pending, startTransition] = useTransition();

  function apply() {
    setMessage(null);
    const ids = selectedIds();
    if (ids.length === 0) return setMessage({ tone: "error", text: "Select candidates with the boxes in the first column first." });
    if (!decision) return setMessage({ tone: "error", text: "Choose Shortlist, Hold or Reject for the selected candidates." });
    startTransition(async () => {
      const result = await createBulkDecisionsAction({ jobId, evaluationIds: ids, decision, note });
      if (!result.ok) return setMessage({ tone: "error", text: result.error.message });
      setMessage({
        tone: "success",
        text: `${DECISION_LABELS[decision]}: ${result.data.count} ${result.data.count === 1 ? "candidate" : "candidates"}.`,
      });
      setNote("");
      setDecision(null);
      for (const box of document.querySelectorAll<HTMLInputElement>(`${ROW_SELECTOR} input[name="ids"]:checked`)) box.checked = false;
      router.refresh();
    });
  }

  return (
    <fieldset
      className="mb-3 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
      aria-label="Decide on selected"
    >
      <legend className="sr-only">Decide on the selected candidates</legend>
      <div role="radiogroup" aria-label="Decision for selected" className="flex flex-wrap gap-2">
        {(Object.keys(DECISION_LABELS) as DecisionKind[]).map((value) => (
          <label
            key={value}
            className={`flex cursor-pointer items-center gap-2 rounded-md border px-3 py-1.5 text-sm ${decision === value ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white"}`}
          >
            <input type="radio" name="bulk-decision" checked={decision === value} onChange={() => setDecision(value)} />
            {DECISION_LABELS[value]}
          </label>
        ))}
      </div>
      <div className="min-w-48 flex-1">
        <label htmlFor="bulk-note" className="mb-1 block text-xs font-medium text-slate-700">
          Note for all selected (optional)
        </label>
        <Input id="bulk-note" value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} />
      </div>
      <Button type="button" variant="secondary" onClick={apply} disabled={pending}>
        {pending ? "Saving…" : "Decide on selected"}
      </Button>
      {message ? (
        <div className="w-full">
          <Alert tone={message.tone}>{message.text}</Alert>
        </div>
      ) : null}
    </fieldset>
  );
}
