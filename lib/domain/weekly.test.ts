import { describe, expect, it } from "vitest";
import { rollingMean, weekStart, weeklyAdherence, weeklyMeans } from "./weekly";

describe("weekly shaping", () => {
  it("finds the Monday of a week", () => {
    expect(weekStart("2026-05-20")).toBe("2026-05-18"); // Wednesday
    expect(weekStart("2026-05-18")).toBe("2026-05-18");
    expect(weekStart("2026-05-24")).toBe("2026-05-18"); // Sunday
  });

  it("counts each week's days by adherence, in week order", () => {
    const weeks = weeklyAdherence([
      { date: "2026-05-25", adherence: "overshoot", logged: true },
      { date: "2026-05-18", adherence: "on_target", logged: true },
      { date: "2026-05-19", adherence: null, logged: false },
    ]);
    expect(weeks).toEqual([
      { week: "2026-05-18", onTarget: 1, over: 0, overshoot: 0, under: 0, notLogged: 1 },
      { week: "2026-05-25", onTarget: 0, over: 0, overshoot: 1, under: 0, notLogged: 0 },
    ]);
  });

  it("averages fields per week ignoring gaps", () => {
    expect(
      weeklyMeans(
        [
          { date: "2026-05-18", pain: 4 },
          { date: "2026-05-19", pain: null },
          { date: "2026-05-20", pain: 6 },
        ],
        ["pain"],
      ),
    ).toEqual([{ date: "2026-05-18", pain: 5 }]);
  });

  it("rolls a 7-day mean across gaps", () => {
    expect(rollingMean([4, null, 6, 8], 2)).toEqual([4, 4, 6, 7]);
  });
});
