import { describe, expect, it } from "vitest";
import { apiKeyTokenSchema } from "@/lib/schemas/api-keys";
import { apiKeyDisplayPrefix, apiKeyHashesEqual, bearerToken, generateApiKeyToken, hashApiKey } from "./api-key-token";

describe("API key tokens", () => {
  it("are rc_live_ plus 32 random bytes in base64url, different every time", () => {
    const a = generateApiKeyToken();
    const b = generateApiKeyToken();
    expect(apiKeyTokenSchema.safeParse(a).success).toBe(true);
    expect(Buffer.from(a.slice("rc_live_".length), "base64url")).toHaveLength(32);
    expect(a).not.toBe(b);
  });

  it("hash to a sha256 hex digest and show only a short prefix", () => {
    const token = generateApiKeyToken();
    expect(hashApiKey(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiKey(token)).toBe(hashApiKey(token));
    expect(apiKeyDisplayPrefix(token)).toBe(token.slice(0, 14));
    expect(token.startsWith(apiKeyDisplayPrefix(token))).toBe(true);
  });

  it("compare hashes in constant time and reject different or empty ones", () => {
    const hash = hashApiKey(generateApiKeyToken());
    expect(apiKeyHashesEqual(hash, hash)).toBe(true);
    expect(apiKeyHashesEqual(hash, hashApiKey(generateApiKeyToken()))).toBe(false);
    expect(apiKeyHashesEqual(hash, hash.slice(0, 10))).toBe(false);
    expect(apiKeyHashesEqual("", "")).toBe(false);
  });

  it("read the bearer token from the Authorization header", () => {
    expect(bearerToken(new Headers({ authorization: "Bearer rc_live_abc" }))).toBe("rc_live_abc");
    expect(bearerToken(new Headers({ authorization: "bearer   rc_live_abc " }))).toBe("rc_live_abc");
    expect(bearerToken(new Headers({ authorization: "Basic dXNlcjpwYXNz" }))).toBeNull();
    expect(bearerToken(new Headers())).toBeNull();
  });
});
