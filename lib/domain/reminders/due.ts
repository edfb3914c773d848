import { TZDate } from "@date-fns/tz";
import { addDays, type LocalDate } from "../calendar";
import { localDate } from "../local-time";

/**
 * When a reminder goes out (pure: the job in lib/reminders/ feeds it the clock and the patient's data).
 *
 * - One slot a day: the patient's chosen local time ("HH:MM", default 19:00) in their own time zone.
 * - A slot may go out from its moment until CATCH_UP_MS later (an app that was down sends it once when it
 *   is back), never after: older slots are dropped, so a restart never sends a burst.
 * - Nothing during quiet hours, nothing while paused ("pause for a week").
 * - At most one reminder a day in all: when several kinds are due, the most important one is sent.
 */
export const CATCH_UP_MS = 2 * 60 * 60 * 1000;

export const REMINDER_KINDS = ["check_in", "questionnaire", "diary"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export type ReminderPreferences = {
  diary: boolean;
  questionnaire: boolean;
  checkIn: boolean;
  email: boolean;
  push: boolean;
  /** "HH:MM", local wall-clock time. */
  sendAt: string;
  quietFrom: string;
  quietUntil: string;
  pausedUntil: Date | null;
};

export const DEFAULT_REMINDER_PREFERENCES: ReminderPreferences = {
  diary: true,
  questionnaire: true,
  checkIn: true,
  email: true,
  push: true,
  sendAt: "19:00",
  quietFrom: "21:00",
  quietUntil: "08:00",
  pausedUntil: null,
};

/** How long "pause for a week" pauses. */
export const PAUSE_MS = 7 * 24 * 60 * 60 * 1000;

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function minutesOf(hhmm: string): number {
  const m = HHMM.exec(hhmm);
  if (!m) throw new RangeError(`Not a time of day: ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * The instant of a local wall-clock time on a local date in a time zone. A time that does not exist (the hour
 * skipped when clocks go forward) falls on the same clock reading one hour later; a time that happens twice
 * (clocks going back) is its second occurrence, as @date-fns/tz resolves it. Either way the day is sent once:
 * the send is keyed by the local date, not the instant.
 */
export function instantAt(date: LocalDate, hhmm: string, timeZone: string): Date {
  const [y = NaN, mo = NaN, d = NaN] = date.split("-").map(Number);
  const minutes = minutesOf(hhmm);
  return new Date(new TZDate(y, mo - 1, d, Math.floor(minutes / 60), minutes % 60, timeZone).getTime());
}

/** Whether a local minute of the day falls in quiet hours [from, until); they may span midnight. */
export function inQuietHours(minuteOfDay: number, quietFrom: string, quietUntil: string): boolean {
  const from = minutesOf(quietFrom);
  const until = minutesOf(quietUntil);
  if (from === until) return false;
  return from < until
    ? minuteOfDay >= from && minuteOfDay < until
    : minuteOfDay >= from || minuteOfDay < until;
}

export type ReminderSlot = { localDate: LocalDate; dueAt: Date };

/**
 * The day whose reminder may go out at `now`, or null: its chosen time has come, no more than CATCH_UP_MS
 * ago, it is not quiet hours for the patient now, and reminders are not paused.
 */
export function reminderSlot(now: Date, timeZone: string, prefs: ReminderPreferences): ReminderSlot | null {
  if (prefs.pausedUntil && prefs.pausedUntil > now) return null;
  const local = new TZDate(now.getTime(), timeZone);
  if (inQuietHours(local.getHours() * 60 + local.getMinutes(), prefs.quietFrom, prefs.quietUntil))
    return null;
  const today = localDate(timeZone, now);
  // Yesterday's slot too: a 23:30 reminder may still go out at 00:15 after a restart.
  for (const day of [today, addDays(today, -1)]) {
    const dueAt = instantAt(day, prefs.sendAt, timeZone);
    if (dueAt <= now && now.getTime() - dueAt.getTime() < CATCH_UP_MS) return { localDate: day, dueAt };
  }
  return null;
}

export type ReminderSignals = {
  /** The patient's status: only an active patient (not invited, not paused for a red flag, not discharged). */
  status: "invited" | "active" | "paused" | "discharged";
  /** Whether a plan exists for the patient. */
  hasPlan: boolean;
  /** Whether the slot's day is already in the diary. */
  dayLogged: boolean;
  /** Whether a questionnaire is due that day (lib/domain/outcomes/schedule.ts). */
  questionnaireDue: boolean;
  /** Whether the weekly safety questions are due that day (lib/domain/red-flags.ts checkInDue). */
  checkInDue: boolean;
};

/** Which reminder to send for a slot, or null: the safety questions first, then a questionnaire, then the diary. */
export function reminderKind(prefs: ReminderPreferences, s: ReminderSignals): ReminderKind | null {
  if (s.status !== "active" || !s.hasPlan) return null;
  if (!prefs.email && !prefs.push) return null;
  if (prefs.checkIn && s.checkInDue) return "check_in";
  if (prefs.questionnaire && s.questionnaireDue) return "questionnaire";
  if (prefs.diary && !s.dayLogged) return "diary";
  return null;
}

/** The preference each kind is switched by ("stop this kind"). */
export const KIND_SWITCH = {
  diary: "diary",
  questionnaire: "questionnaire",
  check_in: "checkIn",
} as const satisfies Record<ReminderKind, keyof ReminderPreferences>;
