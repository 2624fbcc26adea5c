"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { ActionButton } from "@/components/action-button";
import { SecretOnce } from "@/components/secret-once";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { ROLE_LABELS, type Role } from "@/lib/schemas/auth";
import { changeUserRoleAction, createUserAction, resetUserPasswordAction } from "./actions";

const ROLES = Object.keys(ROLE_LABELS) as Role[];

export function CreateUserForm() {
  const router = useRouter();
  const [form, setForm] = useState({ name: "", email: "", role: "recruiter" as Role, password: "" });
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    startTransition(async () => {
      const result = await createUserAction(form);
      if (!result.ok) {
        setMessage({ tone: "error", text: result.error.message });
        return;
      }
      setMessage({ tone: "success", text: `${form.name} can now sign in as ${ROLE_LABELS[form.role]}.` });
      setForm({ name: "", email: "", role: "recruiter", password: "" });
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-3 md:grid-cols-5 md:items-end">
      <Field label="Name" htmlFor="new-name">
        <Input id="new-name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required maxLength={120} />
      </Field>
      <Field label="Email" htmlFor="new-email">
        <Input id="new-email" type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} required />
      </Field>
      <Field label="Role" htmlFor="new-role">
        <Select id="new-role" value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Initial password" htmlFor="new-password">
        <Input
          id="new-password"
          type="password"
          autoComplete="new-password"
          value={form.password}
          onChange={(e) => setForm({ ...form, password: e.target.value })}
          required
          minLength={12}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create user"}
      </Button>
      {message ? (
        <div className="md:col-span-5">
          <Alert tone={message.tone}>{message.text}</Alert>
        </div>
      ) : null}
    </form>
  );
}

export function RoleSelect({ userId, role, name }: { userId: string; role: Role; name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex flex-col gap-1">
      <label htmlFor={`role-${userId}`} className="sr-only">
        Role of {name}
      </label>
      <Select
        id={`role-${userId}`}
        value={role}
        disabled={pending}
        className="min-w-36 py-1"
        onChange={(event) => {
          const next = event.target.value as Role;
          setError(null);
          startTransition(async () => {
            const result = await changeUserRoleAction({ userId, role: next });
            if (!result.ok) setError(result.error.message);
            router.refresh();
          });
        }}
      >
        {ROLES.map((value) => (
          <option key={value} value={value}>
            {ROLE_LABELS[value]}
          </option>
        ))}
      </Select>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}

/** Gives the user a temporary password, shown here once; they must replace it at their next sign-in. */
export function ResetPasswordButton({ userId, name }: { userId: string; name: string }) {
  const [temporaryPassword, setTemporaryPassword] = useState<string | null>(null);
  if (temporaryPassword)
    return (
      <SecretOnce
        secret={temporaryPassword}
        notice={`Give ${name} this temporary password. It is shown only once; they must choose a new password when they sign in.`}
        testId="temporary-password"
        onDone={() => setTemporaryPassword(null)}
      />
    );
  return (
    <ActionButton
      action={resetUserPasswordAction}
      input={{ userId }}
      label="Reset password"
      pendingLabel="Resetting…"
      confirmText={`Reset the password of ${name}? They are signed out at once and need the temporary password to sign in.`}
      onSuccess={(data) => setTemporaryPassword(data.temporaryPassword)}
    />
  );
}
