import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { PASSWORD_CHANGE_PATH } from "@/lib/schemas/access";
import type { Role } from "@/lib/schemas/auth";

/** Who is signed in, as pages, actions and use cases see it. */
export type SessionUser = { id: string; email: string; name: string; role: Role };

/** The signed-in user plus what limits the session: an admin reset leaves only the password change open. */
export type CurrentUser = SessionUser & { mustChangePassword: boolean };

export { PASSWORD_CHANGE_PATH };

/** The session version a token carries; tokens issued before versions existed count as 0 (the column's default). */
export function tokenSessionVersion(value: unknown): number {
  return typeof value === "number" && Number.isInteger(value) ? value : 0;
}

/**
 * Re-reads the token's user. Null when the user is gone or deactivated, or when the
 * token predates a password change or reset (its version differs from the row's):
 * bumping `sessionVersion` signs out every session of the user at once.
 */
export async function loadSessionUser(db: PrismaClient, userId: string, tokenVersion: unknown): Promise<CurrentUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, active: true, sessionVersion: true, mustChangePassword: true },
  });
  if (!user?.active || user.sessionVersion !== tokenSessionVersion(tokenVersion)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword };
}

export function passwordChangeRequired(): AppError {
  return new AppError(
    "PASSWORD_CHANGE_REQUIRED",
    `Your password was reset by an admin. Set a new password at ${PASSWORD_CHANGE_PATH} before doing anything else.`,
  );
}

/**
 * Session access for actions and route handlers: 401 when signed out, 403
 * PASSWORD_CHANGE_REQUIRED while a reset password is unchanged (unless the caller is
 * the password change itself), 403 for a role outside `roles`.
 */
export function authorizeSessionUser(
  user: CurrentUser | null,
  roles: readonly Role[],
  options: { allowPasswordChangeRequired?: boolean } = {},
): CurrentUser {
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (user.mustChangePassword && !options.allowPasswordChangeRequired) throw passwordChangeRequired();
  if (!roles.includes(user.role)) throw new AppError("FORBIDDEN", "Your role does not allow this action.");
  return user;
}
