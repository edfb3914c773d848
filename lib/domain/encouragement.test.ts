import { describe, expect, it } from "vitest";
import { encouragementFor } from "./encouragement";

describe("encouragementFor", () => {
  it("praises a day on target", () => {
    expect(encouragementFor([{ name: "Walking", done: 20, quota: 20 }]).tone).toBe("praise");
  });

  it("gently notes a boom day, naming the activity", () => {
    const e = encouragementFor([
      { name: "Walking", done: 40, quota: 20 },
      { name: "Sitting", done: 30, quota: 30 },
    ]);
    expect(e.tone).toBe("steady");
    expect(e.text).toContain("walking");
    expect(e.text).not.toMatch(/harm|injur|damage|fine/i);
  });

  it("thanks without judging a day under target or with no activities", () => {
    expect(encouragementFor([{ name: "Walking", done: 5, quota: 20 }]).tone).toBe("thanks");
    expect(encouragementFor([]).tone).toBe("thanks");
  });

  it("praises the day that was logged, not always today", () => {
    const items = [{ name: "Walking", done: 20, quota: 20 }];
    expect(encouragementFor(items).text).toContain("kept to your plan today");
    expect(encouragementFor(items, "that day").text).toContain("kept to your plan that day");
    expect(encouragementFor(items, "that day").text).not.toContain("today");
  });
});
