import { describe, expect, it } from "vitest";
import { addDays } from "./calendar";
import { goalProgress, type GoalData } from "./goals";

const today = "2026-05-20";
const createdOn = addDays(today, -20);
const empty: GoalData = { today, activityDays: [], painDays: [], psfsScores: [] };

describe("goalProgress", () => {
  it("activity: the best day of the last 7 against the target, from the first week's best", () => {
    const data = {
      ...empty,
      activityDays: [
        { date: addDays(createdOn, 1), amount: 10 },
        { date: addDays(today, -7), amount: 40 }, // outside the last week
        { date: addDays(today, -3), amount: 20 },
        { date: addDays(today, -1), amount: 25 },
      ],
    };
    const p = goalProgress(
      { measure: "activity", target: 30, targetDate: addDays(today, 10), createdOn },
      data,
    );
    expect(p).toMatchObject({ current: 25, start: 10, met: false, daysLeft: 10 });
    expect(p.fraction).toBeCloseTo(0.75);
  });

  it("activity: met at the target, not one below", () => {
    const goal = { measure: "activity" as const, target: 30, targetDate: today, createdOn };
    expect(goalProgress(goal, { ...empty, activityDays: [{ date: today, amount: 30 }] }).met).toBe(true);
    expect(goalProgress(goal, { ...empty, activityDays: [{ date: today, amount: 29 }] }).met).toBe(false);
  });

  it("pain: lower is better, met at or under the target", () => {
    const painDays = [
      { date: createdOn, painAverage: 7 },
      { date: addDays(createdOn, -1), painAverage: 7 },
      { date: addDays(today, -1), painAverage: 4 },
      { date: today, painAverage: 4 },
    ];
    const goal = { measure: "pain" as const, target: 3, targetDate: addDays(today, 14), createdOn };
    const p = goalProgress(goal, { ...empty, painDays });
    expect(p).toMatchObject({ current: 4, start: 7, met: false });
    expect(p.fraction).toBeCloseTo(0.75);
    expect(goalProgress({ ...goal, target: 4 }, { ...empty, painDays }).met).toBe(true);
  });

  it("psfs: latest score against the first", () => {
    const psfsScores = [
      { date: addDays(today, -14), score: 6 },
      { date: addDays(today, -28), score: 3 },
    ];
    const p = goalProgress(
      { measure: "psfs", target: 7, targetDate: today, createdOn },
      { ...empty, psfsScores },
    );
    expect(p).toMatchObject({ current: 6, start: 3, met: false, daysLeft: 0 });
    expect(p.fraction).toBeCloseTo(0.75);
  });

  it("has no current value and no progress before there is data", () => {
    const p = goalProgress({ measure: "pain", target: 3, targetDate: today, createdOn }, empty);
    expect(p).toMatchObject({ current: null, start: null, fraction: null, met: false });
  });

  describe("a start with no data in the goal's first week is unknown, never 0", () => {
    const goal = { measure: "activity" as const, target: 30, targetDate: today, createdOn };
    const withFirstDay = (n: number) => ({
      ...empty,
      activityDays: [
        { date: addDays(createdOn, n), amount: 10 },
        { date: today, amount: 20 },
      ],
    });
    it.each([
      [6, 10, 0.5], // last day of the first week
      [7, null, null], // the day after: start unknown, no bar
    ])("first log on day %d: start %s, fraction %s", (n, start, fraction) => {
      expect(goalProgress(goal, withFirstDay(n))).toMatchObject({ current: 20, start, fraction });
    });
    it("a goal met with an unknown start is still met", () => {
      expect(goalProgress(goal, { ...empty, activityDays: [{ date: today, amount: 30 }] })).toMatchObject({
        start: null,
        fraction: 1,
        met: true,
      });
    });
  });
});

describe("return-to-work goal", () => {
  const goal = { measure: "work" as const, target: 2, targetDate: "2026-06-30", createdOn: "2026-04-01" };
  const reports = (statuses: [string, "off_sick" | "reduced_hours" | "full_hours"][]) =>
    statuses.map(([date, status]) => ({ date, status }));

  it("is unknown before any report", () => {
    expect(goalProgress(goal, { ...empty, workReports: [] })).toMatchObject({
      current: null,
      fraction: null,
    });
  });

  it("reduced hours do not meet a full-hours goal but meet a reduced one after 28 days", () => {
    const data = {
      ...empty,
      today: "2026-05-20",
      workReports: reports([
        ["2026-04-01", "off_sick"],
        ["2026-04-20", "reduced_hours"],
      ]),
    };
    expect(goalProgress(goal, data)).toMatchObject({ met: false, current: 1, start: 0, fraction: 0 });
    expect(goalProgress({ ...goal, target: 1 }, data)).toMatchObject({ met: true, fraction: 1 });
  });

  it("fills the bar over the 28 days after the return: day 27 not met, day 28 met", () => {
    const workReports = reports([
      ["2026-04-01", "off_sick"],
      ["2026-04-08", "full_hours"],
    ]);
    const day27 = goalProgress(goal, { ...empty, today: "2026-05-05", workReports });
    expect(day27.met).toBe(false);
    expect(day27.fraction).toBeCloseTo(27 / 28);
    expect(goalProgress(goal, { ...empty, today: "2026-05-06", workReports }).met).toBe(true);
  });
});
