import { describe, expect, it } from "vitest";
import { addDays } from "../calendar";
import {
  buildRevision,
  confirmBaseline,
  holdActivities,
  stepBackActivities,
  type ParsedActivity,
} from "./build-revision";
import { describeChanges } from "./describe";
import {
  earliestGoalDate,
  goalReachedOn,
  quotaOn,
  startQuotaFor,
  startQuotaProblem,
  stepBackQuota,
} from "./quota";
import { walkingActivity } from "./test-fixtures";
import type { PlannedActivity } from "./types";

const today = "2026-04-06";

describe("start quota never above the start fraction of baseline", () => {
  // Boundary per unit: the smallest baseline whose fraction is one unit step (step / fraction).
  it.each([
    ["minutes", 1.42, 0.7, null], // 0.994 min: below one minute
    ["minutes", 10 / 7, 0.7, 1], // exactly 1 minute
    ["minutes", 1.5, 0.7, 1], // 1.05, not rounded up
    ["minutes", 2, 0.7, 1], // 1.4 -> 1 (rounding to nearest would give 1, rounding up 2 = 100%)
    ["repetitions", 1, 0.7, null],
    ["repetitions", 2, 0.7, 1],
    ["repetitions", 3, 0.9, 2], // 2.7 -> 2, never 3 (= 100% of the baseline)
    ["repetitions", 3, 0.8, 2], // 2.4
    ["steps", 142, 0.7, null], // 99.4 steps
    ["steps", 1000 / 7, 0.7, 100],
    ["steps", 143, 0.7, 100], // 100.1
    ["metres", 14, 0.7, null], // 9.8 m
    ["metres", 15, 0.7, 10], // 10.5
    ["metres", 28, 0.7, 10], // 19.6 -> 10, not 20
  ] as const)("%s: baseline %d at %d starts at %s", (unit, baseline, fraction, expected) => {
    const start = startQuotaFor(baseline, fraction, unit);
    expect(start).toBe(expected);
    if (start !== null) expect(start).toBeLessThanOrEqual(baseline * fraction + 1e-9);
  });

  it("refuses a start at 100% of baseline and explains a baseline too small", () => {
    expect(startQuotaFor(20, 1, "minutes")).toBeNull();
    expect(startQuotaProblem(20, 1, "minutes")).toMatch(/below the baseline/);
    expect(startQuotaFor(20, 0.9, "minutes")).toBe(18);
    expect(startQuotaProblem(1, 0.7, "repetitions")).toMatch(/at least 1.43 repetitions/);
    expect(startQuotaProblem(2, 0.7, "repetitions")).toBeNull();
  });

  it("the editor shows the refusal next to the baseline", () => {
    const reps: ParsedActivity = {
      name: "Sit to stand",
      unit: "repetitions",
      baseline: 1,
      startFraction: 0.7,
      progression: { kind: "fixed", step: 1, everyDays: 2 },
      goal: 10,
    };
    expect(buildRevision([reps], today, today, [])).toMatchObject({
      ok: false,
      errors: { "activities.0.baseline": expect.stringMatching(/too small|this small/) },
    });
    expect(buildRevision([{ ...reps, baseline: 2 }], today, today, [])).toMatchObject({ ok: true });
    expect(buildRevision([{ ...reps, baseline: 5, startFraction: 1 }], today, today, [])).toMatchObject({
      ok: false,
      errors: { "activities.0.startPercent": expect.any(String) },
    });
  });
});

describe("goal-date slope capped at the editor's largest percentage step (25% a day)", () => {
  // Start 10, goal 30: at most 2.5 a day, so 8 days at the earliest.
  it("earliest goal date", () => {
    expect(earliestGoalDate(10, 30, today)).toBe(addDays(today, 8));
    expect(earliestGoalDate(10, 12.5, today)).toBe(addDays(today, 1));
    expect(earliestGoalDate(10, 12.6, today)).toBe(addDays(today, 2));
  });

  const line = (days: number): ParsedActivity => ({
    name: "Walking",
    unit: "minutes",
    baseline: 14.3, // start 10
    startFraction: 0.7,
    progression: { kind: "goal_date", goalDate: addDays(today, days) },
    goal: 30,
  });

  it.each([
    [7, false],
    [8, true],
    [9, true],
  ])("goal date %d days ahead is accepted: %s", (days, ok) => {
    const built = buildRevision([line(days)], today, today, []);
    expect(built.ok).toBe(ok);
    if (!built.ok)
      expect(built.errors["activities.0.progression.goalDate"]).toBe(
        "This rises more than 25% a day. Choose Tuesday 14 April 2026 or later.",
      );
  });
});

describe("baseline confirmed after the goal date asks for a new goal date", () => {
  const measuring: PlannedActivity[] = [
    walkingActivity(today, {
      baseline: null,
      startQuota: null,
      progressFrom: null,
      progression: { kind: "goal_date", goalDate: addDays(today, 5) },
    }),
  ];
  const sessions = [14, 14, 15]; // mean 14.33 -> start 10; goal 30 needs 8 days
  const confirmDay = addDays(today, 10); // goal date passed

  it("refuses to jump to the goal and names the earliest date", () => {
    const result = confirmBaseline(measuring, "walking", sessions, confirmDay);
    expect(result).toMatchObject({ ok: false, reason: "goal_date", earliest: addDays(confirmDay, 8) });
  });

  it("takes a new goal date at, not before, the earliest", () => {
    expect(confirmBaseline(measuring, "walking", sessions, confirmDay, addDays(confirmDay, 7)).ok).toBe(
      false,
    );
    const ok = confirmBaseline(measuring, "walking", sessions, confirmDay, addDays(confirmDay, 8));
    if (!ok.ok) throw new Error(ok.reason);
    const [a] = ok.activities;
    expect(quotaOn(a!, confirmDay)).toBe(10);
    expect(quotaOn(a!, addDays(confirmDay, 1))).toBe(13); // 12.5, not 30
    expect(goalReachedOn(a!)).toBe(addDays(confirmDay, 8));
  });

  it("confirms as before when the goal date is still far enough", () => {
    expect(confirmBaseline(measuring, "walking", sessions, addDays(today, -3)).ok).toBe(true);
  });

  it("refuses a measured baseline too small for the unit", () => {
    expect(confirmBaseline(measuring, "walking", [1, 1, 1], today)).toMatchObject({
      ok: false,
      reason: "too_small",
    });
  });
});

