import { describe, expect, it } from "vitest";
import { addDays } from "../calendar";
import {
  activitySchedule,
  baselineFromSessions,
  goalReachedOn,
  stepBackQuota,
  quotaOn,
  startQuotaFor,
} from "./quota";
import type { PlannedActivity } from "./types";
import { roundToUnit } from "./units";

const start = "2026-03-02";
const activity = (overrides: Partial<PlannedActivity>): PlannedActivity => ({
  key: "walking",
  name: "Walking",
  unit: "minutes",
  baseline: 20,
  startFraction: 0.7,
  startQuota: 14,
  progressFrom: start,
  progression: { kind: "fixed", step: 2, everyDays: 3 },
  goal: 30,
  ...overrides,
});

describe("baseline and start quota", () => {
  it("is the mean of the first three to-tolerance sessions", () => {
    expect(baselineFromSessions([10, 12])).toBeNull();
    expect(baselineFromSessions([10, 12, 17])).toBe(13);
    expect(baselineFromSessions([10, 12, 17, 40])).toBe(13);
  });

  it("starts at the fraction of baseline, rounded down per unit, null below one step", () => {
    expect(startQuotaFor(13, 0.7, "minutes")).toBe(9); // 9.1
    expect(startQuotaFor(3000, 0.7, "steps")).toBe(2100);
    expect(startQuotaFor(3071, 0.7, "steps")).toBe(2100); // 2149.7 -> nearest 100
    expect(startQuotaFor(455, 0.8, "metres")).toBe(360); // 364 -> nearest 10
    expect(startQuotaFor(50, 0.7, "steps")).toBeNull(); // 35 steps: below one step of 100
  });

  it("rounds halves up per unit", () => {
    expect(roundToUnit(2.5, "repetitions")).toBe(3);
    expect(roundToUnit(150, "steps")).toBe(200);
    expect(roundToUnit(145, "metres")).toBe(150);
  });
});

describe("fixed-step progression", () => {
  const a = activity({});
  it("holds the start quota until the first step, then rises every K days", () => {
    const quotas = activitySchedule(a, start, addDays(start, 9)).map((d) => d.quota);
    expect(quotas).toEqual([14, 14, 14, 16, 16, 16, 18, 18, 18, 20]);
  });

  it("is capped at the goal and reaches it on a predictable day", () => {
    expect(quotaOn(a, addDays(start, 200))).toBe(30);
    // 14 -> 30 is 8 steps of 2, every 3 days: day 24.
    expect(goalReachedOn(a)).toBe(addDays(start, 24));
  });

  it("has no quota while the baseline is measured", () => {
    const measuring = activity({ baseline: null, startQuota: null, progressFrom: null });
    expect(quotaOn(measuring, start)).toBeNull();
    expect(goalReachedOn(measuring)).toBeNull();
  });
});

describe("holds", () => {
  it("repeats the start quota for the hold, then resumes the schedule", () => {
    const a = activity({ startQuota: 20, progressFrom: addDays(start, 4) });
    const quotas = activitySchedule(a, start, addDays(start, 8)).map((d) => d.quota);
    expect(quotas).toEqual([20, 20, 20, 20, 20, 20, 20, 22, 22]);
  });
});

describe("step back", () => {
  it("returns the previous level the activity had", () => {
    const a = activity({});
    expect(stepBackQuota(a, addDays(start, 7))).toBe(16);
  });

  it("goes one progression step below the start when nothing lower exists", () => {
    const a = activity({});
    expect(stepBackQuota(a, start)).toBe(12);
    const pct = activity({ startQuota: 11, progression: { kind: "percent", percent: 10, everyDays: 1 } });
    expect(stepBackQuota(pct, start)).toBe(10);
  });
});

// Steenstra et al. (BMC Public Health 2007;7:254), after Lambeek: baseline from three sessions, start at 70%,
// then rise linearly so the goal is reached on the planned return-to-work date.
describe("Steenstra/Lambeek protocol", () => {
  const baseline = baselineFromSessions([8, 10, 12])!; // mean 10 minutes
  const a = activity({
    key: "lifting-practice",
    baseline,
    startFraction: 0.7,
    startQuota: startQuotaFor(baseline, 0.7, "minutes"),
    progression: { kind: "goal_date", goalDate: addDays(start, 42) },
    goal: 40,
  });

  it("starts at 70% of the three-session mean", () => {
    expect(a.startQuota).toBe(7);
    expect(quotaOn(a, start)).toBe(7);
  });

  it("reaches the goal exactly on the planned date, not before", () => {
    expect(quotaOn(a, addDays(start, 41))).toBeLessThan(40);
    expect(quotaOn(a, addDays(start, 42))).toBe(40);
    expect(goalReachedOn(a)).toBe(addDays(start, 42));
  });

  it("rises steadily in between (halfway is about halfway)", () => {
    expect(quotaOn(a, addDays(start, 21))).toBe(24); // 7 + 33/2 = 23.5
  });
});

// The operant quota system (Fordyce): start at 80% of baseline, then raise the quota 5-10% each day.
describe("operant quota system", () => {
  const a = activity({
    key: "exercise",
    unit: "repetitions",
    baseline: 10,
    startFraction: 0.8,
    startQuota: startQuotaFor(10, 0.8, "repetitions"),
    progression: { kind: "percent", percent: 10, everyDays: 1 },
    goal: 25,
  });

  it("starts at 80% and compounds 10% a day, rounded to whole repetitions", () => {
    const quotas = activitySchedule(a, start, addDays(start, 6)).map((d) => d.quota);
    // 8, 8.8, 9.68, 10.65, 11.71, 12.88, 14.17
    expect(quotas).toEqual([8, 9, 10, 11, 12, 13, 14]);
  });

  it("reaches the goal and stays there", () => {
    expect(goalReachedOn(a)).toBe(addDays(start, 12)); // 8 * 1.1^12 = 25.1
    expect(quotaOn(a, addDays(start, 60))).toBe(25);
  });

  it("keeps growing small quotas at 5% instead of stalling on rounding", () => {
    const small = {
      ...a,
      startQuota: 5,
      progression: { kind: "percent" as const, percent: 5, everyDays: 1 },
    };
    expect(quotaOn(small, addDays(start, 2))).toBe(6); // 5.5125
  });
});
