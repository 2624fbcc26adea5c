"use server";

import { headers } from "next/headers";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, signOut } from "@/lib/auth";
import { clientIp } from "@/lib/request-ip";
import { signInBodySchema } from "@/lib/schemas/auth";
import { consumeSignInAttempt } from "@/lib/server/rate-limit/sign-in-limit";

export type SignInState = { error: string | null; email: string };

function safeCallback(url: string | undefined): string {
  // Only same-site paths, never an open redirect.
  return url?.startsWith("/") && !url.startsWith("//") ? url : "/";
}

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  // A server action is a public endpoint: a hand-made call may send anything as the form.
  if (!(formData instanceof FormData)) return { error: "Send the sign-in form with an email and a password.", email: "" };
  const parsed = signInBodySchema.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
    callbackUrl: formData.get("callbackUrl") || undefined,
  });
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check your email and password.", email };
  // Same per-IP budget as POST /api/auth/callback/credentials (the form does not go through that route).
  const limit = await consumeSignInAttempt(clientIp(await headers()));
  if (!limit.allowed)
    return { error: `Too many sign-in attempts from this network. Try again in ${limit.retryAfterSeconds} seconds.`, email };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallback(parsed.data.callbackUrl),
    });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      return {
        error:
          error.code === "throttled"
            ? "Too many failed attempts for this account. Wait a minute and try again."
            : "Wrong email or password. Check both and try again.",
        email,
      };
    }
    if (error instanceof AuthError) return { error: "Sign-in is unavailable right now. Try again in a moment.", email };
    throw error; // the success redirect
  }
  return { error: null, email };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
