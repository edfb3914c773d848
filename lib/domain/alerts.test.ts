import { describe, expect, it } from "vitest";
import { addDays } from "./calendar";
import {
  alertsFor,
  lowAdherence,
  overshooting,
  painCritical,
  painModerateRising,
  painRising,
  psfsNotImproved,
  redFlagEmergency,
  redFlagUrgent,
  silence,
  type PatientSignals,
} from "./alerts";

const today = "2026-05-20";
type Day = PatientSignals["days"][number];

/** Entries on the given day offsets (0 = today), all with the same values unless overridden. */
function signals(
  offsets: number[],
  day: Partial<Day> = {},
  overrides: Partial<PatientSignals> = {},
): PatientSignals {
  const days = offsets
    .sort((a, b) => a - b)
    .map((o) => ({
      date: addDays(today, o),
      painNow: 3,
      painAverage: 3,
      adherence: "on_target" as const,
      ...day,
    }));
  return {
    today,
    lastEntryDate: days.at(-1)?.date ?? null,
    days,
    expectedToLog: true,
    planStart: addDays(today, -60),
    ...overrides,
  };
}

/** Pain averages by offset: the last value is the newest. */
function painSeries(values: Record<number, number>): PatientSignals {
  const s = signals(Object.keys(values).map(Number));
  s.days = s.days.map((d) => ({
    ...d,
    painAverage: values[Number(d.date.slice(8)) - 20]!,
    painNow: values[Number(d.date.slice(8)) - 20]!,
  }));
  return s;
}

describe("painCritical (pain >= 7)", () => {
  it("fires at 7, not at 6, on the latest entry", () => {
    expect(painCritical(signals([0], { painNow: 7 }))).toMatchObject({
      severity: "critical",
      reason: "Pain 7/10 on the latest entry",
    });
    expect(painCritical(signals([0], { painNow: 6, painAverage: 6 }))).toBeNull();
    expect(painCritical(signals([0], { painNow: 8, painAverage: 5 }))).toMatchObject({
      reason: "Pain 8/10 on the latest entry",
    });
  });
});

describe("painRising (average up >= 2: last 3 days vs the 7 before)", () => {
  const base = { [-9]: 3, [-8]: 3, [-7]: 3, [-6]: 3, [-5]: 3, [-4]: 3, [-3]: 3 };
  it("fires at exactly 2 points", () => {
    expect(painRising(painSeries({ ...base, [-2]: 5, [-1]: 5, [0]: 5 }))).toMatchObject({ severity: "high" });
  });
  it("does not fire just below 2 points", () => {
    expect(painRising(painSeries({ ...base, [-2]: 5, [-1]: 5, [0]: 4 }))).toBeNull(); // +1.67
  });
  it("fires above 2 points", () => {
    expect(painRising(painSeries({ ...base, [-2]: 7, [-1]: 6, [0]: 6 }))).toMatchObject({
      rule: "pain_rising",
    });
  });
  it("needs data in both windows", () => {
    expect(painRising(painSeries({ [-2]: 8, [-1]: 8, [0]: 8 }))).toBeNull();
  });
});

describe("silence (no diary for 2+ days low, 7+ days high)", () => {
  it.each([
    [-1, null],
    [-2, "low"],
    [-6, "low"],
    [-7, "high"],
    [-9, "high"],
  ])("last entry %i days ago -> %s", (offset, severity) => {
    const alert = silence(signals([offset]));
    expect(alert?.severity ?? null).toBe(severity);
  });

  it("counts a patient who never logged from the plan's first day, and not one not yet expected to log", () => {
    expect(silence(signals([]))).toMatchObject({
      severity: "high",
      reason: "No diary entries since the plan started 61 days ago",
    });
    expect(silence(signals([], {}, { expectedToLog: false }))).toBeNull();
    expect(silence(signals([], {}, { planStart: today }))).toBeNull();
    expect(silence(signals([], {}, { planStart: addDays(today, -1) }))).toMatchObject({ severity: "low" });
    expect(silence(signals([], {}, { planStart: addDays(today, 3) }))).toBeNull();
  });
});

describe("painModerateRising (pain >= 5 and up 1)", () => {
  it("fires at 5 when up exactly 1", () => {
    expect(painModerateRising(painSeries({ [-2]: 4, [-1]: 4, [0]: 5 }))).toMatchObject({
      severity: "low",
      reason: "Pain 5/10, up from 4.0",
    });
  });
  it("does not fire at 4, or at 5 when up less than 1", () => {
    expect(painModerateRising(painSeries({ [-2]: 3, [-1]: 3, [0]: 4 }))).toBeNull();
    expect(painModerateRising(painSeries({ [-2]: 4, [-1]: 5, [0]: 5 }))).toBeNull(); // up 0.5
  });
  it("fires above the thresholds", () => {
    expect(painModerateRising(painSeries({ [-1]: 4, [0]: 6 }))).toMatchObject({
      rule: "pain_moderate_rising",
    });
  });
});

