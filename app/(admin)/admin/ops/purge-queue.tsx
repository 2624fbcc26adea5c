"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { purgeQueuedAction } from "./actions";

/** Purge of queued evaluations behind a modal confirmation (type PURGE). */
export function PurgeQueue({ queued }: { queued: number }) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [confirm, setConfirm] = useState("");
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await purgeQueuedAction({ confirm });
      if (!result.ok) {
        setMessage({ tone: "error", text: result.error.message });
        return;
      }
      dialog.current?.close();
      setConfirm("");
      setMessage({ tone: "success", text: `${result.data.purged} queued evaluations purged. Retry them from the failed list when ready.` });
      router.refresh();
    });
  }

  return (
    <div className="space-y-2">
      <Button
        variant="danger"
        disabled={queued === 0}
        onClick={() => {
          setMessage(null);
          dialog.current?.showModal();
        }}
      >
        Purge queue…
      </Button>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <dialog
        ref={dialog}
        aria-labelledby="purge-title"
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <form onSubmit={onSubmit} className="space-y-4 p-5">
          <h2 id="purge-title" className="text-lg font-semibold">
            Purge {queued} queued {queued === 1 ? "evaluation" : "evaluations"}?
          </h2>
          <p className="text-sm text-slate-700">
            They are taken out of the queue and marked failed (code PURGED); nothing is deleted, and “Retry” puts them back. Evaluations
            running now are not touched.
          </p>
          <div>
            <label htmlFor="purge-confirm" className="mb-1 block text-sm font-medium">
              Type PURGE to confirm
            </label>
            <Input id="purge-confirm" value={confirm} onChange={(event) => setConfirm(event.target.value)} autoComplete="off" />
          </div>
          {message?.tone === "error" ? <Alert tone="error">{message.text}</Alert> : null}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => dialog.current?.close()}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" disabled={pending || confirm !== "PURGE"}>
              {pending ? "Purging…" : "Purge"}
            </Button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
