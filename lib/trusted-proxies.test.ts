import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";
import { isTrustedPeer, parseTrustedProxies, resolveClientAddress } from "./trusted-proxies.mjs";

describe("[trusted proxies]: the client address", () => {
  it("by default is the socket address, whatever X-Forwarded-For says", () => {
    const trust = parseTrustedProxies(undefined);
    expect(resolveClientAddress(trust, "198.51.100.7", "203.0.113.1, 203.0.113.2")).toBe("198.51.100.7");
    expect(resolveClientAddress(trust, "::ffff:198.51.100.7", null)).toBe("198.51.100.7");
    expect(isTrustedPeer(trust, "127.0.0.1")).toBe(false);
    expect(resolveClientAddress(trust, null, "203.0.113.1")).toBe("unknown");
  });

  it("with a hop count, reads X-Forwarded-For from the right through that many proxies", () => {
    const trust = parseTrustedProxies("1");
    // The client wrote 203.0.113.1 itself; the proxy appended the address it saw.
    expect(resolveClientAddress(trust, "10.0.0.2", "203.0.113.1, 198.51.100.7")).toBe("198.51.100.7");
    expect(resolveClientAddress(parseTrustedProxies("2"), "10.0.0.2", "203.0.113.1, 198.51.100.7, 10.0.0.3")).toBe("198.51.100.7");
    expect(resolveClientAddress(trust, "10.0.0.2", null)).toBe("10.0.0.2");
  });

  it("with addresses and ranges, skips only the listed proxies", () => {
    const trust = parseTrustedProxies("10.0.0.0/8, 127.0.0.1, fd00::/8");
    expect(resolveClientAddress(trust, "127.0.0.1", "203.0.113.1, 198.51.100.7, 10.1.2.3")).toBe("198.51.100.7");
    expect(resolveClientAddress(trust, "198.51.100.9", "203.0.113.1")).toBe("198.51.100.9");
    expect(resolveClientAddress(trust, "fd00::1", "2001:db8::5")).toBe("2001:db8::5");
    expect(isTrustedPeer(trust, "10.9.9.9")).toBe(true);
    expect(isTrustedPeer(trust, "11.0.0.1")).toBe(false);
  });

  it("rejects a malformed setting with the variable's name", () => {
    expect(() => parseEnv({ TRUSTED_PROXIES: "nginx" })).toThrow(/TRUSTED_PROXIES.*"nginx" is neither an IP address nor a CIDR range/);
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.0/33" })).toThrow(/TRUSTED_PROXIES/);
    expect(parseEnv({ TRUSTED_PROXIES: "2" }).trustedProxies).toEqual({ kind: "hops", hops: 2 });
    expect(parseEnv({}).trustedProxies).toEqual({ kind: "none" });
  });
});
