import { describe, expect, it } from "vitest";
import { addDays, dateRange } from "./calendar";
import { countPeriod, daysBand, minutesBand, monthRecord, periodOf, type DataDay } from "./monitoring-record";

const diary = (dates: string[]): DataDay[] => dates.map((date) => ({ date, kind: "diary" }));
const base = { timeZone: "Europe/London", time: [], messages: [] };

describe("periods", () => {
  it("are 30 days long from the start of monitoring", () => {
    expect(periodOf("2026-03-01", "2026-03-01")).toEqual({ index: 0, from: "2026-03-01", to: "2026-03-30" });
    expect(periodOf("2026-03-01", "2026-03-30")?.index).toBe(0);
    expect(periodOf("2026-03-01", "2026-03-31")).toEqual({ index: 1, from: "2026-03-31", to: "2026-04-29" });
    expect(periodOf("2026-03-01", "2026-02-28")).toBeNull();
  });

  it("a period spanning a change of clocks still has 30 dates", () => {
    const p = periodOf("2026-03-15", "2026-03-29")!;
    expect(dateRange(p.from, p.to)).toHaveLength(30);
    const counted = countPeriod(p, diary(dateRange(p.from, p.to)), "2026-12-31");
    expect(counted.days).toBe(30);
    expect(counted.band).toBe("16-30");
  });
});

describe("days of data", () => {
  const p = { index: 0, from: "2026-03-01", to: "2026-03-30" };
  it("1 day is below, 2 days meet 2-15", () => {
    expect(countPeriod(p, diary(["2026-03-05"]), "2026-04-30").band).toBe("below");
    expect(countPeriod(p, diary(["2026-03-05", "2026-03-06"]), "2026-04-30").band).toBe("2-15");
  });

  it("15 days meet 2-15, 16 days meet 16-30", () => {
    const fifteen = dateRange("2026-03-01", "2026-03-15");
    expect(countPeriod(p, diary(fifteen), "2026-04-30")).toMatchObject({ days: 15, band: "2-15" });
    const sixteen = dateRange("2026-03-01", "2026-03-16");
    expect(countPeriod(p, diary(sixteen), "2026-04-30")).toMatchObject({ days: 16, band: "16-30" });
  });

  it("a date counts once whatever was recorded on it; dates outside the period do not count", () => {
    const data: DataDay[] = [
      { date: "2026-03-05", kind: "diary" },
      { date: "2026-03-05", kind: "questionnaire" },
      { date: "2026-03-05", kind: "check-in" },
      { date: "2026-02-28", kind: "diary" },
      { date: "2026-03-31", kind: "diary" },
    ];
    const counted = countPeriod(p, data, "2026-04-30");
    expect(counted.days).toBe(1);
    expect(counted.dates).toEqual([{ date: "2026-03-05", kinds: ["check-in", "diary", "questionnaire"] }]);
  });

  it("bands at the edges", () => {
    expect([0, 1, 2, 15, 16, 30].map(daysBand)).toEqual(["below", "below", "2-15", "2-15", "16-30", "16-30"]);
    expect([9, 10, 19, 20, 90].map(minutesBand)).toEqual(["below", "10-19", "10-19", "20+", "20+"]);
  });
});

describe("monthRecord", () => {
  it("lists the periods ending in the month, and the running one in the current month", () => {
    const past = monthRecord({
      ...base,
      month: "2026-03",
      start: "2026-02-10",
      today: "2026-05-20",
      data: [],
    });
    // 10 Feb - 11 Mar ends in March; 12 Mar - 10 Apr ends in April.
    expect(past.periods.map((p) => [p.from, p.to])).toEqual([["2026-02-10", "2026-03-11"]]);
    const current = monthRecord({
      ...base,
      month: "2026-03",
      start: "2026-02-10",
      today: "2026-03-20",
      data: [],
    });
    expect(current.periods.map((p) => [p.from, p.to, p.inProgress])).toEqual([
      ["2026-02-10", "2026-03-11", false],
      ["2026-03-12", "2026-04-10", true],
    ]);
    expect(
      monthRecord({ ...base, month: "2026-03", start: null, today: "2026-03-20", data: [] }).periods,
    ).toEqual([]);
  });

  it("counts a data day at the patient's local date, 1 day then 2 across the period's last day", () => {
    const r = monthRecord({
      ...base,
      month: "2026-03",
      start: "2026-03-01",
      today: "2026-04-30",
      data: diary(["2026-03-30", "2026-03-31"]),
    });
    expect(r.periods[0]).toMatchObject({ from: "2026-03-01", to: "2026-03-30", days: 1, band: "below" });
  });

  it("minutes per calendar month in the patient's time zone, across a change of clocks", () => {
    const time = [
      // 31 Oct 23:30 in New York (EDT) is 1 Nov in UTC: October's.
      { at: new Date("2026-11-01T03:30:00Z"), minutes: 12, kind: "review" as const, by: "Anna" },
      // 1 Nov 01:30 after the clocks went back (EST): November's.
      { at: new Date("2026-11-01T06:30:00Z"), minutes: 8, kind: "call" as const, by: "Anna" },
      // 30 Nov 23:00 EST is 1 Dec in UTC: November's.
      { at: new Date("2026-12-01T04:00:00Z"), minutes: 3, kind: "review" as const, by: "Anna" },
    ];
    const input = {
      ...base,
      timeZone: "America/New_York",
      start: "2026-10-01",
      today: "2026-12-31",
      data: [],
      time,
    };
    const october = monthRecord({ ...input, month: "2026-10" });
    const november = monthRecord({ ...input, month: "2026-11" });
    expect([october.minutes, october.minutesBand, october.contact]).toEqual([12, "10-19", false]);
    expect([november.minutes, november.minutesBand, november.contact]).toEqual([11, "10-19", true]);
    expect(november.timeEntries.map((t) => t.date)).toEqual(["2026-11-01", "2026-11-30"]);
    expect(november.contactEvidence.calls).toEqual(["2026-11-01"]);
  });

  it("an interactive contact needs both sides to write in the month", () => {
    const input = { ...base, month: "2026-03", start: "2026-03-01", today: "2026-04-30", data: [] };
    const onlyPatient = monthRecord({
      ...input,
      messages: [{ at: new Date("2026-03-10T10:00:00Z"), author: "patient" }],
    });
    expect(onlyPatient.contact).toBe(false);
    const both = monthRecord({
      ...input,
      messages: [
        { at: new Date("2026-03-10T10:00:00Z"), author: "patient" },
        { at: new Date("2026-03-11T10:00:00Z"), author: "staff" },
      ],
    });
    expect(both.contact).toBe(true);
    expect(both.contactEvidence).toMatchObject({
      patientWrote: ["2026-03-10"],
      careTeamWrote: ["2026-03-11"],
    });
  });

  it("day counts follow the patient's calendar around a change of clocks", () => {
    const start = "2026-10-20";
    const dates = Array.from({ length: 16 }, (_, i) => addDays(start, i));
    const r = monthRecord({
      ...base,
      timeZone: "America/New_York",
      month: "2026-11",
      start,
      today: "2026-12-31",
      data: diary(dates),
    });
    expect(r.periods[0]).toMatchObject({ from: "2026-10-20", to: "2026-11-18", days: 16, band: "16-30" });
  });
});
