import { addDays, daysBetween, formatLocalDate, type LocalDate } from "../calendar";
import { revisionOn, type NumberedRevision } from "./plan-schedule";
import {
  baselineFromSessions,
  earliestGoalDate,
  GOAL_DATE_STEP_BACK_DAYS,
  goalDateSlope,
  MAX_PERCENT_STEP,
  quotaOn,
  startQuotaFor,
  startQuotaProblem,
  stepBackQuota,
} from "./quota";
import type { PlannedActivity, Progression } from "./types";
import { formatAmount, UNIT_LABEL, UNIT_STEP, type Unit } from "./units";

/** One activity of a revision as parsed from the editor (lib/validation/plan), before quotas are worked out. */
export type ParsedActivity = {
  key?: string;
  name: string;
  unit: Unit;
  baseline: number | null;
  startFraction: number;
  progression: Progression;
  goal: number;
  continueFromCurrent?: boolean;
  instructions?: string;
  videoUrl?: string | null;
};

export type BuildResult =
  { ok: true; activities: PlannedActivity[] } | { ok: false; errors: Record<string, string> };

/** The furthest ahead a revision may start, and a goal date may lie. */
export const MAX_LEAD_DAYS = 90;
export const MAX_PLAN_DAYS = 730;

export function slugify(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "activity"
  );
}

/**
 * Turns the editor's drafts into the activities of a new revision starting `effectiveFrom`, checking what
 * only makes sense with the plan's history: dates, goals against start quotas, and continuity of activities
 * already in the plan. An activity carried over unchanged keeps its schedule exactly.
 */
export function buildRevision(
  drafts: ParsedActivity[],
  effectiveFrom: LocalDate,
  today: LocalDate,
  existing: readonly NumberedRevision[],
): BuildResult {
  const errors: Record<string, string> = {};
  const latestStart = existing.reduce<LocalDate | null>(
    (m, r) => (m === null || r.effectiveFrom > m ? r.effectiveFrom : m),
    null,
  );
  const earliest = latestStart && latestStart > today ? latestStart : today;
  if (effectiveFrom < earliest) {
    errors.effectiveFrom =
      earliest === today
        ? "Choose today or a later date: past days keep the quotas they had."
        : `Choose ${formatLocalDate(earliest, "long")} or later, when the latest revision starts.`;
  } else if (daysBetween(today, effectiveFrom) > MAX_LEAD_DAYS) {
    errors.effectiveFrom = `Choose a date within ${MAX_LEAD_DAYS} days.`;
  }

  const prior = revisionOn(existing, effectiveFrom);
  // Activities carried over keep their keys (their diary history hangs on them); new ones get what is left.
  const carried = new Set(
    drafts.flatMap((d) => (d.key && prior?.activities.some((a) => a.key === d.key) ? [d.key] : [])),
  );
  const usedKeys = new Set<string>(carried);
  const names = new Set<string>();
  const activities = drafts.map((draft, i): PlannedActivity => {
    const at = (field: string) => `activities.${i}.${field}`;
    const lowerName = draft.name.toLowerCase();
    if (names.has(lowerName)) errors[at("name")] = "Two activities have this name.";
    names.add(lowerName);

    // A key sent twice (a tampered form) continues the activity only once; the other is treated as new.
    const previous =
      draft.key && carried.delete(draft.key) ? prior?.activities.find((a) => a.key === draft.key) : undefined;
    const key = previous ? previous.key : uniqueKey(slugify(draft.name), usedKeys);
    const activity = { ...planned(draft, previous, effectiveFrom), key };

    if (draft.baseline !== null && !activity.startQuota) {
      const problem = startQuotaProblem(draft.baseline, draft.startFraction, draft.unit);
      if (problem) errors[at(draft.startFraction >= 1 ? "startPercent" : "baseline")] = problem;
    }
    const step = UNIT_STEP[draft.unit];
    if (draft.goal % step !== 0)
      errors[at("goal")] = `Use a multiple of ${step} ${UNIT_LABEL[draft.unit].many}.`;
    else if (activity.startQuota !== null && draft.goal <= activity.startQuota) {
      errors[at("goal")] =
        `The goal must be above the start quota (${formatAmount(activity.startQuota, draft.unit)}).`;
    }
    if (draft.progression.kind === "goal_date") {
      const span = daysBetween(effectiveFrom, draft.progression.goalDate);
      if (span < 1) errors[at("progression.goalDate")] = "Choose a goal date after the revision starts.";
      else if (span > MAX_PLAN_DAYS)
        errors[at("progression.goalDate")] = "Choose a goal date within two years.";
      else if (activity.startQuota && activity.progressFrom && !carriedExactly(previous, activity)) {
        const problem = goalDateProblem(
          activity.startQuota,
          draft.goal,
          activity.progressFrom,
          draft.progression.goalDate,
        );
        if (problem) errors[at("progression.goalDate")] = problem;
      }
    }
    return activity;
  });

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, activities };
}

