import { describe, expect, it } from "vitest";
import { formatAmount } from "./units";

describe("formatAmount", () => {
  it("shows a mean in whole units (a baseline was '13.67 minutes')", () => {
    expect(formatAmount(41 / 3, "minutes")).toBe("14 minutes");
    expect(formatAmount(12.4, "repetitions")).toBe("12 repetitions");
    expect(formatAmount(4567.8, "steps")).toBe("4,568 steps");
  });
  it("uses the singular for one, after rounding", () => {
    expect(formatAmount(1, "minutes")).toBe("1 minute");
    expect(formatAmount(0.8, "metres")).toBe("1 metre");
    expect(formatAmount(2, "metres")).toBe("2 metres");
  });
});
