import { describe, expect, it } from "vitest";
import { pushSubscriptionInput } from "./push";

const keys = { p256dh: `B${"A".repeat(86)}`, auth: "A".repeat(22) };

describe("push subscription input", () => {
  it("accepts an https endpoint with keys of the right length", () => {
    expect(pushSubscriptionInput.safeParse({ endpoint: "https://push.example/x", keys }).success).toBe(true);
  });

  it("refuses, without throwing, endpoints that are not URLs, too long, plain http or with credentials", () => {
    for (const endpoint of [
      "\u2066isolated\u2069".repeat(400),
      "not a url",
      `https://push.example/${"x".repeat(1000)}`,
      "http://push.example/x",
      "https://user:pass@push.example/x",
    ])
      expect(pushSubscriptionInput.safeParse({ endpoint, keys }).success, endpoint.slice(0, 40)).toBe(false);
    expect(
      pushSubscriptionInput.safeParse({ endpoint: "https://push.example/x", keys: { ...keys, auth: 1 } })
        .success,
    ).toBe(false);
  });
});
