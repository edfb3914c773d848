import { describe, expect, it } from "vitest";
import { greetingFor, localDate, localHour } from "./local-time";

describe("localDate", () => {
  // 2026-03-10 11:30 UTC: already the 11th in Auckland (UTC+13), still the 10th in Los Angeles (UTC-7).
  const instant = new Date("2026-03-10T11:30:00Z");

  it("gives each patient their own calendar date for the same instant", () => {
    expect(localDate("Pacific/Auckland", instant)).toBe("2026-03-11");
    expect(localDate("America/Los_Angeles", instant)).toBe("2026-03-10");
    expect(localDate("Europe/London", instant)).toBe("2026-03-10");
  });

  it("follows daylight saving changes", () => {
    // Europe/London moves to BST at 01:00 UTC on 2026-03-29.
    expect(localHour("Europe/London", new Date("2026-03-29T00:30:00Z"))).toBe(0);
    expect(localHour("Europe/London", new Date("2026-03-29T01:30:00Z"))).toBe(2);
  });

  it("rolls over at local midnight, not UTC midnight", () => {
    expect(localDate("Europe/Prague", new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
    expect(localDate("Europe/Prague", new Date("2026-07-01T22:00:00Z"))).toBe("2026-07-02");
  });
});

describe("greetingFor", () => {
  it.each([
    [4, "Hello"],
    [5, "Good morning"],
    [11, "Good morning"],
    [12, "Good afternoon"],
    [17, "Good afternoon"],
    [18, "Good evening"],
  ])("hour %i -> %s", (hour, greeting) => {
    expect(greetingFor(hour)).toBe(greeting);
  });
});
