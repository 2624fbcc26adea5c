import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth";
import { getDb } from "@/lib/db";
import type { Role } from "@/lib/schemas/auth";
import { authorizeSessionUser, type CurrentUser, loadSessionUser, PASSWORD_CHANGE_PATH, passwordChangeRequired } from "./session-user";

export type SessionUser = { id: string; email: string; name: string; role: Role };

/**
 * The signed-in user, re-read from the database on every request so that a
 * deactivated user, a role change or a password change (session version) takes
 * effect at once. Null when signed out.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return loadSessionUser(getDb(), id, session.sessionVersion);
});

/** The signed-in user for checks outside pages and actions (metrics); throws while a reset password is unchanged. */
export async function getUnrestrictedCurrentUser(): Promise<SessionUser | null> {
  const user = await getCurrentUser();
  if (user?.mustChangePassword) throw passwordChangeRequired();
  return user;
}

/**
 * For pages: redirects to sign-in when signed out, to the password change while an
 * admin-reset password is unchanged (only pages passing `allowPasswordChangeRequired`
 * render), and renders the 403 page when the role may not see the page.
 */
export async function requirePageUser(
  roles?: readonly Role[],
  options: { allowPasswordChangeRequired?: boolean } = {},
): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  if (user.mustChangePassword && !options.allowPasswordChangeRequired) redirect(PASSWORD_CHANGE_PATH);
  if (roles && !roles.includes(user.role)) forbidden();
  return user;
}

/** For server actions: throws 401/403 as an AppError. */
export async function requireRole(roles: readonly Role[], options: { allowPasswordChangeRequired?: boolean } = {}): Promise<CurrentUser> {
  return authorizeSessionUser(await getCurrentUser(), roles, options);
}

export const HOME_BY_ROLE: Record<Role, string> = {
  admin: "/admin/ops",
  recruiter: "/jobs",
  hiring_manager: "/shortlists",
};
