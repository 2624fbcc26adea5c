"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** A secret (API key, temporary password) shown once with a copy button; it cannot be displayed again. */
export function SecretOnce({ secret, notice, testId, onDone }: { secret: string; notice: string; testId: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm">
      <p className="font-medium text-amber-900">{notice}</p>
      <code data-testid={testId} className="block break-all rounded bg-white px-2 py-1 font-mono text-xs text-slate-900">
        {secret}
      </code>
      <div className="flex gap-2">
        <Button
          variant="secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(secret).then(() => setCopied(true));
          }}
        >
          {copied ? "Copied" : "Copy"}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          I have stored it
        </Button>
      </div>
    </div>
  );
}
