import { describe, expect, it } from "vitest";
import { describeError, isTransient, retryDelayMs } from "./retry-policy";

describe("retry policy", () => {
  it("waits 1, 2, 4… minutes, at most an hour", () => {
    expect([1, 2, 3, 4, 7, 8, 20].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 2, 4, 8, 60, 60, 60]);
  });

  it("retries 4xx replies and connection problems, not 5xx refusals or malformed messages", () => {
    expect(isTransient({ responseCode: 451 })).toBe(true);
    expect(isTransient({ responseCode: 421, code: "EENVELOPE" })).toBe(true);
    expect(isTransient({ code: "ECONNECTION" })).toBe(true);
    expect(isTransient({ code: "ETIMEDOUT" })).toBe(true);
    expect(isTransient({ responseCode: 550 })).toBe(false);
    expect(isTransient({ responseCode: 554, code: "EMESSAGE" })).toBe(false);
    expect(isTransient({ code: "EENVELOPE" })).toBe(false);
  });

  it("keeps a short one-line reason", () => {
    expect(describeError({ message: "451 4.3.0  Try\n again later" })).toBe("451 4.3.0 Try again later");
    expect(describeError({ code: "ECONNECTION" })).toBe("ECONNECTION");
    expect(describeError({ message: "x".repeat(1000) })).toHaveLength(300);
  });
});
