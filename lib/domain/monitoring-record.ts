import { addDays, daysBetween, type LocalDate } from "./calendar";
import { localDate } from "./local-time";

/**
 * The remote-monitoring record: what a clinic shows for a patient's remote therapeutic monitoring, counted
 * from the clinical data itself, with the rule beside every number. It is a record, not a claim.
 *
 * - Periods are 30 days long, numbered from the start of monitoring (the first day of the first plan).
 * - A day of data is a patient-local date with a diary entry, a questionnaire or a safety check-in; signing
 *   in is not data.
 * - Minutes are the clinicians' logged minutes in a calendar month, in the patient's local time.
 * - An interactive contact in the month is a message exchange (the patient and the care team both wrote in
 *   it) or a logged call.
 */
export const MONITORING_RULES = {
  periodDays: 30,
  dataDays: { lower: { from: 2, to: 15 }, upper: { from: 16, to: 30 } },
  minutes: { lower: { from: 10, to: 19 }, upper: { from: 20 } },
} as const;

export const MONITORING_RULE_TEXT = {
  period: "Periods are 30 days long, counted from the first day of the patient's first plan.",
  days: "Days of data: dates (in the patient's time zone) with a diary entry, a questionnaire or a safety check-in in the period; a sign-in alone does not count. Thresholds: 2-15 days, 16-30 days.",
  minutes:
    "Minutes: time the care team logged for this patient in the calendar month (patient's time zone). Thresholds: 10-19 minutes, 20 minutes or more.",
  contact:
    "Interactive contact: in the calendar month, the patient and the care team both wrote a message, or a call was logged.",
} as const;

export type DataKind = "diary" | "questionnaire" | "check-in";
export type DataDay = { date: LocalDate; kind: DataKind };
export type LoggedTime = { at: Date; minutes: number; kind: "review" | "call" | "message"; by: string };
export type ThreadMessage = { at: Date; author: "patient" | "staff" };

export type DaysBand = "below" | "2-15" | "16-30";
export type MinutesBand = "below" | "10-19" | "20+";

export type Period = {
  index: number;
  from: LocalDate;
  to: LocalDate;
  /** Still running on `today`: the count can still grow. */
  inProgress: boolean;
  /** The dates with data in the period, oldest first, each with what was recorded. */
  dates: { date: LocalDate; kinds: DataKind[] }[];
  days: number;
  band: DaysBand;
};

export type MonthRecord = {
  month: string;
  start: LocalDate | null;
  periods: Period[];
  minutes: number;
  minutesBand: MinutesBand;
  timeEntries: (LoggedTime & { date: LocalDate })[];
  contact: boolean;
  /** What made the month's contact: the dates both sides wrote, and the dates of logged calls. */
  contactEvidence: { patientWrote: LocalDate[]; careTeamWrote: LocalDate[]; calls: LocalDate[] };
};

export const daysBand = (days: number): DaysBand =>
  days >= MONITORING_RULES.dataDays.upper.from
    ? "16-30"
    : days >= MONITORING_RULES.dataDays.lower.from
      ? "2-15"
      : "below";

export const minutesBand = (minutes: number): MinutesBand =>
  minutes >= MONITORING_RULES.minutes.upper.from
    ? "20+"
    : minutes >= MONITORING_RULES.minutes.lower.from
      ? "10-19"
      : "below";

/** "2026-03" for a local date. */
export const monthOf = (date: LocalDate) => date.slice(0, 7);

export function monthBounds(month: string): { first: LocalDate; last: LocalDate } {
  const first = `${month}-01`;
  const [y, m] = month.split("-").map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  return { first, last: addDays(next, -1) };
}

/** The 30-day period holding `date`, counted from `start` (null before the start). */
export function periodOf(
  start: LocalDate,
  date: LocalDate,
): { index: number; from: LocalDate; to: LocalDate } | null {
  const offset = daysBetween(start, date);
  if (offset < 0) return null;
  const index = Math.floor(offset / MONITORING_RULES.periodDays);
  const from = addDays(start, index * MONITORING_RULES.periodDays);
  return { index, from, to: addDays(from, MONITORING_RULES.periodDays - 1) };
}

/** The data days of a period: each date counted once, whatever and however often it was recorded. */
export function countPeriod(
  period: { index: number; from: LocalDate; to: LocalDate },
  data: DataDay[],
  today: LocalDate,
): Period {
  const byDate = new Map<LocalDate, Set<DataKind>>();
  for (const d of data) {
    if (d.date < period.from || d.date > period.to || d.date > today) continue;
    byDate.set(d.date, (byDate.get(d.date) ?? new Set()).add(d.kind));
  }
  const dates = [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, kinds]) => ({ date, kinds: [...kinds].sort() }));
  return {
    ...period,
    inProgress: period.to >= today,
    dates,
    days: dates.length,
    band: daysBand(dates.length),
  };
}

/**
 * One patient's record for a calendar month: the periods that end in the month (and, for the current month,
 * the one still running), the minutes logged in the month and whether there was an interactive contact.
 */
export function monthRecord(input: {
  month: string;
  timeZone: string;
  /** First day of the first plan; null when monitoring has not started. */
  start: LocalDate | null;
  today: LocalDate;
  data: DataDay[];
  time: LoggedTime[];
  messages: ThreadMessage[];
}): MonthRecord {
  const { month, timeZone, start, today, data } = input;
  const { first, last } = monthBounds(month);
  const periods: Period[] = [];
  if (start !== null && start <= last && first <= today) {
    let p = periodOf(start, start < first ? first : start);
    while (p && p.from <= last && p.from <= today) {
      const endsInMonth = p.to >= first && p.to <= last;
      const running = p.from <= today && p.to >= today;
      if (endsInMonth || running) periods.push(countPeriod(p, data, today));
      p = periodOf(start, addDays(p.to, 1));
    }
  }
  const timeEntries = input.time
    .map((t) => ({ ...t, date: localDate(timeZone, t.at) }))
    .filter((t) => monthOf(t.date) === month)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const minutes = timeEntries.reduce((sum, t) => sum + t.minutes, 0);
  const inMonth = input.messages
    .map((m) => ({ ...m, date: localDate(timeZone, m.at) }))
    .filter((m) => monthOf(m.date) === month);
  const unique = (dates: LocalDate[]) => [...new Set(dates)].sort();
  const patientWrote = unique(inMonth.filter((m) => m.author === "patient").map((m) => m.date));
  const careTeamWrote = unique(inMonth.filter((m) => m.author === "staff").map((m) => m.date));
  const calls = unique(timeEntries.filter((t) => t.kind === "call").map((t) => t.date));
  return {
    month,
    start,
    periods,
    minutes,
    minutesBand: minutesBand(minutes),
    timeEntries,
    contact: (patientWrote.length > 0 && careTeamWrote.length > 0) || calls.length > 0,
    contactEvidence: { patientWrote, careTeamWrote, calls },
  };
}
