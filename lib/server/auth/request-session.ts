import "server-only";
import { getToken } from "next-auth/jwt";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { type CurrentUser, loadSessionUser } from "./session-user";

const SECURE_COOKIE = "__Secure-authjs.session-token";

/**
 * The signed-in user from the request's Auth.js session cookie, re-read from the
 * database (deactivation, role and password changes apply at once). Route handlers use this
 * rather than `auth()` so the request itself is the only input: the same code runs
 * under `next start` and when the security suite calls the handlers directly.
 */
export async function sessionUserFromRequest(request: Request): Promise<CurrentUser | null> {
  return sessionUserFromCookies(request.headers.get("cookie"));
}

/** The signed-in user from a Cookie header's Auth.js session token. */
export async function sessionUserFromCookies(cookie: string | null): Promise<CurrentUser | null> {
  if (!cookie) return null;
  const secret = getEnv().AUTH_SECRET;
  if (!secret) return null;
  // Only the cookie header is passed: getToken would otherwise also accept an Authorization bearer JWT.
  const token = await getToken({ req: { headers: new Headers({ cookie }) }, secret, secureCookie: cookie.includes(SECURE_COOKIE) });
  const id = typeof token?.sub === "string" ? token.sub : null;
  if (!id) return null;
  return loadSessionUser(getDb(), id, token?.sessionVersion);
}
