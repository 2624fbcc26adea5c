import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { cookies } from "next/headers";
import type { Role } from "@/lib/schemas/auth";
import { sessionUserFromCookies } from "./request-session";
import { authorizeSessionUser, type CurrentUser, PASSWORD_CHANGE_PATH, passwordChangeRequired, type SessionUser } from "./session-user";

export type { SessionUser };

/**
 * The signed-in user, re-read from the database on every request so that a
 * deactivated user, a role change or a password change (session version) takes
 * effect at once. Null when signed out.
 *
 * The token is read from `cookies()` rather than through `auth()` (which reads the
 * request's Cookie header): after a server action re-issues the session cookie
 * (password change), the page render that follows in the same request sees the new
 * cookie only through `cookies()`.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  // getAll() rather than toString(): inside an action, cookies() is the response-side store, whose toString() has Set-Cookie attributes.
  const all = (await cookies()).getAll();
  return sessionUserFromCookies(all.length > 0 ? all.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ") : null);
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
