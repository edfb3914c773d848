import { describe, expect, it } from "vitest";
import { FABQ_CUTOFFS, FABQ_ITEMS, scoreFabq } from "./fabq";

/** 16 ratings with the given 1-based items set; everything else 0. */
function ratings(set: Record<number, number>) {
  return FABQ_ITEMS.map((_, i) => set[i + 1] ?? 0);
}

describe("scoreFabq", () => {
  it("sums physical activity from items 2-5 only (item 1 is not scored)", () => {
    expect(scoreFabq(ratings({ 1: 6, 2: 1, 3: 2, 4: 3, 5: 4 })).physicalActivity).toBe(10);
  });

  it("sums work from items 6, 7, 9, 10, 11, 12, 15 only (8, 13, 14, 16 are not scored)", () => {
    const s = scoreFabq(ratings({ 6: 1, 7: 1, 8: 6, 9: 1, 10: 1, 11: 1, 12: 1, 13: 6, 14: 6, 15: 1, 16: 6 }));
    expect(s.work).toBe(7);
    expect(s.physicalActivity).toBe(0);
  });

  it("reaches the published maxima 24 and 42", () => {
    const s = scoreFabq(FABQ_ITEMS.map(() => 6));
    expect(s).toMatchObject({ physicalActivity: 24, work: 42, highPhysicalActivity: true, highWork: true });
  });

  it.each([
    [13, false],
    [14, false],
    [15, true],
  ])("physical activity %i: high = %s (cut-off > 14)", (total, high) => {
    // Spread the total over items 2-5 (max 6 each).
    const set: Record<number, number> = {};
    let left = total;
    for (const item of [2, 3, 4, 5]) {
      set[item] = Math.min(6, left);
      left -= set[item];
    }
    const s = scoreFabq(ratings(set));
    expect(s.physicalActivity).toBe(total);
    expect(s.highPhysicalActivity).toBe(high);
    expect(FABQ_CUTOFFS.physicalActivity.above).toBe(14);
  });

  it.each([
    [33, false],
    [34, false],
    [35, true],
  ])("work %i: high = %s (cut-off > 34)", (total, high) => {
    const set: Record<number, number> = {};
    let left = total;
    for (const item of [6, 7, 9, 10, 11, 12, 15]) {
      set[item] = Math.min(6, left);
      left -= set[item];
    }
    const s = scoreFabq(ratings(set));
    expect(s.work).toBe(total);
    expect(s.highWork).toBe(high);
  });

  it("refuses the wrong number of items and ratings outside 0-6", () => {
    expect(() => scoreFabq([1, 2, 3])).toThrow(RangeError);
    expect(() => scoreFabq(ratings({ 3: 7 }))).toThrow(RangeError);
    expect(() => scoreFabq(ratings({ 3: -1 }))).toThrow(RangeError);
    expect(() => scoreFabq(ratings({ 3: 2.5 }))).toThrow(RangeError);
  });
});
