import { startOfISOWeek, format, parse } from "date-fns";
import type { Adherence } from "./adherence";
import type { LocalDate } from "./calendar";
import { meanOf } from "./series";

/** The Monday of the week a date falls in. */
export function weekStart(date: LocalDate): LocalDate {
  return format(startOfISOWeek(parse(date, "yyyy-MM-dd", new Date(2000, 0, 1))), "yyyy-MM-dd");
}

export type WeekAdherence = {
  week: LocalDate;
  onTarget: number;
  over: number;
  overshoot: number;
  under: number;
  notLogged: number;
};

/** Per week: how many days were on target, over, overshoot, under, or not logged (within the range). */
export function weeklyAdherence(
  days: { date: LocalDate; adherence: Adherence | null; logged: boolean }[],
): WeekAdherence[] {
  const weeks = new Map<LocalDate, WeekAdherence>();
  for (const d of days) {
    const key = weekStart(d.date);
    const w = weeks.get(key) ?? { week: key, onTarget: 0, over: 0, overshoot: 0, under: 0, notLogged: 0 };
    if (!d.logged) w.notLogged += 1;
    else if (d.adherence === "on_target") w.onTarget += 1;
    else if (d.adherence === "over") w.over += 1;
    else if (d.adherence === "overshoot") w.overshoot += 1;
    else if (d.adherence === "under") w.under += 1;
    weeks.set(key, w);
  }
  return [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week));
}

/** Mean of each numeric field per week, for ranges too long to chart day by day. */
export function weeklyMeans<T extends { date: LocalDate }>(
  rows: T[],
  fields: (keyof T)[],
): (Partial<Record<keyof T, number | null>> & { date: LocalDate })[] {
  const groups = new Map<LocalDate, T[]>();
  for (const r of rows) groups.set(weekStart(r.date), [...(groups.get(weekStart(r.date)) ?? []), r]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([date, group]) =>
        ({
          date,
          ...Object.fromEntries(
            fields.map((f) => [f, meanOf(group.map((g) => (g[f] as number | null) ?? null))]),
          ),
        }) as Partial<Record<keyof T, number | null>> & { date: LocalDate },
    );
}

/** Trailing mean over `window` days (gaps ignored); null until at least one value is in the window. */
export function rollingMean(values: (number | null)[], window = 7): (number | null)[] {
  return values.map((_, i) => {
    const m = meanOf(values.slice(Math.max(0, i - window + 1), i + 1));
    return m === null ? null : Math.round(m * 10) / 10;
  });
}
