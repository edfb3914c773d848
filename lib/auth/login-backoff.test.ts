import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { backoffDelayMs, LOGIN_LIMITS, nextAttemptAt } from "./login-backoff";

const seconds = (n: number) => n * 1000;

describe("backoffDelayMs", () => {
  it("lets the first few failures through without waiting", () => {
    for (let n = 0; n < LOGIN_LIMITS.freeFailures; n++) expect(backoffDelayMs(n)).toBe(0);
  });

  it("then doubles the wait for every further failure: 2 s, 4 s, 8 s, 16 s", () => {
    const free = LOGIN_LIMITS.freeFailures;
    expect([free, free + 1, free + 2, free + 3].map(backoffDelayMs)).toEqual([
      seconds(2),
      seconds(4),
      seconds(8),
      seconds(16),
    ]);
  });

  it("stops at the cap, however many failures", () => {
    expect(backoffDelayMs(LOGIN_LIMITS.freeFailures + 8)).toBe(seconds(512));
    expect(backoffDelayMs(LOGIN_LIMITS.freeFailures + 9)).toBe(seconds(900));
    expect(backoffDelayMs(1_000_000)).toBe(LOGIN_LIMITS.maxDelayMs);
  });

  it("never shrinks as failures grow and never exceeds the cap", () => {
    fc.assert(
      fc.property(fc.nat(10_000), (n) => {
        expect(backoffDelayMs(n + 1)).toBeGreaterThanOrEqual(backoffDelayMs(n));
        expect(backoffDelayMs(n)).toBeLessThanOrEqual(LOGIN_LIMITS.maxDelayMs);
      }),
    );
  });
});

describe("nextAttemptAt", () => {
  const last = new Date("2026-03-01T08:00:00Z");
  const streak = { failures: LOGIN_LIMITS.freeFailures + 2, lastFailureAt: last }; // 8 s wait

  it("refuses until the wait after the latest failure has passed", () => {
    expect(nextAttemptAt(streak, new Date(last.getTime() + seconds(7)))).toEqual(
      new Date(last.getTime() + seconds(8)),
    );
    expect(nextAttemptAt(streak, new Date(last.getTime() + seconds(8)))).toBeNull();
  });

  it("allows an attempt at once with few failures or none", () => {
    expect(nextAttemptAt({ failures: 1, lastFailureAt: last }, last)).toBeNull();
    expect(nextAttemptAt({ failures: 0, lastFailureAt: null }, last)).toBeNull();
  });
});