/**
 * A goal-date line may not rise faster than the fastest percentage step the editor allows; the message names
 * the earliest goal date that respects it.
 */
export function goalDateProblem(
  start: number,
  goal: number,
  from: LocalDate,
  goalDate: LocalDate,
): string | null {
  const earliest = earliestGoalDate(start, goal, from);
  if (goalDate >= earliest) return null;
  return `This rises more than ${MAX_PERCENT_STEP}% a day. Choose ${formatLocalDate(earliest, "long")} or later.`;
}

function planned(
  draft: ParsedActivity,
  previous: PlannedActivity | undefined,
  effectiveFrom: LocalDate,
): Omit<PlannedActivity, "key"> {
  const base = {
    name: draft.name,
    unit: draft.unit,
    baseline: draft.baseline,
    startFraction: draft.startFraction,
    progression: draft.progression,
    goal: draft.goal,
    ...(draft.instructions !== undefined ? { instructions: draft.instructions } : {}),
    ...(draft.videoUrl !== undefined ? { videoUrl: draft.videoUrl } : {}),
  };
  if (draft.baseline === null) return { ...base, startQuota: null, progressFrom: null };

  const continuing =
    draft.continueFromCurrent && previous && previous.unit === draft.unit && previous.startQuota !== null;
  if (continuing && sameSchedule(previous, draft)) {
    return { ...base, startQuota: previous.startQuota, progressFrom: previous.progressFrom };
  }
  if (continuing) {
    // An activity on hold stays on hold: the hold ends on its own date or by an explicit step (a restart
    // from baseline, a step back), never as a side effect of editing another field.
    const heldUntil =
      previous.progressFrom && previous.progressFrom > effectiveFrom ? previous.progressFrom : effectiveFrom;
    return { ...base, startQuota: quotaOn(previous, effectiveFrom), progressFrom: heldUntil };
  }
  const startQuota = startQuotaFor(draft.baseline, draft.startFraction, draft.unit);
  // A start that cannot be set is reported by buildRevision (startQuotaProblem); 0 marks it meanwhile.
  return { ...base, startQuota: startQuota ?? 0, progressFrom: effectiveFrom };
}

/** An activity carried into a new revision with its schedule untouched: it was checked when it was set. */
function carriedExactly(previous: PlannedActivity | undefined, a: PlannedActivity): boolean {
  return (
    previous !== undefined &&
    previous.startQuota === a.startQuota &&
    previous.progressFrom === a.progressFrom &&
    previous.goal === a.goal &&
    JSON.stringify(previous.progression) === JSON.stringify(a.progression)
  );
}

function sameSchedule(a: PlannedActivity, d: ParsedActivity): boolean {
  return a.goal === d.goal && JSON.stringify(a.progression) === JSON.stringify(d.progression);
}

function uniqueKey(wanted: string, used: Set<string>): string {
  let key = wanted;
  for (let n = 2; used.has(key); n++) key = `${wanted}-${n}`;
  used.add(key);
  return key;
}

