import { format, parse } from "date-fns";

/** A calendar date as "YYYY-MM-DD": a day in someone's life, with no time and no zone. */
export type LocalDate = string;

const MS_PER_DAY = 86_400_000;

// Dates are counted as whole days since 1970-01-01 with plain integer arithmetic: the engine and the charts do
// this tens of thousands of times per request, and a calendar date has no time zone to get wrong.
function dayNumber(date: LocalDate): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY
  );
}

function fromDayNumber(day: number): LocalDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isLocalDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && fromDayNumber(dayNumber(value)) === value;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Every date from `from` to `to`, both included. */
export function dateRange(from: LocalDate, to: LocalDate): LocalDate[] {
  const n = daysBetween(from, to);
  return Array.from({ length: Math.max(0, n + 1) }, (_, i) => addDays(from, i));
}

const parseLocal = (d: LocalDate) => parse(d, "yyyy-MM-dd", new Date(2000, 0, 1));

const DATE_STYLES = { short: "d MMM", medium: "EEE d MMM", long: "EEEE d MMMM yyyy" } as const;

export function formatLocalDate(date: LocalDate, style: keyof typeof DATE_STYLES = "short"): string {
  return format(parseLocal(date), DATE_STYLES[style]);
}
