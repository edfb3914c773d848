import { addDays, daysBetween, formatLocalDate, type LocalDate } from "../calendar";
import { revisionOn, type NumberedRevision } from "./plan-schedule";
import { baselineFromSessions, previousLevel, quotaOn, startQuotaFor } from "./quota";
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
    }
    return activity;
  });

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, activities };
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
  };
  if (draft.baseline === null) return { ...base, startQuota: null, progressFrom: null };

  const continuing =
    draft.continueFromCurrent && previous && previous.unit === draft.unit && previous.startQuota !== null;
  if (continuing && sameSchedule(previous, draft)) {
    return { ...base, startQuota: previous.startQuota, progressFrom: previous.progressFrom };
  }
  if (continuing) {
    return { ...base, startQuota: quotaOn(previous, effectiveFrom), progressFrom: effectiveFrom };
  }
  return {
    ...base,
    startQuota: startQuotaFor(draft.baseline, draft.startFraction, draft.unit),
    progressFrom: effectiveFrom,
  };
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

/** How far a goal-date activity steps back: the progress of this many days. */
export const GOAL_DATE_STEP_BACK_DAYS = 7;

/** Flare-up response: every quota goes back to its previous level and rises on schedule from there. */
export function stepBackActivities(current: PlannedActivity[], date: LocalDate): PlannedActivity[] {
  return current.map((a) => {
    if (a.startQuota === null) return a;
    if (a.progression.kind !== "goal_date")
      return { ...a, startQuota: previousLevel(a, date), progressFrom: date };
    // A straight line has no steps: go back a week's progress and reach the goal a week later.
    const weekAgo = addDays(date, -GOAL_DATE_STEP_BACK_DAYS);
    const back = a.progressFrom && weekAgo >= a.progressFrom ? quotaOn(a, weekAgo)! : a.startQuota;
    return {
      ...a,
      startQuota: Math.min(back, quotaOn(a, date)!),
      progressFrom: date,
      progression: delayGoalDate(a.progression, GOAL_DATE_STEP_BACK_DAYS),
    };
  });
}

/**
 * Ends the baseline of one activity with the mean of its first three to-tolerance sessions, or null when
 * fewer than three are logged.
 */
export function confirmBaseline(
  current: PlannedActivity[],
  key: string,
  sessions: number[],
  date: LocalDate,
): PlannedActivity[] | null {
  const baseline = baselineFromSessions(sessions);
  const target = current.find((a) => a.key === key);
  if (baseline === null || !target || target.startQuota !== null) return null;
  return current.map((a) =>
    a.key === key
      ? {
          ...a,
          baseline: Math.round(baseline * 100) / 100,
          startQuota: startQuotaFor(baseline, a.startFraction, a.unit),
          progressFrom: date,
        }
      : a,
  );
}
