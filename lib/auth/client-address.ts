/**
 * The caller's address from X-Forwarded-For, trusting only the proxies we run.
 *
 * Each proxy appends the address it received the request from, so the right end of the list is written by
 * us and the left end by whoever sent the request (anyone can send "X-Forwarded-For: 1.2.3.4"). With
 * `trustedHops` proxies in front of the app, the client is the entry that many places from the right.
 * With 0 (no proxy), Next fills the header from the socket when the request has none, and the last entry is
 * the best there is: behind no proxy a client can still choose it, so production deployments put a proxy
 * in front and set TRUSTED_PROXY_HOPS.
 */
export function clientAddress(forwardedFor: string | null, trustedHops: number): string | null {
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter((h) => h.length > 0 && h.length <= 64);
  if (hops.length === 0) return null;
  // Fewer entries than trusted proxies means a misconfiguration; the leftmost is then the nearest we have.
  const index = Math.max(0, hops.length - Math.max(1, trustedHops));
  return hops[index] ?? null;
}

/** TRUSTED_PROXY_HOPS: how many proxies in front of the app append to X-Forwarded-For (default 0). */
export function trustedProxyHops(value = process.env.TRUSTED_PROXY_HOPS): number {
  const n = Number(value ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0;
}
