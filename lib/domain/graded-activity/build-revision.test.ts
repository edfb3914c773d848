import { describe, expect, it } from "vitest";
import { addDays } from "../calendar";
import {
  buildRevision,
  confirmBaseline,
  holdActivities,
  slugify,
  stepBackActivities,
  type ParsedActivity,
} from "./build-revision";
import { planQuotasOn, type NumberedRevision } from "./plan-schedule";
import { quotaOn } from "./quota";

const today = "2026-04-06";
const walking: ParsedActivity = {
  name: "Walking",
  unit: "minutes",
  baseline: 20,
  startFraction: 0.7,
  progression: { kind: "fixed", step: 2, everyDays: 3 },
  goal: 30,
};

function firstRevision(drafts: ParsedActivity[] = [walking]): NumberedRevision {
  const built = buildRevision(drafts, today, today, []);
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  return { number: 1, effectiveFrom: today, activities: built.activities };
}

describe("buildRevision", () => {
  it("starts a new activity at the fraction of baseline on the effective date", () => {
    const [a] = firstRevision().activities;
    expect(a).toMatchObject({ key: "walking", startQuota: 14, progressFrom: today });
  });

  it("refuses a past effective date, and one before the latest revision", () => {
    expect(buildRevision([walking], addDays(today, -1), today, [])).toMatchObject({
      ok: false,
      errors: { effectiveFrom: expect.stringMatching(/past days/) },
    });
    const future = { ...firstRevision(), effectiveFrom: addDays(today, 5) };
    expect(buildRevision([walking], addDays(today, 2), today, [future])).toMatchObject({
      ok: false,
      errors: { effectiveFrom: expect.any(String) },
    });
  });

  it("refuses a goal not above the start quota, and a goal off the unit's step", () => {
    expect(buildRevision([{ ...walking, goal: 14 }], today, today, [])).toEqual({
      ok: false,
      errors: { "activities.0.goal": "The goal must be above the start quota (14 minutes)." },
    });
    const steps = { ...walking, unit: "steps" as const, baseline: 3000, goal: 6050 };
    expect(buildRevision([steps], today, today, [])).toEqual({
      ok: false,
      errors: { "activities.0.goal": "Use a multiple of 100 steps." },
    });
  });

  it("refuses a goal date on or before the start, and duplicate names", () => {
    const goalDate = { ...walking, progression: { kind: "goal_date" as const, goalDate: today } };
    expect(buildRevision([goalDate], today, today, [])).toMatchObject({
      ok: false,
      errors: { "activities.0.progression.goalDate": expect.any(String) },
    });
    expect(buildRevision([walking, { ...walking, name: "walking" }], today, today, [])).toMatchObject({
      ok: false,
      errors: { "activities.1.name": "Two activities have this name." },
    });
  });

  it("keeps an unchanged activity's schedule exactly when carried into a new revision", () => {
    const first = firstRevision();
    const later = addDays(today, 10);
    const built = buildRevision(
      [
        { ...walking, key: "walking", continueFromCurrent: true },
        { ...walking, name: "Sitting", goal: 60 },
      ],
      later,
      today,
      [first],
    );
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    expect(built.activities[0]).toEqual(first.activities[0]);
    expect(built.activities[1]).toMatchObject({ key: "sitting", progressFrom: later });
  });

  it("continues a changed activity from the quota it has on the effective date", () => {
    const first = firstRevision();
    const later = addDays(today, 7); // quota 18 that day
    const built = buildRevision(
      [
        {
          ...walking,
          key: "walking",
          continueFromCurrent: true,
          progression: { kind: "fixed", step: 1, everyDays: 1 },
        },
      ],
      later,
      today,
      [first],
    );
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    expect(built.activities[0]).toMatchObject({ startQuota: 18, progressFrom: later });
    const revisions = [first, { number: 2, effectiveFrom: later, activities: built.activities }];
    // Past days keep their quotas; from the new date, the new schedule.
    expect(planQuotasOn(revisions, addDays(today, 5))[0]!.quota).toBe(16);
    expect(planQuotasOn(revisions, later)[0]!.quota).toBe(18);
    expect(planQuotasOn(revisions, addDays(later, 2))[0]!.quota).toBe(20);
  });

  it("slugifies names into stable keys", () => {
    expect(slugify("Sit-to-stand (chair)")).toBe("sit-to-stand-chair");
    expect(slugify("  ")).toBe("activity");
  });
});

describe("flare-up responses", () => {
  const first = firstRevision();
  const flare = addDays(today, 7); // quota 18

  it("hold repeats today's quota for N days, then the schedule resumes", () => {
    const [held] = holdActivities(first.activities, flare, 4);
    expect([0, 3, 4, 6, 7].map((n) => quotaOn(held!, addDays(flare, n)))).toEqual([18, 18, 18, 18, 20]);
  });

  it("step back returns to the previous level", () => {
    const [back] = stepBackActivities(first.activities, flare);
    expect(quotaOn(back!, flare)).toBe(16);
  });

  it("leaves activities still in baseline alone", () => {
    const measuring = firstRevision([{ ...walking, baseline: null }]).activities;
    expect(holdActivities(measuring, flare, 3)).toEqual(measuring);
  });
});

describe("confirmBaseline", () => {
  const measuring = firstRevision([{ ...walking, baseline: null }]).activities;

  it("needs three sessions", () => {
    expect(confirmBaseline(measuring, "walking", [10, 12], today)).toEqual({ ok: false, reason: "sessions" });
  });

  it("sets baseline to their mean and the start quota to its fraction", () => {
    const result = confirmBaseline(measuring, "walking", [10, 12, 17, 30], today);
    if (!result.ok) throw new Error(result.reason);
    expect(result.activities[0]).toMatchObject({ baseline: 13, startQuota: 9, progressFrom: today });
  });
});

describe("review fixes", () => {
  it("a new activity never takes the key of one carried over", () => {
    const first = firstRevision();
    const built = buildRevision(
      [
        { ...walking, name: "Walking!" },
        { ...walking, key: "walking", continueFromCurrent: true },
      ],
      today,
      today,
      [first],
    );
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    expect(built.activities.map((a) => a.key)).toEqual(["walking-2", "walking"]);
  });

  it("a hold delays a goal-date line instead of jumping to the goal after it", () => {
    const line = firstRevision([
      { ...walking, baseline: 14.3, progression: { kind: "goal_date", goalDate: addDays(today, 20) } },
    ]).activities;
    const day10 = addDays(today, 10);
    const [held] = holdActivities(line, day10, 14);
    const q = (n: number) => quotaOn(held!, addDays(day10, n));
    expect(q(0)).toBe(q(14));
    expect(q(15)).toBeLessThan(30);
    expect(quotaOn(held!, addDays(today, 34))).toBe(30);
  });

  it("stepping back a goal-date line goes back a week's progress and a week later to the goal", () => {
    const line = firstRevision([
      { ...walking, baseline: 14.3, progression: { kind: "goal_date", goalDate: addDays(today, 20) } },
    ]).activities;
    const day14 = addDays(today, 14);
    const [back] = stepBackActivities(line, day14);
    expect(quotaOn(back!, day14)).toBe(quotaOn(line[0]!, addDays(today, 7)));
    expect(back!.progression).toEqual({ kind: "goal_date", goalDate: addDays(today, 27) });
  });
});
