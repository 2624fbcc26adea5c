"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { countPastCandidatesAction, findPastCandidatesAction } from "../actions";

type State = { step: "idle" } | { step: "confirm"; count: number } | { step: "done"; queued: number } | { step: "error"; message: string };

function resumes(n: number): string {
  return `${n} stored ${n === 1 ? "resume" : "resumes"}`;
}

/**
 * "Find matches among past candidates": first asks the server how many stored
 * resumes would be evaluated, then queues them once the recruiter confirms.
 */
export function PastCandidatesButton({ jobId }: { jobId: string }) {
  const router = useRouter();
  const [state, setState] = useState<State>({ step: "idle" });
  const [pending, startTransition] = useTransition();

  function ask() {
    startTransition(async () => {
      const result = await countPastCandidatesAction({ jobId });
      setState(result.ok ? { step: "confirm", count: result.data.count } : { step: "error", message: result.error.message });
    });
  }

  function confirm() {
    startTransition(async () => {
      const result = await findPastCandidatesAction({ jobId });
      setState(result.ok ? { step: "done", queued: result.data.queued } : { step: "error", message: result.error.message });
      if (result.ok) router.refresh();
    });
  }

  if (state.step === "confirm")
    return (
      <fieldset className="flex flex-wrap items-center gap-2 rounded-md border border-slate-200 bg-white p-2 text-sm">
        <legend className="sr-only">Confirm past candidates</legend>
        {state.count === 0 ? (
          <span>Every stored resume has been evaluated for this job already.</span>
        ) : (
          <>
            <span data-testid="past-candidates-count">Evaluate {resumes(state.count)} from other jobs for this one?</span>
            <Button type="button" onClick={confirm} disabled={pending}>
              {pending ? "Queueing…" : `Evaluate ${state.count}`}
            </Button>
          </>
        )}
        <Button type="button" variant="ghost" onClick={() => setState({ step: "idle" })} disabled={pending}>
          {state.count === 0 ? "Close" : "Cancel"}
        </Button>
      </fieldset>
    );

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button type="button" variant="secondary" onClick={ask} disabled={pending}>
        {pending ? "Counting…" : "Find matches among past candidates"}
      </Button>
      {state.step === "done" ? (
        <Alert tone="success">
          {state.queued === 0 ? "Nothing new to evaluate." : `${resumes(state.queued)} queued; progress shows below.`}
        </Alert>
      ) : null}
      {state.step === "error" ? <Alert tone="error">{state.message}</Alert> : null}
    </div>
  );
}
