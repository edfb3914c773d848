import { describe, expect, it } from "vitest";
import { returnToWork, scoreWork, SUSTAINED_RETURN_DAYS } from "./work-status";

describe("scoreWork", () => {
  it("stores the days off sick in the last week", () => {
    expect(scoreWork({ status: "off_sick", daysOffSick: 5 })).toBe(5);
    expect(scoreWork({ status: "reduced_hours", daysOffSick: 0 })).toBe(0);
    expect(scoreWork({ status: "full_hours", daysOffSick: 1 })).toBe(1);
  });
  it("stores 0 for not employed and refuses sick days there", () => {
    expect(scoreWork({ status: "not_employed", daysOffSick: null })).toBe(0);
    expect(() => scoreWork({ status: "not_employed", daysOffSick: 2 })).toThrow(RangeError);
  });
  it("refuses days outside 0-7 and off sick with no day off", () => {
    expect(() => scoreWork({ status: "off_sick", daysOffSick: 8 })).toThrow(RangeError);
    expect(() => scoreWork({ status: "off_sick", daysOffSick: -1 })).toThrow(RangeError);
    expect(() => scoreWork({ status: "off_sick", daysOffSick: 0 })).toThrow(RangeError);
    expect(() => scoreWork({ status: "full_hours", daysOffSick: null })).toThrow(RangeError);
  });
});

describe("returnToWork", () => {
  const weekly = (start: string, statuses: string[]) =>
    statuses.map((status, i) => {
      const d = new Date(`${start}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + 7 * i);
      return { date: d.toISOString().slice(0, 10), status: status as "full_hours" };
    });

  it("has nothing to say before any report", () => {
    expect(returnToWork([], "full_hours", "2026-03-01")).toEqual({
      current: null,
      returnedOn: null,
      sustained: false,
      sustainedOn: null,
    });
  });

  it("dates the return from the first report of the unbroken run at the agreed level", () => {
    const r = returnToWork(
      weekly("2026-01-05", ["off_sick", "off_sick", "reduced_hours", "reduced_hours"]),
      "reduced_hours",
      "2026-01-26",
    );
    expect(r).toMatchObject({ current: "reduced_hours", returnedOn: "2026-01-19", sustained: false });
    expect(r.sustainedOn).toBe("2026-02-16");
  });

  it("reduced hours do not meet a full-hours goal", () => {
    const r = returnToWork(weekly("2026-01-05", ["off_sick", "reduced_hours"]), "full_hours", "2026-03-01");
    expect(r.returnedOn).toBeNull();
    expect(r.sustained).toBe(false);
  });

  it("is sustained at exactly 28 days, not a day before", () => {
    const reports = weekly("2026-01-05", ["full_hours", "full_hours", "full_hours", "full_hours"]);
    expect(SUSTAINED_RETURN_DAYS).toBe(28);
    expect(returnToWork(reports, "full_hours", "2026-02-01").sustained).toBe(false);
    expect(returnToWork(reports, "full_hours", "2026-02-02").sustained).toBe(true);
    expect(returnToWork(reports, "full_hours", "2026-02-03").sustained).toBe(true);
  });

  it("a relapse to off sick restarts the run", () => {
    const reports = weekly("2026-01-05", ["full_hours", "full_hours", "off_sick", "full_hours"]);
    const r = returnToWork(reports, "full_hours", "2026-03-10");
    expect(r.returnedOn).toBe("2026-01-26");
  });
});

describe("screensFrom", () => {
  it("reads the FABQ subscales and the work weeks, oldest first", async () => {
    const { screensFrom } = await import("./screens");
    const ratings = Array.from({ length: 16 }, () => 6);
    const s = screensFrom(
      [
        { instrument: "work", takenOn: "2026-01-12", answers: { status: "full_hours", daysOffSick: 0 } },
        { instrument: "peg", takenOn: "2026-01-05", answers: {} },
        { instrument: "fabq", takenOn: "2026-01-05", answers: { ratings } },
        { instrument: "work", takenOn: "2026-01-05", answers: { status: "off_sick", daysOffSick: 5 } },
      ],
      "2026-01-13",
    );
    expect(s.fabq).toMatchObject({ takenOn: "2026-01-05", physicalActivity: 24, work: 42, highWork: true });
    expect(s.work.map((w) => w.status)).toEqual(["off_sick", "full_hours"]);
    expect(s.fullReturn).toMatchObject({ current: "full_hours", returnedOn: "2026-01-12", sustained: false });
  });
});
