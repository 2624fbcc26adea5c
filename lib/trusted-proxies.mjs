// Which peers may tell us the client's address (X-Forwarded-For) and the public host
// (X-Forwarded-Host). Plain JavaScript because the custom server (scripts/server.mjs)
// loads it without a TypeScript loader; lib/env.ts validates TRUSTED_PROXIES with it.
import net from "node:net";

/**
 * Set by scripts/server.mjs on every request to the TCP peer's address, after deleting
 * any copy the client sent: the only header here a client cannot forge.
 */
export const PEER_ADDRESS_HEADER = "x-resume-checker-peer";

/** @param {string} address */
export function normalizeAddress(address) {
  const trimmed = address.trim().replace(/^\[(.*)\]$/, "$1");
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped?.[1] ?? trimmed;
}

/**
 * TRUSTED_PROXIES: empty (no proxy: the socket address is the client), a hop count
 * ("1": one proxy such as nginx in front), or a comma-separated list of addresses and
 * CIDR ranges of the proxies ("10.0.0.0/8, 127.0.0.1").
 * @param {string | undefined} raw
 * @returns {import("./trusted-proxies.d.mts").TrustedProxies}
 */
export function parseTrustedProxies(raw) {
  const value = raw?.trim() ?? "";
  if (value === "" || value === "0" || value.toLowerCase() === "none") return { kind: "none" };
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) throw new Error(`TRUSTED_PROXIES=${value}: a hop count is the number of proxies in front of the app (0-10).`);
    return { kind: "hops", hops };
  }
  const blockList = new net.BlockList();
  for (const entry of value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [address = "", prefix] = entry.split("/");
    const family = net.isIPv4(address) ? "ipv4" : net.isIPv6(address) ? "ipv6" : null;
    const bits = prefix === undefined ? (family === "ipv4" ? 32 : 128) : Number(prefix);
    if (
      !family ||
      !Number.isInteger(bits) ||
      bits < 0 ||
      bits > (family === "ipv4" ? 32 : 128) ||
      (prefix !== undefined && !/^\d+$/.test(prefix))
    )
      throw new Error(
        `TRUSTED_PROXIES: "${entry}" is neither an IP address nor a CIDR range (e.g. 10.0.0.0/8). Use a hop count or a comma-separated list.`,
      );
    blockList.addSubnet(address, bits, family);
  }
  return { kind: "list", blockList };
}

/**
 * @param {import("./trusted-proxies.d.mts").TrustedProxies} trust
 * @param {string} address
 */
function isListed(trust, address) {
  if (trust.kind !== "list") return false;
  const normalized = normalizeAddress(address);
  const family = net.isIPv4(normalized) ? "ipv4" : net.isIPv6(normalized) ? "ipv6" : null;
  return family !== null && trust.blockList.check(normalized, family);
}

/**
 * Whether the TCP peer is one of our proxies (then its X-Forwarded-* headers count).
 * @param {import("./trusted-proxies.d.mts").TrustedProxies} trust
 * @param {string | null | undefined} peer
 */
export function isTrustedPeer(trust, peer) {
  if (!peer) return false;
  return trust.kind === "hops" ? trust.hops > 0 : isListed(trust, peer);
}

/**
 * The client's address: the peer, unless the peer is a trusted proxy; then X-Forwarded-For
 * is read from the right (each proxy appends the address it saw) through trusted hops
 * only, so entries a client wrote themselves on the left are never used.
 * @param {import("./trusted-proxies.d.mts").TrustedProxies} trust
 * @param {string | null | undefined} peer
 * @param {string | null | undefined} forwardedFor
 */
export function resolveClientAddress(trust, peer, forwardedFor) {
  if (!peer) return "unknown";
  const chain = [
    ...(forwardedFor ?? "")
      .split(",")
      .map((part) => normalizeAddress(part))
      .filter(Boolean),
    normalizeAddress(peer),
  ];
  if (trust.kind === "none") return chain[chain.length - 1] ?? "unknown";
  if (trust.kind === "hops") return chain[Math.max(0, chain.length - 1 - trust.hops)] ?? "unknown";
  let index = chain.length - 1;
  while (index > 0 && isListed(trust, chain[index] ?? "")) index--;
  return chain[index] ?? "unknown";
}
