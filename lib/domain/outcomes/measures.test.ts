import { describe, expect, it } from "vitest";
import {
  changeFrom,
  MIC,
  micThreshold,
  outcomeTrend,
  psfsItemChanges,
  scorePeg,
  scorePsfs,
} from "./measures";

const items = (...ratings: number[]) => ratings.map((rating, i) => ({ activity: `activity ${i}`, rating }));

describe("scoring", () => {
  it("scores PSFS as the mean of 3-5 ratings", () => {
    expect(scorePsfs(items(2, 3, 5))).toBeCloseTo(3.33, 2);
    expect(scorePsfs(items(0, 10, 5, 5, 10))).toBe(6);
  });

  it("refuses no activities or more than 5, and ratings outside 0-10", () => {
    expect(() => scorePsfs(items())).toThrow(RangeError);
    expect(() => scorePsfs(items(1, 2, 3, 4, 5, 6))).toThrow(RangeError);
    expect(() => scorePsfs(items(1, 2, 11))).toThrow(RangeError);
    expect(() => scorePsfs(items(1, 2, -1))).toThrow(RangeError);
    expect(() => scorePsfs(items(1, 2, 2.5))).toThrow(RangeError);
  });

  it("scores PEG as the mean of its three items", () => {
    expect(scorePeg({ pain: 6, enjoyment: 5, activity: 7 })).toBe(6);
    expect(scorePeg({ pain: 1, enjoyment: 0, activity: 0 })).toBeCloseTo(0.33, 2);
    expect(() => scorePeg({ pain: 11, enjoyment: 0, activity: 0 })).toThrow(RangeError);
  });
});

describe("change against the MIC", () => {
  it("NRS: 2 points is an improvement, 1 point from 6 is not (17%)", () => {
    expect(changeFrom("nrs", 6, 4).verdict).toBe("improved");
    expect(changeFrom("nrs", 6, 5).verdict).toBe("no_important_change");
  });

  it("NRS: 30% counts even under 2 points (3 -> 2 is 33%; 4 -> 3 is 25%)", () => {
    expect(changeFrom("nrs", 3, 2).verdict).toBe("improved");
    expect(changeFrom("nrs", 4, 3).verdict).toBe("no_important_change");
    expect(changeFrom("nrs", 6, 4.2).verdict).toBe("improved"); // 1.8 points, exactly 30%
    expect(changeFrom("nrs", 6, 4.3).verdict).toBe("no_important_change"); // 1.7 points, 28%
  });

  it("NRS: worse only by the points, not by the percentage", () => {
    expect(changeFrom("nrs", 2, 4).verdict).toBe("worse");
    expect(changeFrom("nrs", 2, 3).verdict).toBe("no_important_change");
  });

  it("PSFS: higher is better, 2 points on the mean", () => {
    expect(changeFrom("psfs", 3, 5).verdict).toBe("improved");
    expect(changeFrom("psfs", 3, 4.99).verdict).toBe("no_important_change");
    expect(changeFrom("psfs", 5, 3).verdict).toBe("worse");
    expect(changeFrom("psfs", 1, 1.9).share).toBeNull(); // no percentage rule for PSFS
    expect(changeFrom("psfs", 1, 1.9).verdict).toBe("no_important_change");
  });

  it("PEG: 1 point or 30%", () => {
    expect(changeFrom("peg", 6, 5).verdict).toBe("improved");
    expect(changeFrom("peg", 6, 5.01).verdict).toBe("no_important_change");
    expect(changeFrom("peg", 2, 1.4).verdict).toBe("improved"); // 30% of 2 = 0.6
    expect(changeFrom("peg", 2, 1.5).verdict).toBe("no_important_change");
    expect(changeFrom("peg", 4, 5).verdict).toBe("worse");
  });

  it("reports the change in the measure's points and the improvement in the better direction", () => {
    expect(changeFrom("nrs", 6, 4)).toMatchObject({ change: -2, improvement: 2, share: 2 / 6 });
    expect(changeFrom("psfs", 3, 5)).toMatchObject({ change: 2, improvement: 2 });
  });

  it("a first score of 0 has no percentage", () => {
    expect(changeFrom("nrs", 0, 1)).toMatchObject({ share: null, verdict: "no_important_change" });
  });

  it("PSFS single activities changed by 3 points or more", () => {
    expect(psfsItemChanges(items(2, 5, 5), items(5, 7, 1))).toEqual([
      { activity: "activity 0", change: 3 },
      { activity: "activity 2", change: -4 },
    ]);
  });

  it("the MIC line is the easier of points and percentage", () => {
    expect(micThreshold("nrs", 8)).toBe(6); // 2 points < 2.4 (30%)
    expect(micThreshold("nrs", 5)).toBe(3.5); // 30% = 1.5 < 2 points
    expect(micThreshold("psfs", 9)).toBe(10); // capped at the scale
    expect(micThreshold("peg", 6)).toBe(5);
  });
});

describe("outcomeTrend", () => {
  it("marks the first date the change reached the MIC, in date order", () => {
    const trend = outcomeTrend("psfs", [
      { date: "2026-03-15", score: 5.33 },
      { date: "2026-03-01", score: 3 },
      { date: "2026-03-29", score: 6 },
    ]);
    expect(trend.first).toEqual({ date: "2026-03-01", score: 3 });
    expect(trend.improvedOn).toBe("2026-03-15");
    expect(trend.latest?.verdict).toBe("improved");
    expect(trend.micLine).toBe(5);
  });

  it("has no marker while the change stays below the MIC", () => {
    const trend = outcomeTrend("peg", [
      { date: "2026-03-01", score: 6 },
      { date: "2026-03-08", score: 5.33 },
    ]);
    expect(trend.improvedOn).toBeNull();
    expect(trend.latest?.verdict).toBe("no_important_change");
  });

  it("is empty without scores", () => {
    expect(outcomeTrend("nrs", [])).toMatchObject({
      first: null,
      latest: null,
      improvedOn: null,
      micLine: null,
    });
  });
});

describe("review round 2: PSFS with 1-5 activities, the ceiling, NRS 0", () => {
  const items = (...r: number[]) => r.map((rating, i) => ({ activity: `Activity ${i}`, rating }));
  it.each([
    [0, "refused"],
    [1, 7],
    [2, 6.5],
    [5, 6.2],
    [6, "refused"],
  ] as const)("PSFS with %d activities: %s", (n, expected) => {
    const list = items(...[7, 6, 5, 7, 6, 9].slice(0, n));
    if (expected === "refused") expect(() => scorePsfs(list)).toThrow(RangeError);
    else expect(scorePsfs(list)).toBe(expected);
  });

  it("a rating at the ceiling (10 then 10) is at the best score, not 'no change' to worry about", () => {
    expect(changeFrom("psfs", 10, 10)).toMatchObject({ verdict: "no_important_change", atBest: true });
    expect(changeFrom("psfs", 9.8, 9.8).atBest).toBe(false);
  });

  it("pain 0 is recovered; 0.1 is not", () => {
    expect(changeFrom("nrs", 1, 0).atBest).toBe(true);
    expect(changeFrom("nrs", 1, 0.1).atBest).toBe(false);
    expect(changeFrom("nrs", 6, 0)).toMatchObject({ verdict: "improved", atBest: true });
  });

  it("every MIC names its source", () => {
    for (const m of Object.values(MIC)) expect(m.source).toMatch(/\d{4}/);
  });
});
