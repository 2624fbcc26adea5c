import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { apiKeyTokenSchema } from "@/lib/schemas/api-keys";
import type { SessionUser } from "@/lib/server/auth/session";
import { apiKeyHashesEqual, hashApiKey } from "./api-key-token";

/** lastUsedAt/lastUsedIp are written at most this often per key, so a busy key costs no extra write per request. */
export const LAST_USED_WRITE_INTERVAL_MS = 60_000;

export type AuthenticatedKey = { user: SessionUser; apiKey: { id: string; prefix: string; scopes: string[] } };

/**
 * How long a looked-up key is reused without asking the database. A key revoked
 * (or its user deactivated or re-roled) through this process is forgotten at
 * once; another process stops accepting it within this long.
 */
export const API_KEY_CACHE_MS = 3_000;
const API_KEY_CACHE_MAX = 10_000;

const keySelect = {
  id: true,
  hash: true,
  prefix: true,
  scopes: true,
  expiresAt: true,
  revokedAt: true,
  lastUsedAt: true,
  user: { select: { id: true, email: true, name: true, role: true, active: true } },
} satisfies Prisma.ApiKeySelect;

type KeyRow = Prisma.ApiKeyGetPayload<{ select: typeof keySelect }>;

const globalForKeys = globalThis as unknown as { __resumeCheckerApiKeyCache?: Map<string, { row: KeyRow; fetchedAt: number }> };
globalForKeys.__resumeCheckerApiKeyCache ??= new Map();
const keyCache = globalForKeys.__resumeCheckerApiKeyCache;

/** Drops every cached key lookup; called when keys are revoked or users deactivated or re-roled. */
export function forgetCachedApiKeys(): void {
  keyCache.clear();
}

async function findKey(db: PrismaClient, hash: string, now: number): Promise<KeyRow | null> {
  const cached = keyCache.get(hash);
  if (cached && now - cached.fetchedAt < API_KEY_CACHE_MS) return cached.row;
  const row = await db.apiKey.findUnique({ where: { hash }, select: keySelect });
  // Unknown tokens are not cached: guessing is limited per address instead, and must not fill the cache.
  if (row) {
    if (keyCache.size >= API_KEY_CACHE_MAX) keyCache.clear();
    keyCache.set(hash, { row, fetchedAt: now });
  } else keyCache.delete(hash);
  return row;
}

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
  const key = await findKey(db, hash, now.getTime());
  if (!key || !apiKeyHashesEqual(key.hash, hash)) throw new AppError("UNAUTHENTICATED", INVALID);
  if (key.revokedAt || (key.expiresAt && key.expiresAt <= now) || !key.user.active) throw new AppError("UNAUTHENTICATED", INVALID);

  const stale = !key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= LAST_USED_WRITE_INTERVAL_MS;
  if (stale) {
    // Conditional so concurrent requests of one key write once per interval.
    await db.apiKey.updateMany({
      where: { id: key.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_WRITE_INTERVAL_MS) } }] },
      data: { lastUsedAt: now, lastUsedIp: options.ip },
    });
    key.lastUsedAt = now;
  }
  const { user } = key;
  return {
    user: { id: user.id, email: user.email, name: user.name, role: user.role },
    apiKey: { id: key.id, prefix: key.prefix, scopes: key.scopes },
  };
}
