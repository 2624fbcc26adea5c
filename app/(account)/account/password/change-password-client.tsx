"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { changeOwnPasswordAction } from "../actions";

const EMPTY = { currentPassword: "", newPassword: "", confirmPassword: "" };
type FieldName = keyof typeof EMPTY;

function fieldErrors(details: unknown): Partial<Record<FieldName, string>> {
  const errors: Partial<Record<FieldName, string>> = {};
  if (!Array.isArray(details)) return errors;
  for (const detail of details) {
    const path = (detail as { path?: unknown }).path;
    const message = (detail as { message?: unknown }).message;
    if ((path === "currentPassword" || path === "newPassword" || path === "confirmPassword") && typeof message === "string")
      errors[path] ??= message;
  }
  return errors;
}

export function ChangePasswordForm({ forced }: { forced: boolean }) {
  const router = useRouter();
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setMessage(null);
    startTransition(async () => {
      const result = await changeOwnPasswordAction(form);
      if (!result.ok) {
        const byField = fieldErrors(result.error.details);
        setErrors(byField);
        if (Object.keys(byField).length === 0) setMessage({ tone: "error", text: result.error.message });
        return;
      }
      setForm(EMPTY);
      if (forced) {
        router.replace(result.data.home);
        router.refresh();
        return;
      }
      setMessage({ tone: "success", text: "Password changed. Your other signed-in browsers have been signed out." });
    });
  }

  const input = (name: FieldName) => ({
    value: form[name],
    onChange: (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value }),
    "aria-invalid": errors[name] ? true : undefined,
  });

  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label="Change password">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <Field
        label={forced ? "Temporary password" : "Current password"}
        htmlFor="current-password"
        hint={forced ? "The password your admin gave you." : undefined}
        error={errors.currentPassword}
      >
        <Input id="current-password" type="password" autoComplete="current-password" required {...input("currentPassword")} />
      </Field>
      <Field label="New password" htmlFor="new-password" hint="At least 12 characters." error={errors.newPassword}>
        <Input id="new-password" type="password" autoComplete="new-password" required minLength={12} {...input("newPassword")} />
      </Field>
      <Field label="Confirm new password" htmlFor="confirm-password" error={errors.confirmPassword}>
        <Input id="confirm-password" type="password" autoComplete="new-password" required {...input("confirmPassword")} />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
