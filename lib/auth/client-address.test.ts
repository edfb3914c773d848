import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxyHops } from "./client-address";

describe("clientAddress", () => {
  it("ignores a spoofed first entry: with no proxy, the last hop (filled from the socket) counts", () => {
    expect(clientAddress("203.0.113.9", 0)).toBe("203.0.113.9");
    expect(clientAddress("6.6.6.6, 203.0.113.9", 0)).toBe("203.0.113.9");
  });

  it("takes the entry appended by the outermost trusted proxy", () => {
    // client sent "6.6.6.6"; the load balancer appended the real client; the ingress appended the balancer.
    const header = "6.6.6.6, 198.51.100.7, 10.0.0.2";
    expect(clientAddress(header, 1)).toBe("10.0.0.2");
    expect(clientAddress(header, 2)).toBe("198.51.100.7");
  });

  it("falls back to the leftmost entry when there are fewer entries than trusted proxies", () => {
    expect(clientAddress("198.51.100.7", 3)).toBe("198.51.100.7");
  });

  it("answers null for a missing or empty header and skips absurd entries", () => {
    expect(clientAddress(null, 0)).toBeNull();
    expect(clientAddress(" , ", 1)).toBeNull();
    expect(clientAddress(`198.51.100.7, ${"x".repeat(100)}`, 0)).toBe("198.51.100.7");
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
