import { daysBetween, type LocalDate } from "../calendar";
import type { ScorePoint } from "./measures";

/**
 * Pain NRS as an outcome: the mean of the daily average pain per week, counted from the first diary day,
 * so a single bad day does not read as a change that matters. Each week is dated by its last logged day.
 */
export function weeklyPainScores(days: { date: LocalDate; painAverage: number | null }[]): ScorePoint[] {
  const logged = days.filter((d): d is { date: LocalDate; painAverage: number } => d.painAverage !== null);
  if (logged.length === 0) return [];
  const start = logged.reduce((min, d) => (d.date < min ? d.date : min), logged[0]!.date);
  const weeks = new Map<number, { date: LocalDate; values: number[] }>();
  for (const d of logged) {
    const week = Math.floor(daysBetween(start, d.date) / 7);
    const bucket = weeks.get(week) ?? { date: d.date, values: [] };
    bucket.values.push(d.painAverage);
    if (d.date > bucket.date) bucket.date = d.date;
    weeks.set(week, bucket);
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, { date, values }]) => ({
      date,
      score: Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100,
    }));
}
