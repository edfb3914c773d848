import "server-only";
import type { StaffActor } from "@/db/actor";
import type { Database } from "@/db/client";
import { firstEntryDate, listPatientEntries, type DiaryEntry } from "@/db/queries/diary";
import { getPatient } from "@/db/queries/patients";
import { getPlan, type StoredPlan } from "@/db/queries/plans";
import { dayAdherence } from "@/lib/domain/adherence";
import { UNIT_STEP } from "@/lib/domain/graded-activity/units";
import { addDays, daysBetween } from "@/lib/domain/calendar";
import { careStartDate, rangeStartInCare } from "@/lib/domain/care-start";
import { localDate } from "@/lib/domain/local-time";
import { dailySeries } from "@/lib/domain/series";
import { episodeWindow, patientEpisodes } from "@/lib/episodes/episode-window";
import { rollingMean, weeklyAdherence, weeklyMeans } from "@/lib/domain/weekly";
import type { SeriesRange } from "@/lib/validation/series-range";

/** Beyond this many days the charts show weekly means (recharts is comfortable up to about 1,000 points). */
export const DAILY_LIMIT = 366;

const RANGE_DAYS: Record<Exclude<SeriesRange, "all">, number> = { "2w": 14, "4w": 28, "12w": 84 };

/** One day (or week) of the pain, sleep and stress charts. */
export type SeriesPoint = {
  date: string;
  painNow: number | null;
  painAverage: number | null;
  painRolling: number | null;
  sleep: number | null;
  stress: number | null;
  /** Plan revision that starts this day, for the tooltip. */
  revision: string | null;
};

/** One day (or week) of an activity's chart: what was done against the quota. */
export type ActivityPoint = {
  date: string;
  done: number | null;
  quota: number | null;
  revision: string | null;
};

export type ActivitySeries = { key: string; name: string; unit: string; points: ActivityPoint[] };

export type PatientSeries = {
  range: SeriesRange;
  from: string;
  to: string;
  granularity: "day" | "week";
  activities: ActivitySeries[];
  points: SeriesPoint[];
  revisions: { date: string; number: number; reason: string }[];
  weeks: ReturnType<typeof weeklyAdherence>;
};

/** What the series are shaped from: the patient's record, loaded once by the caller. */
export type SeriesSource = {
  patient: { timeZone: string; createdAt: Date };
  plan: StoredPlan | null;
  firstEntryDay: string | null;
  /** An episode of care to stay within (its first and last day; an open episode has no last day). */
  episode?: { from: string; to: string | null } | null;
};

/** The days a range covers for this patient: never before the start of care, ending on their local today. */
export function seriesWindow(source: SeriesSource, range: SeriesRange, now = new Date()) {
  const today = localDate(source.patient.timeZone, now);
  const { episode } = source;
  // An earlier episode's ranges end on its last day (and reach back from there).
  const to = episode?.to && episode.to < today ? episode.to : today;
  // Days before care began are not "not logged": every range starts no earlier than the start of care,
  // nor, for one episode, before the episode began.
  const started = careStartDate({
    addedOn: localDate(source.patient.timeZone, source.patient.createdAt),
    firstPlanDay: source.plan?.revisions[0]?.effectiveFrom,
    firstEntryDay: source.firstEntryDay,
  });
  const careStart = episode && episode.from > started ? episode.from : started;
  const from = rangeStartInCare(
    range === "all" ? careStart : addDays(to, -(RANGE_DAYS[range] - 1)),
    to,
    careStart,
  );
  return { from, to };
}

/**
 * Everything the clinician's charts show over a range, shaped from entries already loaded (any entries
 * outside the window are ignored). Pure: no database.
 */
export function shapeSeries(
  source: SeriesSource,
  range: SeriesRange,
  entries: readonly DiaryEntry[],
  now = new Date(),
): PatientSeries {
  const { from: start, to } = seriesWindow(source, range, now);
  const inRange = entries.filter((e) => e.date >= start && e.date <= to);
  const revisions = source.plan?.revisions ?? [];
  const activities = (revisions.at(-1)?.activities ?? []).map((a) => ({
    key: a.key,
    name: a.name,
    unit: a.unit,
  }));
  const rows = dailySeries(
    start,
    to,
    inRange,
    revisions,
    activities.map((a) => a.key),
  );
  const byDate = new Map(inRange.map((e) => [e.date, e]));
  const marks = revisions
    .filter((r) => r.effectiveFrom >= start && r.effectiveFrom <= to)
    .map((r) => ({ date: r.effectiveFrom, number: r.number, reason: r.reason }));
  const rolling = rollingMean(rows.map((r) => r.painAverage));
  const revisionOn = (date: string) => {
    const mark = marks.find((m) => m.date === date);
    return mark ? `Revision ${mark.number}: ${mark.reason}` : null;
  };

  const daily: SeriesPoint[] = rows.map((r, i) => {
    const e = byDate.get(r.date);
    return {
      date: r.date,
      painNow: r.painNow,
      painAverage: r.painAverage,
      painRolling: rolling[i] ?? null,
      sleep: e?.sleepQuality ?? null,
      stress: e?.stress ?? null,
      revision: revisionOn(r.date),
    };
  });
  const dailyActivities: ActivitySeries[] = activities.map((a) => ({
    ...a,
    points: rows.map((r) => ({
      date: r.date,
      done: r.done[a.key] ?? null,
      quota: r.quota[a.key] ?? null,
      revision: revisionOn(r.date),
    })),
  }));

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
  const weekly = <T extends { date: string; revision: string | null }>(list: T[], fields: (keyof T)[]) =>
    weeklyMeans(list, fields).map((w) => ({ ...w, revision: null })) as unknown as T[];
  return {
    range,
    from: start,
    to,
    granularity: long ? "week" : "day",
    activities: long
      ? dailyActivities.map((a) => ({ ...a, points: weekly(a.points, ["done", "quota"]) }))
      : dailyActivities,
    points: long ? weekly(daily, ["painNow", "painAverage", "painRolling", "sleep", "stress"]) : daily,
    revisions: marks,
    weeks,
  };
}

/**
 * The charts of one range for a clinician of the patient's clinic (the series endpoint), within one episode
 * of care when `episodeNumber` is given; null outside the clinic or for an episode the patient does not have.
 */
export async function patientSeries(
  db: Database,
  actor: StaffActor,
  patientId: string,
  range: SeriesRange,
  now = new Date(),
  episodeNumber?: number,
): Promise<PatientSeries | null> {
  const [patient, plan, firstEntryDay] = await Promise.all([
    getPatient(db, actor, patientId),
    getPlan(db, actor, patientId),
    firstEntryDate(db, actor, patientId),
  ]);
  if (!patient) return null;
  let episode: SeriesSource["episode"] = null;
  if (episodeNumber !== undefined) {
    episode = episodeWindow(await patientEpisodes(db, actor, patient), episodeNumber);
    if (!episode) return null;
  }
  const source = { patient, plan, firstEntryDay, episode };
  const { from, to } = seriesWindow(source, range, now);
  const entries = await listPatientEntries(db, actor, patientId, from, to);
  return shapeSeries(source, range, entries, now);
}
