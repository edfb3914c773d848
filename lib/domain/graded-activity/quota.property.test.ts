import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, dateRange } from "../calendar";
import { revisionOn } from "./plan-schedule";
import { quotaOn } from "./quota";
import type { PlannedActivity, Progression } from "./types";
import { UNIT_STEP, UNITS } from "./units";

const start = "2026-01-05";

const progression: fc.Arbitrary<Progression> = fc.oneof(
  fc.record({
    kind: fc.constant("fixed" as const),
    step: fc.integer({ min: 1, max: 500 }),
    everyDays: fc.integer({ min: 1, max: 14 }),
  }),
  fc.record({
    kind: fc.constant("percent" as const),
    percent: fc.integer({ min: 1, max: 20 }),
    everyDays: fc.integer({ min: 1, max: 14 }),
  }),
  fc.integer({ min: -5, max: 200 }).map((d) => ({ kind: "goal_date" as const, goalDate: addDays(start, d) })),
);

const plan: fc.Arbitrary<{ activity: PlannedActivity; holdDays: number }> = fc
  .record({
    unit: fc.constantFrom(...UNITS),
    startSteps: fc.integer({ min: 1, max: 100 }),
    extraSteps: fc.integer({ min: 0, max: 300 }),
    progression,
    holdDays: fc.integer({ min: 0, max: 10 }),
  })
  .map(({ unit, startSteps, extraSteps, progression, holdDays }) => {
    const startQuota = startSteps * UNIT_STEP[unit];
    const activity: PlannedActivity = {
      key: "a",
      name: "A",
      unit,
      baseline: startQuota / 0.7,
      startFraction: 0.7,
      startQuota,
      progressFrom: addDays(start, holdDays),
      progression,
      goal: startQuota + extraSteps * UNIT_STEP[unit],
    };
    return { activity, holdDays };
  });

const days = (n: number) => dateRange(start, addDays(start, n));

describe("quota engine invariants", () => {
  it("never falls within a revision", () => {
    fc.assert(
      fc.property(plan, ({ activity }) => {
        const quotas = days(240).map((d) => quotaOn(activity, d)!);
        quotas.forEach((q, i) => i === 0 || expect(q).toBeGreaterThanOrEqual(quotas[i - 1]!));
      }),
    );
  });

  it("never exceeds the goal and never drops below the start quota", () => {
    fc.assert(
      fc.property(plan, fc.integer({ min: 0, max: 1000 }), ({ activity }, day) => {
        const q = quotaOn(activity, addDays(start, day))!;
        expect(q).toBeLessThanOrEqual(activity.goal);
        expect(q).toBeGreaterThanOrEqual(activity.startQuota!);
      }),
    );
  });

  it("is always a whole multiple of the unit's step", () => {
    fc.assert(
      fc.property(plan, fc.integer({ min: 0, max: 400 }), ({ activity }, day) => {
        const q = quotaOn(activity, addDays(start, day))!;
        expect(q % UNIT_STEP[activity.unit]).toBe(0);
      }),
    );
  });

  it("stays at the start quota throughout a hold", () => {
    fc.assert(
      fc.property(plan, ({ activity, holdDays }) => {
        for (const d of days(holdDays)) expect(quotaOn(activity, d)).toBe(activity.startQuota);
      }),
    );
  });

  it("reaches the goal by the goal date under goal-date progression", () => {
    fc.assert(
      fc.property(plan, ({ activity, holdDays }) => {
        const p = activity.progression;
        fc.pre(p.kind === "goal_date" && p.goalDate > addDays(start, holdDays));
        expect(quotaOn(activity, (p as { goalDate: string }).goalDate)).toBe(activity.goal);
      }),
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(plan, fc.integer({ min: 0, max: 400 }), ({ activity }, day) => {
        const d = addDays(start, day);
        expect(quotaOn(activity, d)).toBe(quotaOn(structuredClone(activity), d));
      }),
    );
  });
});

describe("revisions", () => {
  const revisionsFrom = (offsets: number[]) =>
    offsets.map((o, i) => ({ number: i + 1, effectiveFrom: addDays(start, o), activities: [] }));

  it("a new revision never changes which revision governed an earlier day", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 6 }),
        fc.integer({ min: 0, max: 60 }),
        (offsets, newOffset) => {
          const before = revisionsFrom(offsets);
          const added = {
            number: before.length + 1,
            effectiveFrom: addDays(start, newOffset),
            activities: [],
          };
          const after = [...before, added];
          for (const day of dateRange(start, addDays(added.effectiveFrom, -1))) {
            expect(revisionOn(after, day)).toBe(revisionOn(before, day));
          }
          expect(revisionOn(after, added.effectiveFrom)).toBe(added);
        },
      ),
    );
  });
});
