import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/server/auth/session";

function sameSecret(a: string, b: string): boolean {
  // Hash first so lengths match and the comparison time says nothing about the token.
  return timingSafeEqual(createHash("sha256").update(a).digest(), createHash("sha256").update(b).digest());
}

/**
 * Scrapers send `Authorization: Bearer $METRICS_TOKEN`; people use an admin
 * session (or an admin API key, when the session layer accepts keys).
 * Throws 401 when nobody is identified, 403 for a non-admin.
 */
export async function authorizeMetrics(options: {
  authorization: string | null;
  metricsToken: string | undefined;
  currentUser: () => Promise<SessionUser | null>;
}): Promise<"token" | "admin"> {
  const bearer = options.authorization?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  if (bearer && options.metricsToken && sameSecret(bearer, options.metricsToken)) return "token";
  const user = await options.currentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Send Authorization: Bearer <METRICS_TOKEN>, or sign in as an admin.");
  if (user.role !== "admin") throw new AppError("FORBIDDEN", "Only admins (or the metrics token) may read metrics.");
  return "admin";
}
