// Key lookups are reused briefly: a key revoked through this process stops at
// once, one revoked elsewhere (another process, a direct database change) within
// API_KEY_CACHE_MS.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { actorFor, createKey, createUser } from "@/test/security/api-test-kit";
import { API_KEY_CACHE_MS, authenticateApiKey } from "./authenticate-api-key";
import { revokeApiKey } from "./manage-api-keys";

describe("API key lookup cache", () => {
  it("a key revoked through the app stops working at once", async () => {
    const user = await createUser("recruiter", "cache-revoke");
    const key = await createKey(user, ["read"]);
    const db = getDb();
    await authenticateApiKey({ db, token: key.secret, ip: null });
    await revokeApiKey({ db, actor: actorFor(user), keyId: key.id });
    await expect(authenticateApiKey({ db, token: key.secret, ip: null })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("a key revoked in another process is reused until the cache period ends, then refused", async () => {
    const user = await createUser("recruiter", "cache-elsewhere");
    const key = await createKey(user, ["read"]);
    const db = getDb();
    const now = Date.now();
    await authenticateApiKey({ db, token: key.secret, ip: null, now: new Date(now) });
    await db.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date(now) } });
    // No database round trip within the period: the cached row still says active.
    const within = await authenticateApiKey({ db, token: key.secret, ip: null, now: new Date(now + API_KEY_CACHE_MS - 100) });
    expect(within.apiKey.id).toBe(key.id);
    await expect(authenticateApiKey({ db, token: key.secret, ip: null, now: new Date(now + API_KEY_CACHE_MS) })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });
});