describe("lowAdherence (on-target days < 50% of the last 7)", () => {
  const week = (onTarget: number) => {
    const s = signals([-6, -5, -4, -3, -2, -1, 0], { adherence: "under" });
    s.days = s.days.map((d, i) => (i < onTarget ? { ...d, adherence: "on_target" } : d));
    return s;
  };
  it("judges a plan in its first days by the days it has run", () => {
    const fresh = signals([-1, 0], {}, { planStart: addDays(today, -1) });
    expect(lowAdherence(fresh)).toBeNull();
    const poorStart = signals([-1, 0], { adherence: "under" }, { planStart: addDays(today, -1) });
    expect(lowAdherence(poorStart)).toMatchObject({ reason: "On target 0 of the last 2 days" });
  });

  it("fires at 3 of 7 (43%), not at 4 of 7 (57%)", () => {
    expect(lowAdherence(week(3))).toMatchObject({
      severity: "low",
      reason: "On target 3 of the last 7 days",
    });
    expect(lowAdherence(week(4))).toBeNull();
    expect(lowAdherence(week(0))).toMatchObject({ rule: "low_adherence" });
  });
});

describe("overshooting (overshoot on 2+ of the last 7)", () => {
  const withOvershoots = (n: number) => {
    const s = signals([-6, -5, -4, -3, -2, -1, 0]);
    s.days = s.days.map((d, i) => (i < n ? { ...d, adherence: "overshoot" } : d));
    return s;
  };
  it("fires at 2, not at 1", () => {
    expect(overshooting(withOvershoots(2))).toMatchObject({ severity: "low" });
    expect(overshooting(withOvershoots(1))).toBeNull();
    expect(overshooting(withOvershoots(4))).toMatchObject({
      reason: "Well over the quota on 4 of the last 7 days",
    });
  });
  it("ignores overshoots older than 7 days", () => {
    const s = signals([-9, -8, 0]);
    s.days = s.days.map((d, i) => (i < 2 ? { ...d, adherence: "overshoot" } : d));
    expect(overshooting(s)).toBeNull();
  });
});

describe("alertsFor", () => {
  it("orders by severity and lets an acknowledgement silence an alert until newer data arrives", () => {
    const s = signals([-8], { painNow: 8, painAverage: 8 });
    expect(alertsFor(s).map((a) => a.severity)).toEqual(["critical", "high"]);
    const acked = alertsFor(s, [{ rule: "silent_long", upToDate: addDays(today, -8) }]);
    expect(acked.map((a) => a.rule)).toEqual(["pain_critical"]);
    const newer = signals([-8, -7], { painNow: 8, painAverage: 8 });
    expect(
      alertsFor(newer, [{ rule: "pain_critical", upToDate: addDays(today, -8) }]).map((a) => a.rule),
    ).toContain("pain_critical");
  });
});

describe("red-flag alerts", () => {
  const report = (tier: "urgent" | "emergency", answers: Record<string, boolean>, id = "r1") => ({
    id,
    tier,
    answeredOn: today,
    answers,
  });

  it("an open emergency answer is critical, with the answers in the reason", () => {
    const s = signals([0], {}, { openRedFlags: [report("emergency", { bladder: true, leg_pain: true })] });
    expect(redFlagEmergency(s)).toEqual({
      rule: "red_flag_emergency",
      severity: "critical",
      reason: "Emergency red flag: new bladder problems; pain spreading down one leg",
      evidenceDate: today,
      reportId: "r1",
    });
    expect(redFlagUrgent(s)).toBeNull();
  });

  it("an open urgent answer is high", () => {
    const s = signals([0], {}, { openRedFlags: [report("urgent", { fever: true })] });
    expect(redFlagUrgent(s)).toMatchObject({
      severity: "high",
      reason: "Urgent red flag: fever or feeling unwell",
    });
  });

  it("no open answers, no alert", () => {
    expect(redFlagEmergency(signals([0]))).toBeNull();
    expect(redFlagUrgent(signals([0], {}, { openRedFlags: [] }))).toBeNull();
  });

  it("comes first among critical alerts and is not silenced by a diary acknowledgement", () => {
    const s = signals(
      [0],
      { painNow: 9, painAverage: 9 },
      { openRedFlags: [report("emergency", { bowel: true })] },
    );
    const open = alertsFor(s, [{ rule: "red_flag_emergency" as never, upToDate: today }]);
    expect(open.map((a) => a.rule).slice(0, 2)).toEqual(["red_flag_emergency", "pain_critical"]);
  });
});

describe("psfsNotImproved", () => {
  const scores = (...values: number[]) =>
    signals(
      [0],
      {},
      {
        psfsScores: values.map((score, i) => ({
          date: addDays(today, -14 * (values.length - 1 - i)),
          score,
        })),
      },
    );

  it("is high when the latest PSFS is not above the previous (equal or lower)", () => {
    expect(psfsNotImproved(scores(3, 3))).toMatchObject({ severity: "high", evidenceDate: today });
    expect(psfsNotImproved(scores(4, 3.67))).not.toBeNull();
  });

  it("is quiet when the latest improved at all, or with fewer than two measures", () => {
    expect(psfsNotImproved(scores(3, 3.33))).toBeNull();
    expect(psfsNotImproved(scores(5, 2, 2.33))).toBeNull(); // only the last two count
    expect(psfsNotImproved(scores(3))).toBeNull();
  });

  it("is quiet at the ceiling: 10 then 10 cannot improve; 9.8 then 9.8 still alerts", () => {
    expect(psfsNotImproved(scores(10, 10))).toBeNull();
    expect(psfsNotImproved(scores(9.8, 9.8))).not.toBeNull();
  });
});
