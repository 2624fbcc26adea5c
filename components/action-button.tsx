"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";

type Result<D> = { ok: true; data: D } | { ok: false; error: { message: string } };

/** A button that runs a server action with a fixed input, shows its error inline and refreshes the page's data. */
export function ActionButton<I, D = unknown>({
  action,
  input,
  label,
  pendingLabel,
  variant = "secondary",
  confirmText,
  className = "",
  onSuccess,
}: {
  action: (input: I) => Promise<Result<D>>;
  input: I;
  label: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  confirmText?: string;
  className?: string;
  /** Called with the action's data before the page refreshes. */
  onSuccess?: (data: D) => void;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button
        variant={variant}
        className={`px-2.5 py-1 text-xs ${className}`}
        disabled={pending}
        onClick={() => {
          if (confirmText && !window.confirm(confirmText)) return;
          setError(null);
          startTransition(async () => {
            const result = await action(input);
            if (!result.ok) setError(result.error.message);
            else {
              onSuccess?.(result.data);
              router.refresh();
            }
          });
        }}
      >
        {pending ? (pendingLabel ?? `${label}…`) : label}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
