// The X-Forwarded-For the app sees, rebuilt by our own server entry (scripts/server.mjs) from the socket.
//
// Next fills X-Forwarded-For from the socket only when the request has none, so under `next start` a client
// chooses the address recorded in the access history and counted by the sign-in limits. Our server replaces
// the header before Next sees it: the socket's peer always comes last, and of what arrived only the entries
// written by the proxies we trust (TRUSTED_PROXY_HOPS of them, counted from the right) are kept.

import { isIP } from "node:net";

/** TRUSTED_PROXY_HOPS: how many proxies in front of the app append to X-Forwarded-For (default 0). */
export function trustedProxyHops(value = process.env.TRUSTED_PROXY_HOPS) {
  const n = Number(value ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0;
}

/** "::ffff:127.0.0.1" (an IPv4 peer on a dual-stack socket) reads as the IPv4 address it is. */
export function plainAddress(address) {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1] : address;
}

/**
 * The header to hand to Next: the last `hops` entries of the incoming header (what our proxies appended),
 * then the socket's peer. An entry that is not an address is kept as "unknown" so positions still count.
 * `incoming` is what Node gives for the header (a string, an array when sent twice, or undefined).
 */
export function forwardedFor(incoming, socketAddress, hops) {
  const peer = socketAddress ? plainAddress(socketAddress) : "unknown";
  if (hops === 0) return peer;
  const received = (Array.isArray(incoming) ? incoming.join(",") : (incoming ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  const trusted = received.slice(-hops).map((entry) => (isIP(entry) ? plainAddress(entry) : "unknown"));
  return [...trusted, peer].join(", ");
}
