import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { API_KEY_DISPLAY_LENGTH, API_KEY_PREFIX } from "@/lib/schemas/api-keys";

/** A new key: "rc_live_" + base64url of 32 random bytes (256 bits). */
export function generateApiKeyToken(): string {
  return API_KEY_PREFIX + randomBytes(32).toString("base64url");
}

/** What is stored: the sha256 of the full key (hex). A fast hash is enough for 256-bit random secrets. */
export function hashApiKey(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The part shown in lists and audit entries, never enough to use the key. */
export function apiKeyDisplayPrefix(token: string): string {
  return token.slice(0, API_KEY_DISPLAY_LENGTH);
}

/** Constant-time comparison of two hex digests (false when the lengths differ). */
export function apiKeyHashesEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

/** The token from `Authorization: Bearer rc_live_…`, or null when the header carries no API key. */
export function bearerToken(headers: Headers): string | null {
  const header = headers.get("authorization");
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}