/** Flare-up response: every quota stays at today's value for `days` days, then the schedules resume. */
export function holdActivities(current: PlannedActivity[], date: LocalDate, days: number): PlannedActivity[] {
  return current.map((a) =>
    a.startQuota === null
      ? a
      : {
          ...a,
          startQuota: quotaOn(a, date),
          progressFrom: addDays(date, days),
          progression: delayGoalDate(a.progression, days),
        },
  );
}

/** A goal-date line paused for some days reaches its goal that much later, not in a sudden jump. */
function delayGoalDate(p: PlannedActivity["progression"], days: number): PlannedActivity["progression"] {
  return p.kind === "goal_date" ? { ...p, goalDate: addDays(p.goalDate, days) } : p;
}

/**
 * Flare-up response: every quota goes one step below today's (stepBackQuota) and rises on schedule from
 * there. An activity on hold keeps its hold; a goal-date line keeps its slope, so its goal date moves by the
 * days it lost (a week's progress when it was rising, a week after today when it had reached its goal).
 */
export function stepBackActivities(current: PlannedActivity[], date: LocalDate): PlannedActivity[] {
  return current.map((a) => {
    if (a.startQuota === null || a.progressFrom === null) return a;
    const back = stepBackQuota(a, date)!;
    const progressFrom = a.progressFrom > date ? a.progressFrom : date;
    if (a.progression.kind !== "goal_date") return { ...a, startQuota: back, progressFrom };
    const slope = goalDateSlope(a);
    const days = slope > 0 ? Math.ceil((a.goal - back) / slope - 1e-9) : GOAL_DATE_STEP_BACK_DAYS;
    return {
      ...a,
      startQuota: back,
      progressFrom,
      progression: { kind: "goal_date", goalDate: addDays(progressFrom, Math.max(1, days)) },
    };
  });
}

export type ConfirmResult =
  | { ok: true; activities: PlannedActivity[] }
  | { ok: false; reason: "sessions" | "not_measuring" }
  | { ok: false; reason: "too_small"; message: string }
  | { ok: false; reason: "goal_date"; earliest: LocalDate; message: string };

/**
 * Ends the baseline of one activity with the mean of its first three to-tolerance sessions. A goal-date line
 * whose date has passed, or is too close for the rise the editor allows from the measured start, needs a new
 * goal date (`newGoalDate`) instead of jumping to the goal.
 */
export function confirmBaseline(
  current: PlannedActivity[],
  key: string,
  sessions: number[],
  date: LocalDate,
  newGoalDate?: LocalDate,
): ConfirmResult {
  const baseline = baselineFromSessions(sessions);
  const target = current.find((a) => a.key === key);
  if (!target || target.startQuota !== null) return { ok: false, reason: "not_measuring" };
  if (baseline === null) return { ok: false, reason: "sessions" };
  const startQuota = startQuotaFor(baseline, target.startFraction, target.unit);
  if (startQuota === null)
    return {
      ok: false,
      reason: "too_small",
      message: startQuotaProblem(baseline, target.startFraction, target.unit)!,
    };
  let progression = target.progression;
  if (progression.kind === "goal_date") {
    const earliest = earliestGoalDate(startQuota, target.goal, date);
    const goalDate = newGoalDate ?? progression.goalDate;
    if (goalDate < earliest || daysBetween(date, goalDate) > MAX_PLAN_DAYS)
      return {
        ok: false,
        reason: "goal_date",
        earliest,
        message: `${newGoalDate ? "That" : "The"} goal date is too soon for a start of ${formatAmount(startQuota, target.unit)}. Choose a new goal date, ${formatLocalDate(earliest, "long")} or later.`,
      };
    progression = { kind: "goal_date", goalDate };
  }
  return {
    ok: true,
    activities: current.map((a) =>
      a.key === key
        ? { ...a, baseline: Math.round(baseline * 100) / 100, startQuota, progressFrom: date, progression }
        : a,
    ),
  };
}
