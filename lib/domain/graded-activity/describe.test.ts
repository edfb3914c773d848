import { describe, expect, it } from "vitest";
import { describeChanges, describeProgression } from "./describe";
import { walkingActivity } from "./test-fixtures";

const walking = walkingActivity("2026-04-06");

describe("describeProgression", () => {
  it("says each kind in words", () => {
    expect(describeProgression(walking.progression, "minutes")).toBe("+2 minutes every 3 days");
    expect(describeProgression({ kind: "percent", percent: 10, everyDays: 1 }, "repetitions")).toBe(
      "+10% every day",
    );
    expect(describeProgression({ kind: "goal_date", goalDate: "2026-06-01" }, "steps")).toBe(
      "steadily to the goal by 1 Jun",
    );
  });
});

describe("describeChanges", () => {
  it("lists additions, removals and changed fields", () => {
    const sitting = {
      ...walking,
      key: "sitting",
      name: "Sitting",
      baseline: null,
      startQuota: null,
      progressFrom: null,
    };
    expect(describeChanges([walking], [{ ...walking, goal: 40 }, sitting])).toEqual([
      "Walking: goal 30 minutes → 40 minutes",
      "Added Sitting (measuring baseline)",
    ]);
    expect(describeChanges([walking, sitting], [walking])).toEqual(["Removed Sitting"]);
  });

  it("describes a hold as the quota set and when it rises again", () => {
    expect(describeChanges([walking], [{ ...walking, startQuota: 18, progressFrom: "2026-04-16" }])).toEqual([
      "Walking: quota set to 18 minutes, rising again from 16 Apr",
    ]);
  });

  it("says nothing for an unchanged activity", () => {
    expect(describeChanges([walking], [walking])).toEqual([]);
  });
});
