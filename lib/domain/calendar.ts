import { addDays as addDaysToDate, differenceInCalendarDays, format, isValid, parse } from "date-fns";

/** A calendar date as "YYYY-MM-DD": a day in someone's life, with no time and no zone. */
export type LocalDate = string;

const parseLocal = (d: LocalDate) => parse(d, "yyyy-MM-dd", new Date(2000, 0, 1));

export function isLocalDate(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    isValid(parseLocal(value)) &&
    format(parseLocal(value), "yyyy-MM-dd") === value
  );
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return format(addDaysToDate(parseLocal(date), days), "yyyy-MM-dd");
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return differenceInCalendarDays(parseLocal(to), parseLocal(from));
}

/** Every date from `from` to `to`, both included. */
export function dateRange(from: LocalDate, to: LocalDate): LocalDate[] {
  const n = daysBetween(from, to);
  return Array.from({ length: Math.max(0, n + 1) }, (_, i) => addDays(from, i));
}

const DATE_STYLES = { short: "d MMM", medium: "EEE d MMM", long: "EEEE d MMMM yyyy" } as const;

export function formatLocalDate(date: LocalDate, style: keyof typeof DATE_STYLES = "short"): string {
  return format(parseLocal(date), DATE_STYLES[style]);
}
