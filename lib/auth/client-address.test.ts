import { describe, expect, it } from "vitest";
import { forwardedFor } from "../../scripts/support/forwarded-for.mjs";
import { clientAddress, trustedProxyHops } from "./client-address";

// What the app sees is the header our server rebuilt from what arrived and the socket's peer.
const seen = (arrived: string | undefined, socket: string, hops: number) =>
  clientAddress(forwardedFor(arrived, socket, hops), hops);

describe("the caller's address with no proxy (TRUSTED_PROXY_HOPS=0)", () => {
  it("is the socket's peer, whatever X-Forwarded-For claims", () => {
    expect(seen(undefined, "203.0.113.9", 0)).toBe("203.0.113.9");
    expect(seen("6.6.6.6", "203.0.113.9", 0)).toBe("203.0.113.9");
    expect(seen("6.6.6.6, 7.7.7.7", "203.0.113.9", 0)).toBe("203.0.113.9");
    expect(seen("::ffff:6.6.6.6", "::ffff:127.0.0.1", 0)).toBe("127.0.0.1");
  });

  it("never goes empty for an oversized or malformed header, so the sign-in limit still counts", () => {
    expect(seen("x".repeat(100), "203.0.113.9", 0)).toBe("203.0.113.9");
    expect(seen(" , ,", "203.0.113.9", 0)).toBe("203.0.113.9");
  });
});

describe("the caller's address behind trusted proxies", () => {
  it("is the entry the outermost trusted proxy appended; what the client sent is ignored", () => {
    // The client sent "6.6.6.6"; the load balancer appended the real client; the ingress (our peer) connects.
    expect(seen("6.6.6.6, 198.51.100.7", "10.0.0.2", 1)).toBe("198.51.100.7");
    expect(seen("6.6.6.6, 198.51.100.7, 10.0.0.3", "10.0.0.2", 2)).toBe("198.51.100.7");
  });

  it("falls back to the nearest trusted address when a proxy wrote nothing usable", () => {
    expect(seen(undefined, "10.0.0.2", 1)).toBe("10.0.0.2");
    expect(seen(`${"x".repeat(100)}`, "10.0.0.2", 1)).toBe("10.0.0.2");
    expect(seen("198.51.100.7", "10.0.0.2", 3)).toBe("198.51.100.7");
  });
});

describe("clientAddress on a header nobody rebuilt (next dev)", () => {
  it("is never empty: without any address the callers share one 'unknown' limit", () => {
    expect(clientAddress(null, 0)).toBe("unknown");
    expect(clientAddress("x".repeat(70), 0)).toBe("unknown");
    expect(clientAddress("6.6.6.6, 203.0.113.9", 0)).toBe("203.0.113.9");
  });
});

describe("trustedProxyHops", () => {
  it("reads a small whole number and defaults to 0 otherwise", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    expect(trustedProxyHops("-1")).toBe(0);
    expect(trustedProxyHops("one")).toBe(0);
    expect(trustedProxyHops("1.5")).toBe(0);
  });
});
