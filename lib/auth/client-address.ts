import { isIP } from "node:net";

/**
 * The caller's address from X-Forwarded-For as our server entry rebuilds it (scripts/support/forwarded-for.mjs):
 * the socket's peer last, before it the entries appended by the `trustedHops` proxies we run. The client is
 * the entry `trustedHops` places left of the peer; with no proxy, the socket's peer itself.
 *
 * The answer is never empty: an entry that is not an address (malformed, oversized, missing) gives way to
 * the nearest trusted address to its right, and a header with none at all reads as "unknown", so callers
 * that cannot be told apart share one sign-in limit instead of escaping it.
 */
export function clientAddress(forwardedFor: string | null, trustedHops: number): string {
  const entries = (forwardedFor ?? "").split(",").map((entry) => entry.trim());
  const start = Math.max(0, entries.length - 1 - trustedHops);
  for (const entry of entries.slice(start)) if (isIP(entry)) return plainAddress(entry);
  return UNKNOWN_ADDRESS;
}

export const UNKNOWN_ADDRESS = "unknown";

/** "::ffff:127.0.0.1" (an IPv4 peer on a dual-stack socket) reads as the IPv4 address it is. */
function plainAddress(address: string): string {
  return /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1] ?? address;
}

/** TRUSTED_PROXY_HOPS: how many proxies in front of the app append to X-Forwarded-For (default 0). */
export function trustedProxyHops(value = process.env.TRUSTED_PROXY_HOPS): number {
  const n = Number(value ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0;
}
