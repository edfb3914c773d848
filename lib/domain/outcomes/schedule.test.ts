import { describe, expect, it } from "vitest";
import { addDays } from "../calendar";
import { measuresDue, screensDue } from "./schedule";
import { weeklyPainScores } from "./weekly-pain";

const today = "2026-05-20";

describe("measuresDue", () => {
  it("asks for the PSFS intake and a PEG when nothing was answered", () => {
    expect(measuresDue(today, null, null)).toEqual({ psfs: "intake", peg: true });
  });

  it("re-rates PSFS from day 14, not day 13", () => {
    expect(measuresDue(today, addDays(today, -13), today).psfs).toBeNull();
    expect(measuresDue(today, addDays(today, -14), today).psfs).toBe("rerate");
  });

  it("asks PEG weekly: day 7, not day 6", () => {
    expect(measuresDue(today, today, addDays(today, -6)).peg).toBe(false);
    expect(measuresDue(today, today, addDays(today, -7)).peg).toBe(true);
  });
});

describe("weeklyPainScores", () => {
  it("averages daily pain per week from the first entry, dated by the week's last logged day", () => {
    const days = [
      { date: "2026-05-01", painAverage: 6 },
      { date: "2026-05-03", painAverage: 4 },
      { date: "2026-05-07", painAverage: null },
      { date: "2026-05-08", painAverage: 3 },
      { date: "2026-05-09", painAverage: 4 },
    ];
    expect(weeklyPainScores(days)).toEqual([
      { date: "2026-05-03", score: 5 },
      { date: "2026-05-09", score: 3.5 },
    ]);
  });

  it("is empty without pain scores", () => {
    expect(weeklyPainScores([{ date: today, painAverage: null }])).toEqual([]);
  });
});

describe("screensDue", () => {
  it("asks the FABQ once at intake and never again", () => {
    expect(screensDue(today, null, today).fabq).toBe(true);
    expect(screensDue(today, addDays(today, -400), today).fabq).toBe(false);
  });
  it("asks work status at intake, then weekly: day 7, not day 6", () => {
    expect(screensDue(today, today, null).work).toBe(true);
    expect(screensDue(today, today, addDays(today, -6)).work).toBe(false);
    expect(screensDue(today, today, addDays(today, -7)).work).toBe(true);
    expect(screensDue(today, today, addDays(today, -8)).work).toBe(true);
  });
});
