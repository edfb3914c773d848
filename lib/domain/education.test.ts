import { describe, expect, it } from "vitest";
import { cardOfTheDay, EDUCATION_CARDS } from "./education";

describe("cardOfTheDay", () => {
  it("keeps one card for a date and cycles through all of them over consecutive days", () => {
    expect(cardOfTheDay("2026-05-01")).toBe(cardOfTheDay("2026-05-01"));
    const dates = Array.from(
      { length: EDUCATION_CARDS.length },
      (_, i) => `2026-05-${String(i + 1).padStart(2, "0")}`,
    );
    expect(new Set(dates.map((d) => cardOfTheDay(d).title)).size).toBe(EDUCATION_CARDS.length);
  });

  it("gives every card a source", () => {
    for (const card of EDUCATION_CARDS) expect(card.source.length).toBeGreaterThan(5);
  });
});
