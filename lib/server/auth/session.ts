import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/schemas/auth";

export type SessionUser = { id: string; email: string; name: string; role: Role };

/**
 * The signed-in user, re-read from the database on every request so that a
 * deactivated user or a role change takes effect at once. Null when signed out.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getDb().user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true, active: true } });
  if (!user?.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** For pages: redirects to sign-in when signed out; renders the 403 page when the role may not see the page. */
export async function requirePageUser(roles?: readonly Role[]): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  if (roles && !roles.includes(user.role)) forbidden();
  return user;
}

/** For server actions and route handlers: throws 401/403 as an AppError. */
export async function requireRole(roles: readonly Role[]): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (!roles.includes(user.role)) throw new AppError("FORBIDDEN", "Your role does not allow this action.");
  return user;
}

export const HOME_BY_ROLE: Record<Role, string> = {
  admin: "/admin/ops",
  recruiter: "/jobs",
  hiring_manager: "/shortlists",
};
