import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/calendar";
import { walkingActivity } from "@/lib/domain/graded-activity/test-fixtures";
import { progressSummary, SUMMARY_DAYS, type SummaryInput } from "./progress-summary";

const today = "2026-03-31";
const start = addDays(today, -119);
const input = (over: Partial<SummaryInput> = {}): SummaryInput => ({
  today,
  revisions: [{ number: 1, effectiveFrom: start, activities: [walkingActivity(start)] }],
  diary: [
    { date: start, painNow: 7, painAverage: 6, activities: [{ key: "walking", amount: 14 }] },
    { date: addDays(today, -1), painNow: 3, painAverage: 3, activities: [{ key: "walking", amount: 30 }] },
  ],
  measures: [
    { instrument: "psfs", takenOn: start, score: 3 },
    { instrument: "psfs", takenOn: addDays(today, -2), score: 5.5 },
  ],
  goals: [],
  ...over,
});

describe("progressSummary", () => {
  it("charts the last 12 weeks of a longer plan, a row per day", () => {
    const s = progressSummary(input());
    expect(s.days).toBe(SUMMARY_DAYS);
    expect(s.from).toBe(addDays(today, -(SUMMARY_DAYS - 1)));
    expect(s.pain.at(-2)?.painAverage).toBe(3);
    expect(s.activities[0]?.days.at(-2)).toMatchObject({ done: 30, quota: 30 });
    expect(s.activities[0]?.todayQuota).toBe(30);
  });

  it("starts at the plan's first day when the plan is younger than 12 weeks", () => {
    const recent = addDays(today, -9);
    const s = progressSummary(
      input({
        revisions: [{ number: 1, effectiveFrom: recent, activities: [walkingActivity(recent)] }],
        diary: [],
      }),
    );
    expect(s.from).toBe(recent);
    expect(s.revisionMarks).toEqual([{ date: recent, number: 1 }]);
    expect(s.daysLogged).toBe(0);
  });

  it("judges each outcome against its minimal important change", () => {
    const [nrs, psfs, peg] = progressSummary(input()).outcomes;
    expect(nrs).toMatchObject({ measure: "nrs", latest: { score: 3, verdict: "improved" } });
    expect(psfs).toMatchObject({
      first: { score: 3 },
      latest: { score: 5.5, change: 2.5, verdict: "improved" },
    });
    expect(peg).toMatchObject({ count: 0, first: null, latest: null });
  });

  it("words an activity goal in the activity's unit, with progress", () => {
    const [goal] = progressSummary(
      input({
        goals: [
          {
            description: "Walk to the park",
            measure: "activity",
            activityKey: "walking",
            target: 30,
            targetDate: "2026-04-30",
            status: "active",
            createdAt: new Date(`${start}T10:00:00Z`),
          },
        ],
      }),
    ).goals;
    expect(goal?.target).toBe("30 minutes of walking a day");
    expect(goal?.progress).toMatchObject({ current: 30, met: true });
  });
});
