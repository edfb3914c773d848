import { describe, expect, it } from "vitest";
import {
  CATCH_UP_MS,
  DEFAULT_REMINDER_PREFERENCES as defaults,
  inQuietHours,
  instantAt,
  reminderKind,
  reminderSlot,
  type ReminderSignals,
} from "./due";

const at = (iso: string) => new Date(iso);
const minus = (d: Date, ms: number) => new Date(d.getTime() - ms);
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);

describe("instantAt", () => {
  it("puts the chosen time in the patient's own zone", () => {
    expect(instantAt("2026-01-15", "19:00", "Europe/London").toISOString()).toBe("2026-01-15T19:00:00.000Z");
    expect(instantAt("2026-07-15", "19:00", "Europe/London").toISOString()).toBe("2026-07-15T18:00:00.000Z");
    expect(instantAt("2026-01-15", "19:00", "America/New_York").toISOString()).toBe(
      "2026-01-16T00:00:00.000Z",
    );
    expect(instantAt("2026-01-15", "19:00", "Pacific/Auckland").toISOString()).toBe(
      "2026-01-15T06:00:00.000Z",
    );
  });

  it("moves a time the clocks skip one hour later, and takes the second of a time that happens twice", () => {
    // Berlin skips 02:00-03:00 on 2026-03-29 (01:00 UTC) and repeats 02:00-03:00 on 2026-10-25.
    expect(instantAt("2026-03-29", "02:30", "Europe/Berlin").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(instantAt("2026-10-25", "02:30", "Europe/Berlin").toISOString()).toBe("2026-10-25T01:30:00.000Z");
    // The day of the change, the evening reminder is still at 19:00 on the wall clock.
    expect(instantAt("2026-03-29", "19:00", "Europe/Berlin").toISOString()).toBe("2026-03-29T17:00:00.000Z");
    expect(instantAt("2026-03-28", "19:00", "Europe/Berlin").toISOString()).toBe("2026-03-28T18:00:00.000Z");
  });
});

describe("inQuietHours", () => {
  it("spans midnight", () => {
    expect(inQuietHours(20 * 60 + 59, "21:00", "08:00")).toBe(false);
    expect(inQuietHours(21 * 60, "21:00", "08:00")).toBe(true);
    expect(inQuietHours(0, "21:00", "08:00")).toBe(true);
    expect(inQuietHours(7 * 60 + 59, "21:00", "08:00")).toBe(true);
    expect(inQuietHours(8 * 60, "21:00", "08:00")).toBe(false);
  });
  it("works within one day, and is off when both ends are equal", () => {
    expect(inQuietHours(12 * 60, "12:00", "14:00")).toBe(true);
    expect(inQuietHours(14 * 60, "12:00", "14:00")).toBe(false);
    expect(inQuietHours(3 * 60, "00:00", "00:00")).toBe(false);
  });
});

describe("reminderSlot", () => {
  const london = "Europe/London";
  const due = at("2026-01-15T19:00:00Z");

  it("opens at the chosen time and stays open for the catch-up window only", () => {
    expect(reminderSlot(minus(due, 1), london, defaults)).toBeNull();
    expect(reminderSlot(due, london, { ...defaults, quietFrom: "23:00" })).toEqual({
      localDate: "2026-01-15",
      dueAt: due,
    });
    expect(reminderSlot(plus(due, CATCH_UP_MS - 1), london, { ...defaults, quietFrom: "23:00" })).toEqual({
      localDate: "2026-01-15",
      dueAt: due,
    });
    // Two hours late is stale: dropped, never sent in a burst after a restart.
    expect(reminderSlot(plus(due, CATCH_UP_MS), london, { ...defaults, quietFrom: "23:00" })).toBeNull();
  });

  it("gives each patient their own evening for the same instant", () => {
    const newYork = "America/New_York";
    expect(reminderSlot(due, newYork, defaults)).toBeNull(); // 14:00 there
    expect(reminderSlot(at("2026-01-16T00:00:00Z"), newYork, defaults)).toEqual({
      localDate: "2026-01-15",
      dueAt: at("2026-01-16T00:00:00Z"),
    });
    expect(reminderSlot(at("2026-01-16T00:00:00Z"), london, defaults)).toBeNull(); // midnight, quiet
  });

  it("catches up yesterday's late slot just after midnight", () => {
    const prefs = { ...defaults, sendAt: "23:30", quietFrom: "00:00", quietUntil: "00:00" };
    expect(reminderSlot(at("2026-01-16T00:15:00Z"), london, prefs)).toEqual({
      localDate: "2026-01-15",
      dueAt: at("2026-01-15T23:30:00Z"),
    });
    expect(reminderSlot(at("2026-01-16T01:30:00Z"), london, prefs)).toBeNull();
  });

  it("sends nothing in quiet hours, even inside the catch-up window", () => {
    const prefs = { ...defaults, sendAt: "20:30" };
    expect(reminderSlot(at("2026-01-15T20:59:00Z"), london, prefs)?.localDate).toBe("2026-01-15");
    expect(reminderSlot(at("2026-01-15T21:00:00Z"), london, prefs)).toBeNull();
  });

  it("follows the wall clock across a daylight saving change", () => {
    const berlin = "Europe/Berlin";
    // 19:00 CET on the 28th is 18:00 UTC, 19:00 CEST on the 29th is 17:00 UTC.
    expect(reminderSlot(at("2026-03-28T18:00:00Z"), berlin, defaults)?.localDate).toBe("2026-03-28");
    expect(reminderSlot(at("2026-03-29T16:59:00Z"), berlin, defaults)).toBeNull();
    expect(reminderSlot(at("2026-03-29T17:00:00Z"), berlin, defaults)?.localDate).toBe("2026-03-29");
  });

  it("sends nothing while paused, and again from the end of the pause", () => {
    expect(reminderSlot(due, london, { ...defaults, pausedUntil: plus(due, 1) })).toBeNull();
    expect(reminderSlot(due, london, { ...defaults, pausedUntil: due })?.localDate).toBe("2026-01-15");
  });
});

describe("reminderKind", () => {
  const signals: ReminderSignals = {
    status: "active",
    hasPlan: true,
    dayLogged: false,
    questionnaireDue: false,
    checkInDue: false,
  };

  it("reminds about an unlogged day, not a logged one", () => {
    expect(reminderKind(defaults, signals)).toBe("diary");
    expect(reminderKind(defaults, { ...signals, dayLogged: true })).toBeNull();
  });

  it("sends one reminder a day: the safety questions first, then a questionnaire, then the diary", () => {
    const all = { ...signals, questionnaireDue: true, checkInDue: true };
    expect(reminderKind(defaults, all)).toBe("check_in");
    expect(reminderKind({ ...defaults, checkIn: false }, all)).toBe("questionnaire");
    expect(reminderKind({ ...defaults, checkIn: false, questionnaire: false }, all)).toBe("diary");
    expect(reminderKind({ ...defaults, diary: false }, signals)).toBeNull();
  });

  it("sends nothing before a plan, while paused for a red flag, after discharge, or with no channel", () => {
    expect(reminderKind(defaults, { ...signals, hasPlan: false })).toBeNull();
    expect(reminderKind(defaults, { ...signals, status: "paused" })).toBeNull();
    expect(reminderKind(defaults, { ...signals, status: "discharged" })).toBeNull();
    expect(reminderKind(defaults, { ...signals, status: "invited" })).toBeNull();
    expect(reminderKind({ ...defaults, email: false, push: false }, signals)).toBeNull();
  });
});
