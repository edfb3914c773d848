import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isLocalDate } from "./calendar";
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

describe("calendar arithmetic", () => {
  it("crosses months, leap days and daylight-saving changes by whole days", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(daysBetween("2026-01-01", "2027-01-01")).toBe(365);
    expect(daysBetween("2026-05-20", "2026-05-13")).toBe(-7);
  });

  it("accepts only real calendar dates", () => {
    expect(isLocalDate("2028-02-29")).toBe(true);
    expect(isLocalDate("2027-02-29")).toBe(false);
    expect(isLocalDate("2026-13-01")).toBe(false);
    expect(isLocalDate("2026-1-01")).toBe(false);
  });
});
