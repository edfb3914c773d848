import { addDays, dateRange, daysBetween, type LocalDate } from "../calendar";
import type { PlannedActivity, QuotaDay } from "./types";
import { formatAmount, roundToUnit, UNIT_LABEL, UNIT_STEP, type Unit } from "./units";

export const DEFAULT_START_FRACTION = 0.7;
export const BASELINE_SESSIONS = 3;

/**
 * The highest start the editor allows. Graded activity starts below what the patient tolerates: Lambeek et
 * al. (BMJ 2010;340:c1035) and Steenstra et al. (BMC Public Health 2007;7:254) start at 70% of baseline, the
 * operant quota system (Fordyce 1976; Vlaeyen & Linton 2000) at 70-80%. 90% leaves room for judgement; a
 * start at 100% of tolerance is not a graded start and is refused.
 */
export const MIN_START_FRACTION = 0.5;
export const MAX_START_FRACTION = 0.9;

/**
 * The largest step the editor allows for a percentage progression, and its shortest interval: together the
 * fastest rise a plan may have, 25% a day. Fordyce's operant quota system raises quotas 5-10% a session
 * (Fordyce 1976, as used by Lindström et al., Phys Ther 1992;72:279); 25% is the editor's ceiling for
 * clinician judgement. A goal-date line may not rise faster than this either (see earliestGoalDate).
 */
export const MAX_PERCENT_STEP = 25;
export const MIN_STEP_INTERVAL_DAYS = 1;

/** Baseline = mean of the first three to-tolerance sessions; null until there are three. */
export function baselineFromSessions(amounts: number[]): number | null {
  if (amounts.length < BASELINE_SESSIONS) return null;
  const first = amounts.slice(0, BASELINE_SESSIONS);
  return first.reduce((a, b) => a + b, 0) / BASELINE_SESSIONS;
}

/** Rounds down to the unit's step: a quota rounded up could start above the fraction of baseline. */
export function floorToUnit(value: number, unit: Unit): number {
  const step = UNIT_STEP[unit];
  // The small epsilon keeps 14 from becoming 13 after floating-point drift (20 * 0.7 = 13.999…).
  return Math.floor(value / step + 1e-9) * step;
}

/**
 * Start quota: the fraction of baseline rounded DOWN to the unit's step, so the start never exceeds the
 * fraction (Steenstra 2007: "70% of baseline"). Null when that is below one unit step (a baseline of one
 * repetition, or 50 steps) or the fraction is not below 1: the plan cannot start below tolerance then,
 * and startQuotaProblem says why.
 */
export function startQuotaFor(baseline: number, startFraction: number, unit: Unit): number | null {
  if (startFraction >= 1 || startFraction <= 0) return null;
  const start = floorToUnit(baseline * startFraction, unit);
  return start >= UNIT_STEP[unit] ? start : null;
}

/** Why no start quota can be set from this baseline, for the editor; null when it can. */
export function startQuotaProblem(baseline: number, startFraction: number, unit: Unit): string | null {
  if (startFraction >= 1)
    return "Start below the baseline: graded activity starts under what the patient tolerates.";
  if (startQuotaFor(baseline, startFraction, unit) !== null) return null;
  const step = UNIT_STEP[unit];
  const smallest = Math.ceil((step / startFraction) * 100) / 100;
  return `A baseline this small gives a start under ${formatAmount(step, unit)}. Use a baseline of at least ${smallest.toLocaleString("en-GB")} ${UNIT_LABEL[unit].many}, or a smaller unit.`;
}

/**
 * The earliest goal date a straight line from `start` to `goal` may have: its daily rise may not exceed
 * MAX_PERCENT_STEP% of the start quota, the fastest a percentage progression can rise on its first day.
 */
export function earliestGoalDate(start: number, goal: number, from: LocalDate): LocalDate {
  if (goal <= start) return addDays(from, 1);
  const maxDailyRise = (start * MAX_PERCENT_STEP) / 100 / MIN_STEP_INTERVAL_DAYS;
  return addDays(from, Math.max(1, Math.ceil((goal - start) / maxDailyRise - 1e-9)));
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

/** How far a goal-date line steps back: the rise of this many days of its line. */
export const GOAL_DATE_STEP_BACK_DAYS = 7;

/** A goal-date line's rise per day (its slope), from its start quota to its goal. */
export function goalDateSlope(activity: PlannedActivity): number {
  const p = activity.progression;
  if (p.kind !== "goal_date" || activity.startQuota === null || activity.progressFrom === null) return 0;
  const span = Math.max(1, daysBetween(activity.progressFrom, p.goalDate));
  return (activity.goal - Math.min(activity.startQuota, activity.goal)) / span;
}

/**
 * Step back after a flare-up: the quota one step below today's, for every kind of progression and every
 * state (rising, at the goal, on hold). The step is the previous distinct level the schedule had, or, where
 * there is none (on hold, or still at the start), one step of the progression itself: the fixed step, the
 * percentage, or a week of a goal-date line's rise. It is always at least one unit step lower, never below
 * one unit step. (Flare-up management by lowering the quota and rising again on schedule: Lambeek et al.
 * BMJ 2010;340:c1035, graded activity protocol; Vlaeyen & Linton 2000.)
 */
export function stepBackQuota(activity: PlannedActivity, date: LocalDate): number | null {
  const current = quotaOn(activity, date);
  if (current === null || activity.progressFrom === null) return current;
  const unitStep = UNIT_STEP[activity.unit];
  let back: number | null = null;
  // A goal-date line has no levels (it rises a little every day): it steps back a week of its rise.
  const stepped = activity.progression.kind !== "goal_date";
  for (let n = daysBetween(activity.progressFrom, date) - 1; stepped && n >= 0 && back === null; n--) {
    const q = quotaOn(activity, addDays(activity.progressFrom, n));
    if (q !== null && q < current) back = q;
  }
  if (back === null) {
    const p = activity.progression;
    back =
      p.kind === "fixed"
        ? current - p.step
        : p.kind === "percent"
          ? current / (1 + p.percent / 100)
          : current - goalDateSlope(activity) * GOAL_DATE_STEP_BACK_DAYS;
  }
  const lowered = Math.min(floorToUnit(back, activity.unit), current - unitStep);
  return Math.max(unitStep, lowered);
}
