import { describe, expect, it } from "vitest";
import { adherenceOf, dayAdherence } from "./adherence";

describe("adherenceOf", () => {
  it.each([
    [17, 20, "under"], // 85%
    [18, 20, "on_target"], // exactly 90%
    [25, 20, "on_target"], // exactly 125%
    [25.2, 20, "over"], // 126%
    [26, 20, "over"], // exactly 130%
    [26.2, 20, "overshoot"], // 131%
    [0, 20, "under"],
  ])("%d of %d is %s", (done, quota, expected) => {
    expect(adherenceOf(done, quota)).toBe(expected);
  });
});

describe("dayAdherence", () => {
  it("lets an overshoot in any activity mark the day", () => {
    expect(
      dayAdherence([
        { done: 20, quota: 20 },
        { done: 40, quota: 20 },
      ]),
    ).toBe("overshoot");
    expect(
      dayAdherence([
        { done: 20, quota: 20 },
        { done: 10, quota: 20 },
      ]),
    ).toBe("under");
    expect(dayAdherence([{ done: 20, quota: 20 }])).toBe("on_target");
    expect(dayAdherence([])).toBeNull();
  });
});
