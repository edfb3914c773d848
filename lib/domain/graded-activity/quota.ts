import { addDays, dateRange, daysBetween, type LocalDate } from "../calendar";
import type { PlannedActivity, QuotaDay } from "./types";
import { roundToUnit, UNIT_STEP, type Unit } from "./units";

export const DEFAULT_START_FRACTION = 0.7;
export const BASELINE_SESSIONS = 3;

/** Baseline = mean of the first three to-tolerance sessions; null until there are three. */
export function baselineFromSessions(amounts: number[]): number | null {
  if (amounts.length < BASELINE_SESSIONS) return null;
  const first = amounts.slice(0, BASELINE_SESSIONS);
  return first.reduce((a, b) => a + b, 0) / BASELINE_SESSIONS;
}

/** Start quota: a fraction of baseline (70-80%), rounded to the unit, never below one unit step. */
export function startQuotaFor(baseline: number, startFraction: number, unit: Unit): number {
  return Math.max(UNIT_STEP[unit], roundToUnit(baseline * startFraction, unit));
}

/**
 * The activity's quota on `date` (a date its revision governs). Null while in baseline. The value rises on
 * schedule, is capped at the goal and rounded to the unit; it never falls within a revision.
 */
export function quotaOn(activity: PlannedActivity, date: LocalDate): number | null {
  if (activity.startQuota === null || activity.progressFrom === null) return null;
  const start = Math.min(activity.startQuota, activity.goal);
  const progressFrom = activity.progressFrom;
  const elapsed = daysBetween(progressFrom, date);
  if (elapsed <= 0) return start;
  const raw = rawQuota(activity, start, progressFrom, elapsed);
  return Math.max(start, Math.min(roundToUnit(raw, activity.unit), activity.goal));
}

function rawQuota(
  activity: PlannedActivity,
  start: number,
  progressFrom: LocalDate,
  elapsed: number,
): number {
  const p = activity.progression;
  switch (p.kind) {
    case "fixed":
      return start + p.step * Math.floor(elapsed / p.everyDays);
    case "percent":
      return start * (1 + p.percent / 100) ** Math.floor(elapsed / p.everyDays);
    case "goal_date": {
      const span = daysBetween(progressFrom, p.goalDate);
      if (span <= 0) return activity.goal;
      return start + ((activity.goal - start) * Math.min(elapsed, span)) / span;
    }
  }
}

/** Each day's quota for one activity, from `from` to `to`. */
export function activitySchedule(activity: PlannedActivity, from: LocalDate, to: LocalDate): QuotaDay[] {
  return dateRange(from, to).map((date) => ({ date, quota: quotaOn(activity, date) }));
}

/** The first date on which the quota reaches the goal, searching up to `horizonDays`; null if not reached. */
export function goalReachedOn(activity: PlannedActivity, horizonDays = 730): LocalDate | null {
  const from = activity.progressFrom;
  if (activity.startQuota === null || from === null) return null;
  let lo = 0;
  let hi = horizonDays;
  const at = (n: number) => quotaOn(activity, addDays(from, n)) ?? 0;
  if (at(hi) < activity.goal) return null;
  // Quotas never fall, so the first day at the goal can be found by bisection.
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (at(mid) >= activity.goal) hi = mid;
    else lo = mid + 1;
  }
  return addDays(from, lo);
}

/**
 * One step back from the quota on `date`: the previous distinct level of the activity's schedule. Used when
 * the physiotherapist steps back after a flare-up.
 */
export function previousLevel(activity: PlannedActivity, date: LocalDate): number | null {
  const current = quotaOn(activity, date);
  if (current === null || activity.progressFrom === null) return current;
  for (let n = daysBetween(activity.progressFrom, date) - 1; n >= 0; n--) {
    const q = quotaOn(activity, addDays(activity.progressFrom, n));
    if (q !== null && q < current) return q;
  }
  // Still at the schedule's start: go back one step of the progression itself.
  const p = activity.progression;
  const back =
    p.kind === "fixed" ? current - p.step : p.kind === "percent" ? current / (1 + p.percent / 100) : current;
  return Math.max(UNIT_STEP[activity.unit], roundToUnit(back, activity.unit));
}
