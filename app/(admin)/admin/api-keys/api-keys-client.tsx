"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ActionButton } from "@/components/action-button";
import { SecretOnce } from "@/components/secret-once";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { createApiKeyAction, rotateApiKeyAction } from "./actions";

type UserOption = { id: string; email: string; role: "admin" | "recruiter" | "hiring_manager" };

const SCOPES_BY_ROLE: Record<UserOption["role"], ("read" | "write" | "admin")[]> = {
  admin: ["read", "write", "admin"],
  recruiter: ["read", "write"],
  hiring_manager: ["read", "write"],
};

const KEY_NOTICE = "Copy this key now. It is shown only once and cannot be recovered.";

export function CreateApiKeyForm({ users, currentUserId }: { users: UserOption[]; currentUserId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [userId, setUserId] = useState(currentUserId);
  const role = users.find((user) => user.id === userId)?.role ?? "recruiter";
  if (secret) return <SecretOnce secret={secret} notice={KEY_NOTICE} testId="new-api-key" onDone={() => setSecret(null)} />;
  return (
    <form
      className="grid gap-4 sm:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const expires = String(form.get("expiresInDays") ?? "");
        setError(null);
        startTransition(async () => {
          const result = await createApiKeyAction({
            name: String(form.get("name") ?? ""),
            userId,
            scopes: form.getAll("scopes").map(String),
            expiresInDays: expires ? Number(expires) : undefined,
          });
          if (!result.ok) setError(result.error.message);
          else {
            setSecret(result.data.secret);
            router.refresh();
          }
        });
      }}
    >
      <Field label="Name" htmlFor="key-name" hint="What uses the key, e.g. “ATS sync”.">
        <Input id="key-name" name="name" required maxLength={100} />
      </Field>
      <Field label="Owner" htmlFor="key-owner" hint="The key acts as this user and never exceeds their role.">
        <select
          id="key-owner"
          value={userId}
          onChange={(event) => setUserId(event.target.value)}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        >
          {users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.email} ({user.role.replace("_", " ")})
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">Scopes</legend>
        {SCOPES_BY_ROLE[role].map((scope) => (
          <label key={scope} className="mr-4 inline-flex items-center gap-1.5 text-sm">
            <input type="checkbox" name="scopes" value={scope} defaultChecked={scope === "read"} /> {scope}
          </label>
        ))}
        <p className="text-xs text-slate-500">
          read: GET requests; write: uploads, edits, decisions, erasure; admin: key management and the audit log.
        </p>
      </fieldset>
      <Field label="Expires after (days)" htmlFor="key-expiry" hint="Empty: no expiry. Prefer an expiry and rotation.">
        <Input id="key-expiry" name="expiresInDays" type="number" min={1} max={730} defaultValue={90} />
      </Field>
      <div className="sm:col-span-2 flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create key"}
        </Button>
        {error ? (
          <span role="alert" className="text-sm text-red-700">
            {error}
          </span>
        ) : null}
      </div>
    </form>
  );
}

export function RotateKeyButton({ keyId }: { keyId: string }) {
  const [secret, setSecret] = useState<string | null>(null);
  if (secret) return <SecretOnce secret={secret} notice={KEY_NOTICE} testId="new-api-key" onDone={() => setSecret(null)} />;
  return (
    <ActionButton
      action={rotateApiKeyAction}
      input={{ keyId }}
      label="Rotate"
      pendingLabel="Rotating…"
      confirmText="Issue a replacement key? The current key keeps working until you revoke it."
      onSuccess={(data) => setSecret(data.secret)}
    />
  );
}
