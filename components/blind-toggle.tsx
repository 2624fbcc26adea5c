"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";

/** Switch for blind review: hides names, contact details, links and locations; scores are unchanged. */
export function BlindToggle({
  on,
  setBlindReviewAction,
}: {
  on: boolean;
  /** The server action that stores the choice (app/(manager)/shortlists/actions.ts), passed by the page. */
  setBlindReviewAction: (input: { on: boolean }) => Promise<{ ok: boolean }>;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await setBlindReviewAction({ on: !on });
          if (result.ok) router.refresh();
        })
      }
      className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50"
    >
      <span className={`relative inline-block h-5 w-9 rounded-full transition-colors ${on ? "bg-brand-600" : "bg-slate-300"}`} aria-hidden>
        <span className={`absolute top-0.5 h-4 w-4 rounded-full bg-white transition-all ${on ? "left-4" : "left-0.5"}`} />
      </span>
      Blind review
    </button>
  );
}
