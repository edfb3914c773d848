import { describe, expect, it } from "vitest";
import { describeChanges, describeProgression, scheduleOutline } from "./describe";
import { activitySchedule } from "./quota";
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

describe("scheduleOutline", () => {
  it("starts a continued activity at the quota its chart starts at, not its original start quota", () => {
    // Started at 14 minutes on 1 March, +2 every 3 days: on 31 March (30 days later) the quota is 30.
    const continued = walkingActivity("2026-03-01", { goal: 40 });
    const from = "2026-03-31";
    const outline = scheduleOutline(continued, from);
    expect(outline.startsAt).toBe(activitySchedule(continued, from, from)[0]!.quota);
    expect(outline.startsAt).toBe(34);
    expect(outline.startsAt).not.toBe(continued.startQuota);
  });
  it("is the start quota for an activity starting that day", () => {
    expect(scheduleOutline(walkingActivity("2026-03-01"), "2026-03-01").startsAt).toBe(14);
  });
});
