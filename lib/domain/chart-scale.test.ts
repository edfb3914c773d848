import { describe, expect, it } from "vitest";
import { niceScaleTop, scaleTicks } from "./chart-scale";

describe("niceScaleTop", () => {
  it("never puts a gridline at a fraction of a count (25 repetitions was 0 / 12.5 / 25)", () => {
    for (const max of [1, 3, 5, 7, 9, 11, 24, 25, 26, 45, 99, 125, 250, 999, 2500, 12_345]) {
      const top = niceScaleTop([max]);
      expect(top).toBeGreaterThanOrEqual(max);
      for (const t of scaleTicks(top)) expect(Number.isInteger(t)).toBe(true);
    }
  });

  it("stays close to the data", () => {
    expect(niceScaleTop([25])).toBe(30);
    expect(niceScaleTop([20])).toBe(20);
    expect(niceScaleTop([7])).toBe(8);
    expect(niceScaleTop([])).toBe(2);
    expect(niceScaleTop([4500])).toBe(5000);
  });
});
