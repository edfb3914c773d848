import "server-only";
import type { StaffActor } from "@/db/actor";
import type { Database } from "@/db/client";
import { firstEntryDate, listPatientEntries } from "@/db/queries/diary";
import { getPatient } from "@/db/queries/patients";
import { getPlan } from "@/db/queries/plans";
import { dayAdherence } from "@/lib/domain/adherence";
import { UNIT_STEP } from "@/lib/domain/graded-activity/units";
import { addDays, daysBetween } from "@/lib/domain/calendar";
import { careStartDate, rangeStartInCare } from "@/lib/domain/care-start";
import { localDate } from "@/lib/domain/local-time";
import { dailySeries } from "@/lib/domain/series";
import { rollingMean, weeklyAdherence, weeklyMeans } from "@/lib/domain/weekly";
import type { SeriesRange } from "@/lib/validation/series-range";

/** Beyond this many days the charts show weekly means (recharts is comfortable up to about 1,000 points). */
export const DAILY_LIMIT = 366;

const RANGE_DAYS: Record<Exclude<SeriesRange, "all">, number> = { "2w": 14, "4w": 28, "12w": 84 };

export type SeriesPoint = {
  date: string;
  painNow: number | null;
  painAverage: number | null;
  painRolling: number | null;
  sleep: number | null;
  stress: number | null;
  /** Plan revision that starts this day, for the tooltip. */
  revision: string | null;
} & Record<`done_${string}` | `quota_${string}`, number | null>;

export type PatientSeries = {
  range: SeriesRange;
  from: string;
  to: string;
  granularity: "day" | "week";
  activities: { key: string; name: string; unit: string }[];
  points: SeriesPoint[];
  revisions: { date: string; number: number; reason: string }[];
  weeks: ReturnType<typeof weeklyAdherence>;
};

/** Everything the clinician's charts show for one patient over a range, already shaped; null outside the clinic. */
export async function patientSeries(
  db: Database,
  actor: StaffActor,
  patientId: string,
  range: SeriesRange,
  now = new Date(),
): Promise<PatientSeries | null> {
  const patient = await getPatient(db, actor, patientId);
  if (!patient) return null;
  const to = localDate(patient.timeZone, now);
  const plan = await getPlan(db, actor, patientId);
  // Days before care began are not "not logged": every range starts no earlier than the start of care.
  const careStart = careStartDate({
    addedOn: localDate(patient.timeZone, patient.createdAt),
    firstPlanDay: plan?.revisions[0]?.effectiveFrom,
    firstEntryDay: await firstEntryDate(db, actor, patientId),
  });
  const start = rangeStartInCare(
    range === "all" ? careStart : addDays(to, -(RANGE_DAYS[range] - 1)),
    to,
    careStart,
  );
  const entries = await listPatientEntries(db, actor, patientId, start, to);
  const revisions = plan?.revisions ?? [];
  const activities = (revisions.at(-1)?.activities ?? []).map((a) => ({
    key: a.key,
    name: a.name,
    unit: a.unit,
  }));
  const rows = dailySeries(
    start,
    to,
    entries,
    revisions,
    activities.map((a) => a.key),
  );
  const byDate = new Map(entries.map((e) => [e.date, e]));
  const marks = revisions
    .filter((r) => r.effectiveFrom >= start && r.effectiveFrom <= to)
    .map((r) => ({ date: r.effectiveFrom, number: r.number, reason: r.reason }));
  const rolling = rollingMean(rows.map((r) => r.painAverage));

  const daily: SeriesPoint[] = rows.map((r, i) => {
    const e = byDate.get(r.date);
    const mark = marks.find((m) => m.date === r.date);
    const point: Record<string, number | string | null> = {
      date: r.date,
      painNow: r.painNow,
      painAverage: r.painAverage,
      painRolling: rolling[i] ?? null,
      sleep: e?.sleepQuality ?? null,
      stress: e?.stress ?? null,
      revision: mark ? `Revision ${mark.number}: ${mark.reason}` : null,
    };
    for (const a of activities) {
      point[`done_${a.key}`] = r.done[a.key] ?? null;
      point[`quota_${a.key}`] = r.quota[a.key] ?? null;
    }
    return point as SeriesPoint;
  });

  const weeks = weeklyAdherence(
    rows.map((r) => ({
      date: r.date,
      logged: r.painAverage !== null,
      adherence: dayAdherence(
        activities.flatMap((a) =>
          r.quota[a.key] != null && r.done[a.key] != null
            ? [{ done: r.done[a.key]!, quota: r.quota[a.key]!, unitStep: UNIT_STEP[a.unit] }]
            : [],
        ),
      ),
    })),
  );

  const long = daysBetween(start, to) + 1 > DAILY_LIMIT;
  const numericFields = Object.keys(daily[0] ?? {}).filter(
    (k) => k !== "date" && k !== "revision",
  ) as (keyof SeriesPoint)[];
  const points = long
    ? (weeklyMeans(daily, numericFields).map((w) => ({ ...w, revision: null })) as SeriesPoint[])
    : daily;
  return {
    range,
    from: start,
    to,
    granularity: long ? "week" : "day",
    activities,
    points,
    revisions: marks,
    weeks,
  };
}
