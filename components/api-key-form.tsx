"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ActionButton } from "@/components/action-button";
import { SecretOnce } from "@/components/secret-once";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { type ApiKeyScope, SCOPES_BY_ROLE } from "@/lib/schemas/api-keys";
import type { Role } from "@/lib/schemas/auth";

type Result<D> = { ok: true; data: D } | { ok: false; error: { message: string } };
type Created = { secret: string };

export type ApiKeyOwnerOption = { id: string; email: string; role: Role };

/** The form's input to the create action; `userId` only when an owner can be chosen (admins). */
export type CreateApiKeyInput = { name: string; scopes: string[]; expiresInDays?: number; userId?: string };

const KEY_NOTICE = "Copy this key now. It is shown only once and cannot be recovered.";

/** What each scope lets a key do for an owner of this role (the role's own limits still apply). */
function scopeDescription(scope: ApiKeyScope, role: Role): string {
  if (scope === "read")
    return role === "hiring_manager"
      ? "GET requests: jobs, shortlists, evaluations and decisions."
      : "GET requests: jobs, resumes and their export, shortlists, evaluations and decisions.";
  if (scope === "write")
    return role === "hiring_manager"
      ? "Record shortlist decisions. Includes read."
      : "Create and edit jobs, upload and erase resumes, retry evaluations, record decisions. Includes read.";
  return "Manage API keys and read the audit log. Includes write.";
}

/**
 * Creates an API key and shows it once. With `owners` (the admin page) the key
 * can be created for any of them; without, it is for the signed-in user, whose
 * role is `role`. Only the scopes the owner's role allows are offered.
 */
export function CreateApiKeyForm({
  create,
  role,
  owners,
}: {
  create: (input: CreateApiKeyInput) => Promise<Result<Created>>;
  role: Role;
  owners?: { users: ApiKeyOwnerOption[]; currentUserId: string };
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [userId, setUserId] = useState(owners?.currentUserId);
  const ownerRole = owners ? (owners.users.find((user) => user.id === userId)?.role ?? "recruiter") : role;
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
          const result = await create({
            name: String(form.get("name") ?? ""),
            scopes: form.getAll("scopes").map(String),
            expiresInDays: expires ? Number(expires) : undefined,
            ...(owners ? { userId } : {}),
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
      {owners ? (
        <Field label="Owner" htmlFor="key-owner" hint="The key acts as this user and never exceeds their role.">
          <Select id="key-owner" value={userId} onChange={(event) => setUserId(event.target.value)}>
            {owners.users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.email} ({user.role.replace("_", " ")})
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <fieldset className="space-y-2 sm:col-span-2">
        <legend className="text-sm font-medium text-slate-800">Scopes</legend>
        {SCOPES_BY_ROLE[ownerRole].map((scope) => (
          <div key={scope} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              id={`key-scope-${scope}`}
              name="scopes"
              value={scope}
              defaultChecked={scope === "read"}
              aria-describedby={`key-scope-${scope}-hint`}
              className="mt-0.5"
            />
            <div>
              <label htmlFor={`key-scope-${scope}`} className="font-medium">
                {scope}
              </label>
              <p id={`key-scope-${scope}-hint`} className="text-xs text-slate-500">
                {scopeDescription(scope, ownerRole)}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <Field label="Expires after (days)" htmlFor="key-expiry" hint="1 to 730 days; empty: no expiry. Prefer an expiry and rotation.">
        <Input id="key-expiry" name="expiresInDays" type="number" min={1} max={730} defaultValue={90} />
      </Field>
      <div className="flex items-center gap-3 sm:col-span-2">
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

/** Issues a replacement key (shown once); the current key keeps working until it is revoked. */
export function RotateKeyButton({ keyId, rotate }: { keyId: string; rotate: (input: { keyId: string }) => Promise<Result<Created>> }) {
  const [secret, setSecret] = useState<string | null>(null);
  if (secret) return <SecretOnce secret={secret} notice={KEY_NOTICE} testId="new-api-key" onDone={() => setSecret(null)} />;
  return (
    <ActionButton
      action={rotate}
      input={{ keyId }}
      label="Rotate"
      pendingLabel="Rotating…"
      confirmText="Issue a replacement key? The current key keeps working until you revoke it."
      onSuccess={(data) => setSecret(data.secret)}
    />
  );
}