describe("step back lowers today's quota for every progression kind and state", () => {
  const fixed = walkingActivity(today); // 14, +2 every 3 days, goal 30
  const percent = walkingActivity(today, { progression: { kind: "percent", percent: 10, everyDays: 2 } });
  const line = walkingActivity(today, {
    startQuota: 10,
    progression: { kind: "goal_date", goalDate: addDays(today, 20) },
  }); // +1 a day
  const day = (n: number) => addDays(today, n);

  it.each([
    ["fixed, rising", fixed, day(7), 18, 16],
    ["fixed, at the start", fixed, today, 14, 12],
    ["fixed, at the goal", fixed, day(60), 30, 28],
    ["percent, rising", percent, day(4), 17, 15],
    ["percent, at the start", percent, today, 14, 12], // 14 / 1.1 = 12.7 -> 12
    ["percent, at the goal", percent, day(60), 30, 27], // the level before the goal: 14 * 1.1^8 = 27.3
    ["goal date, rising", line, day(14), 24, 17],
    ["goal date, reached", line, day(40), 30, 23],
  ] as const)("%s", (_label, activity, date, before, after) => {
    expect(quotaOn(activity, date)).toBe(before);
    const [back] = stepBackActivities([activity], date);
    expect(quotaOn(back!, date)).toBe(after);
  });

  it("goal-date line at its goal rises again at the same slope and reaches the goal a week later", () => {
    const [back] = stepBackActivities([line], day(40));
    expect(back!.progression).toEqual({ kind: "goal_date", goalDate: day(47) });
    expect(quotaOn(back!, day(41))).toBe(24);
  });

  it.each([
    ["fixed", fixed],
    ["percent", percent],
    ["goal date", line],
  ] as const)("%s on hold: lower quota, hold kept", (_label, activity) => {
    const [held] = holdActivities([activity], day(7), 5);
    const heldQuota = quotaOn(held!, day(8))!;
    const [back] = stepBackActivities([held!], day(8));
    expect(quotaOn(back!, day(8))).toBeLessThan(heldQuota);
    // Still flat until the hold's end, then rising.
    expect(quotaOn(back!, day(11))).toBe(quotaOn(back!, day(8)));
    expect(back!.progressFrom).toBe(held!.progressFrom);
  });

  it("is always at least one unit step lower, never below one unit step", () => {
    const small = walkingActivity(today, {
      unit: "repetitions",
      startQuota: 3,
      progression: { kind: "percent", percent: 5, everyDays: 7 },
      goal: 10,
    });
    expect(stepBackQuota(small, today)).toBe(2); // 3 / 1.05 = 2.86 would round back to 3
    expect(stepBackQuota({ ...small, startQuota: 2 }, today)).toBe(1);
    expect(stepBackQuota({ ...small, startQuota: 1 }, today)).toBe(1);
  });
});

describe("a hold survives edits during it", () => {
  const first = buildRevision(
    [
      {
        name: "Walking",
        unit: "minutes",
        baseline: 20,
        startFraction: 0.7,
        progression: { kind: "fixed", step: 2, everyDays: 3 },
        goal: 30,
      },
    ],
    today,
    today,
    [],
  );
  if (!first.ok) throw new Error("fixture");
  const flare = addDays(today, 7); // quota 18
  const held = holdActivities(first.activities, flare, 5); // flat until flare + 5
  const revisions = [
    { number: 1, effectiveFrom: today, activities: first.activities },
    { number: 2, effectiveFrom: flare, activities: held },
  ];
  const edit = (patch: Partial<ParsedActivity>, on: string) =>
    buildRevision(
      [
        {
          key: "walking",
          name: "Walking",
          unit: "minutes",
          baseline: 20,
          startFraction: 0.7,
          progression: { kind: "fixed", step: 2, everyDays: 3 },
          goal: 30,
          continueFromCurrent: true,
          ...patch,
        },
      ],
      on,
      on,
      revisions,
    );

  it.each([
    ["on the hold's first day", 0],
    ["on its last day", 4],
  ])("changing the goal %s keeps the hold", (_label, n) => {
    const on = addDays(flare, n);
    const built = edit({ goal: 40 }, on);
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    expect(built.activities[0]).toMatchObject({ startQuota: 18, progressFrom: addDays(flare, 5) });
    expect(describeChanges(held, built.activities, on)).toEqual([
      "Walking: goal 30 minutes → 40 minutes; still on hold: rising again from 18 Apr",
    ]);
  });

  it("an edit the day the hold ends starts rising from that day", () => {
    const on = addDays(flare, 5);
    const built = edit({ goal: 40 }, on);
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    expect(built.activities[0]).toMatchObject({ startQuota: 18, progressFrom: on });
    expect(describeChanges(held, built.activities, on)[0]).not.toMatch(/on hold/);
  });

  it("restarting from baseline is the explicit decision that ends it", () => {
    const built = edit({ goal: 40, continueFromCurrent: false }, addDays(flare, 1));
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    expect(built.activities[0]).toMatchObject({ startQuota: 14, progressFrom: addDays(flare, 1) });
  });
});
