import { describe, expect, it } from "vitest";
import { EMERGENCY_COUNTRIES, emergencyNumberFor, telHref } from "./emergency-numbers";

describe("emergency number by the clinic's country", () => {
  it.each([
    ["GB", "999"],
    ["gb", "999"],
    ["DE", "112"],
    ["IE", "112"],
    ["US", "911"],
    ["AU", "000"],
    ["NZ", "111"],
  ])("%s calls %s", (country, number) => {
    expect(emergencyNumberFor(country)).toBe(number);
  });
  it("is unknown without a country, or for one not in the table", () => {
    expect(emergencyNumberFor(null)).toBeNull();
    expect(emergencyNumberFor("XX")).toBeNull();
  });
  it("offers only countries it knows", () => {
    for (const c of EMERGENCY_COUNTRIES) expect(emergencyNumberFor(c)).toMatch(/^\d{3}$/);
  });
});

describe("telHref", () => {
  it("keeps digits and a leading plus", () => {
    expect(telHref("+44 20 7946 0123")).toBe("tel:+442079460123");
    expect(telHref("(020) 7946-0123")).toBe("tel:02079460123");
  });
});
