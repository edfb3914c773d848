import { describe, expect, it } from "vitest";
import { dailySeries, meanOf } from "./series";
import { walkingActivity } from "./graded-activity/test-fixtures";

const walking = walkingActivity("2026-04-01");

describe("dailySeries", () => {
  it("has a row for every day in date order, with gaps as nulls and quotas from the plan", () => {
    const rows = dailySeries(
      "2026-04-01",
      "2026-04-04",
      [
        { date: "2026-04-04", painNow: 3, painAverage: 4, activities: [{ key: "walking", amount: 16 }] },
        { date: "2026-04-01", painNow: 5, painAverage: 5, activities: [] },
      ],
      [{ number: 1, effectiveFrom: "2026-04-01", activities: [walking] }],
      ["walking"],
    );
    expect(rows.map((r) => r.date)).toEqual(["2026-04-01", "2026-04-02", "2026-04-03", "2026-04-04"]);
    expect(rows.map((r) => r.painAverage)).toEqual([5, null, null, 4]);
    expect(rows.map((r) => r.done.walking)).toEqual([0, null, null, 16]);
    expect(rows.map((r) => r.quota.walking)).toEqual([14, 14, 14, 16]);
  });
});

describe("meanOf", () => {
  it("ignores gaps", () => {
    expect(meanOf([2, null, 4])).toBe(3);
    expect(meanOf([null])).toBeNull();
  });
});
