import { dateRange, type LocalDate } from "./calendar";
import { planSeries, type NumberedRevision } from "./graded-activity/plan-schedule";

export type DayEntry = {
  date: LocalDate;
  painNow: number;
  painAverage: number;
  activities: { key: string; amount: number }[];
};

export type DailyRow = {
  date: LocalDate;
  painNow: number | null;
  painAverage: number | null;
  /** Amount done per activity key; null on days without an entry (a gap, not a zero). */
  done: Record<string, number | null>;
  quota: Record<string, number | null>;
};

/**
 * One row per calendar day from `from` to `to`, in date order, whether or not the patient logged it: missing
 * days carry nulls so charts show them as gaps.
 */
export function dailySeries(
  from: LocalDate,
  to: LocalDate,
  entries: DayEntry[],
  revisions: readonly NumberedRevision[],
  keys: string[],
): DailyRow[] {
  const byDate = new Map(entries.map((e) => [e.date, e]));
  const quotas = Object.fromEntries(
    keys.map((k) => [k, new Map(planSeries(revisions, k, from, to).map((p) => [p.date, p.quota]))]),
  );
  return dateRange(from, to).map((date) => {
    const e = byDate.get(date);
    return {
      date,
      painNow: e?.painNow ?? null,
      painAverage: e?.painAverage ?? null,
      done: Object.fromEntries(
        keys.map((k) => [k, e ? (e.activities.find((a) => a.key === k)?.amount ?? 0) : null]),
      ),
      quota: Object.fromEntries(keys.map((k) => [k, quotas[k]!.get(date) ?? null])),
    };
  });
}

/** Mean of the non-null values, or null when there are none. */
export function meanOf(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
}
