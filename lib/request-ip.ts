import { getEnv } from "@/lib/env";
import { isTrustedPeer, PEER_ADDRESS_HEADER, resolveClientAddress } from "@/lib/trusted-proxies.mjs";

/**
 * The client address for throttles and the audit log. The peer address comes from the
 * header scripts/server.mjs sets from the socket; X-Forwarded-For counts only through
 * the hops TRUSTED_PROXIES trusts (by default none), so a client cannot pick its address.
 */
export function clientIp(headers: Headers): string {
  return resolveClientAddress(getEnv().trustedProxies, headers.get(PEER_ADDRESS_HEADER), headers.get("x-forwarded-for"));
}

/** The host the browser used: X-Forwarded-Host only when a trusted proxy sent it. */
export function requestHost(headers: Headers): string | null {
  const forwarded = isTrustedPeer(getEnv().trustedProxies, headers.get(PEER_ADDRESS_HEADER)) ? headers.get("x-forwarded-host") : null;
  return forwarded?.split(",")[0]?.trim() || headers.get("host");
}
