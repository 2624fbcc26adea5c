import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { AppError } from "@/lib/errors";
import { API_KEY_PREFIX, scopeSatisfies } from "@/lib/schemas/api-keys";
import type { SessionUser } from "@/lib/server/auth/session";

function sameSecret(a: string, b: string): boolean {
  // Hash first so lengths match and the comparison time says nothing about the token.
  return timingSafeEqual(createHash("sha256").update(a).digest(), createHash("sha256").update(b).digest());
}

/**
 * Scrapers send `Authorization: Bearer $METRICS_TOKEN` or an admin API key
 * (role admin, scope admin); people use an admin session. Throws 401 when
 * nobody is identified, 403 for anyone else.
 */
export async function authorizeMetrics(options: {
  authorization: string | null;
  metricsToken: string | undefined;
  currentUser: () => Promise<SessionUser | null>;
  /** Resolves an API key (throws 401 for an invalid one). */
  authenticateKey?: (token: string) => Promise<{ user: SessionUser; apiKey: { scopes: string[] } }>;
}): Promise<"token" | "api-key" | "admin"> {
  const bearer = options.authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (bearer) {
    if (options.metricsToken && sameSecret(bearer, options.metricsToken)) return "token";
    if (bearer.startsWith(API_KEY_PREFIX) && options.authenticateKey) {
      const { user, apiKey } = await options.authenticateKey(bearer);
      if (user.role !== "admin" || !scopeSatisfies(apiKey.scopes, "admin"))
        throw new AppError("FORBIDDEN", "Metrics need an admin API key (admin role and scope).");
      return "api-key";
    }
    throw new AppError("UNAUTHENTICATED", "This bearer token is not the metrics token.");
  }
  const user = await options.currentUser();
  if (!user)
    throw new AppError("UNAUTHENTICATED", "Send Authorization: Bearer <METRICS_TOKEN> or an admin API key, or sign in as an admin.");
  if (user.role !== "admin") throw new AppError("FORBIDDEN", "Only admins (or the metrics token) may read metrics.");
  return "admin";
}
