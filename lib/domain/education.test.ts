import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
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

// The seed articles live outside the repository (DESIGN.md); where they are present, every card must cite
// the one that states its facts.
const SEEDS = process.env.GRADUS_SEEDS_DIR ?? "/work/shared/seeds";
describe.skipIf(!existsSync(SEEDS))("education cards cite the seed article that says it", () => {
  it.each(EDUCATION_CARDS.map((c) => [c.title, c] as const))("%s", (_title, card) => {
    const article = readFileSync(path.join(SEEDS, card.seed), "utf8").replace(/[’‘]/g, "'").toLowerCase();
    for (const fact of card.facts) expect(article, fact).toContain(fact.replace(/[’‘]/g, "'").toLowerCase());
  });
});
