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

describe("adherence margins of at least one unit step", () => {
  it.each([
    // quota 3 repetitions: 10% is 0.3, 25% is 0.75: the one-repetition margin rules
    [1, 3, 1, "under"],
    [2, 3, 1, "on_target"], // one below
    [3, 3, 1, "on_target"],
    [4, 3, 1, "on_target"], // one above: not "well over the quota"
    [5, 3, 1, "overshoot"],
    // quota 10: 10% is exactly one unit
    [8.9, 10, 1, "under"],
    [9, 10, 1, "on_target"],
    [12.5, 10, 1, "on_target"],
    [13, 10, 1, "over"],
    [13.1, 10, 1, "overshoot"],
    // steps: quota 300, one unit step is 100 steps
    [199, 300, 100, "under"],
    [200, 300, 100, "on_target"],
    [400, 300, 100, "on_target"],
    [401, 300, 100, "overshoot"],
  ] as const)("%d of %d (unit step %d) is %s", (done, quota, step, expected) => {
    expect(adherenceOf(done, quota, step)).toBe(expected);
  });

  it("reaches the day verdict through each item's unit step", () => {
    expect(dayAdherence([{ done: 4, quota: 3, unitStep: 1 }])).toBe("on_target");
    expect(dayAdherence([{ done: 400, quota: 300, unitStep: 100 }])).toBe("on_target");
  });
});
