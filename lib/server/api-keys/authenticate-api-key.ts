import "server-only";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { apiKeyTokenSchema } from "@/lib/schemas/api-keys";
import type { SessionUser } from "@/lib/server/auth/session";
import { apiKeyHashesEqual, hashApiKey } from "./api-key-token";

/** lastUsedAt/lastUsedIp are written at most this often per key, so a busy key costs no extra write per request. */
export const LAST_USED_WRITE_INTERVAL_MS = 60_000;

export type AuthenticatedKey = { user: SessionUser; apiKey: { id: string; prefix: string; scopes: string[] } };

const INVALID = "This API key is not valid: it may be mistyped, revoked or expired. Create a new key or ask an admin.";

/**
 * Resolves a bearer token to its key and owner. The token is hashed and looked
 * up by hash; the stored hash is then compared in constant time. Revoked,
 * expired, malformed and unknown keys, and keys of deactivated users, all get the
 * same 401 so a caller learns nothing about which it was.
 */
export async function authenticateApiKey(options: {
  db: PrismaClient;
  token: string;
  ip: string | null;
  now?: Date;
}): Promise<AuthenticatedKey> {
  const { db, token } = options;
  const now = options.now ?? new Date();
  if (!apiKeyTokenSchema.safeParse(token).success) throw new AppError("UNAUTHENTICATED", INVALID);
  const hash = hashApiKey(token);
  const key = await db.apiKey.findUnique({
    where: { hash },
    select: {
      id: true,
      hash: true,
      prefix: true,
      scopes: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, active: true } },
    },
  });
  if (!key || !apiKeyHashesEqual(key.hash, hash)) throw new AppError("UNAUTHENTICATED", INVALID);
  if (key.revokedAt || (key.expiresAt && key.expiresAt <= now) || !key.user.active) throw new AppError("UNAUTHENTICATED", INVALID);

  const stale = !key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= LAST_USED_WRITE_INTERVAL_MS;
  if (stale) {
    // Conditional so concurrent requests of one key write once per interval.
    await db.apiKey.updateMany({
      where: { id: key.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_WRITE_INTERVAL_MS) } }] },
      data: { lastUsedAt: now, lastUsedIp: options.ip },
    });
  }
  const { user } = key;
  return {
    user: { id: user.id, email: user.email, name: user.name, role: user.role },
    apiKey: { id: key.id, prefix: key.prefix, scopes: key.scopes },
  };
}
