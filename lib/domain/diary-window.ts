import { addDays, daysBetween, type LocalDate } from "./calendar";

/** Entries of the last 7 days can be changed; older ones are part of the record and read-only. */
export const EDIT_WINDOW_DAYS = 7;

export function diaryDateProblem(date: LocalDate, today: LocalDate): "future" | "too_old" | null {
  const age = daysBetween(date, today);
  if (age < 0) return "future";
  if (age > EDIT_WINDOW_DAYS) return "too_old";
  return null;
}

/** The days a patient can still log or edit, newest first. */
export function editableDates(today: LocalDate): LocalDate[] {
  return Array.from({ length: EDIT_WINDOW_DAYS + 1 }, (_, i) => addDays(today, -i));
}
