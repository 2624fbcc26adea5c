import { z } from "zod";
import type { Role } from "./auth";

/**
 * API key scopes. `admin` includes `write`, which includes `read`. A key never
 * grants more than its owner's role: the route's role rule is checked as well.
 */
export const API_KEY_SCOPES = ["read", "write", "admin"] as const;
export const apiKeyScopeSchema = z.enum(API_KEY_SCOPES);
export type ApiKeyScope = z.infer<typeof apiKeyScopeSchema>;

/** Scopes each role may put on a key (hiring managers write only decisions, which their role already limits them to). */
export const SCOPES_BY_ROLE: Record<Role, readonly ApiKeyScope[]> = {
  admin: ["read", "write", "admin"],
  recruiter: ["read", "write"],
  hiring_manager: ["read", "write"],
};

const IMPLIED: Record<ApiKeyScope, readonly ApiKeyScope[]> = {
  read: ["read"],
  write: ["read", "write"],
  admin: ["read", "write", "admin"],
};

/** Whether a key with `granted` scopes satisfies a route that needs `required`. */
export function scopeSatisfies(granted: readonly string[], required: ApiKeyScope): boolean {
  return granted.some((scope) => apiKeyScopeSchema.safeParse(scope).success && IMPLIED[scope as ApiKeyScope].includes(required));
}

export const API_KEY_PREFIX = "rc_live_";
/** Characters shown in lists: "rc_live_" plus the first 6 of the secret. */
export const API_KEY_DISPLAY_LENGTH = API_KEY_PREFIX.length + 6;
/** rc_live_ + base64url of 32 bytes (43 characters). */
export const apiKeyTokenSchema = z.string().regex(/^rc_live_[A-Za-z0-9_-]{43}$/);

const MAX_EXPIRY_DAYS = 730;

export const createApiKeyBodySchema = z.object({
  name: z.string().trim().min(1, "Name the key after what uses it.").max(100),
  scopes: z.array(apiKeyScopeSchema).min(1).max(3),
  /** Days until the key stops working; omitted = no expiry. */
  expiresInDays: z.coerce.number().int().min(1).max(MAX_EXPIRY_DAYS).optional(),
  /** Admins only: create the key for another user. */
  userId: z.string().min(1).max(64).optional(),
});
export type CreateApiKeyBody = z.infer<typeof createApiKeyBodySchema>;

export const apiKeyIdParamsSchema = z.object({ keyId: z.string().min(1).max(64) });

export const apiKeySummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe("First characters of the key, for recognising it."),
  scopes: z.array(z.string()),
  userId: z.string(),
  userEmail: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  lastUsedIp: z.string().nullable(),
  rotatedFromId: z.string().nullable(),
  status: z.enum(["active", "expired", "revoked"]),
});
export type ApiKeySummary = z.infer<typeof apiKeySummarySchema>;

export const createdApiKeySchema = z.object({
  apiKey: apiKeySummarySchema,
  /** The full key: shown this once, never stored. */
  secret: z.string(),
});
export type CreatedApiKey = z.infer<typeof createdApiKeySchema>;
