import type { BlockList } from "node:net";

export type TrustedProxies = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; blockList: BlockList };

export const PEER_ADDRESS_HEADER: "x-resume-checker-peer";
export function normalizeAddress(address: string): string;
export function parseTrustedProxies(raw: string | undefined): TrustedProxies;
export function isTrustedPeer(trust: TrustedProxies, peer: string | null | undefined): boolean;
export function resolveClientAddress(
  trust: TrustedProxies,
  peer: string | null | undefined,
  forwardedFor: string | null | undefined,
): string;
