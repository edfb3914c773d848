import { addDays, daysBetween, type LocalDate } from "./calendar";
import {
  returnToWork,
  SUSTAINED_RETURN_DAYS,
  WORK_TARGET_LEVEL,
  workLevel,
  type WorkReport,
} from "./outcomes/work-status";

/**
 * Progress toward a SMART goal, from data the app already holds. A goal names what it is measured by:
 * a plan activity (the best day of the last week against the target amount), average pain (the last
 * week's mean, lower is better) or the PSFS mean (the latest score).
 */
export type GoalMeasure = "activity" | "pain" | "psfs" | "work";

export type GoalInput = {
  measure: GoalMeasure;
  target: number;
  targetDate: LocalDate;
  createdOn: LocalDate;
};

export type GoalData = {
  today: LocalDate;
  /** For an activity goal: the amounts logged for its activity, by day. */
  activityDays: { date: LocalDate; amount: number }[];
  painDays: { date: LocalDate; painAverage: number | null }[];
  psfsScores: { date: LocalDate; score: number }[];
  /** The weekly work-status answers, for a return-to-work goal. */
  workReports?: WorkReport[];
};

export type GoalProgress = {
  /** Where the patient is now, in the goal's own unit; null before there is data. */
  current: number | null;
  /** Where they started, for the progress bar (null when unknown). */
  start: number | null;
  /** 0-1 of the way from start to target; null when the start is unknown (no bar is drawn). */
  fraction: number | null;
  met: boolean;
  daysLeft: number;
};

/** Pain goals are met at or below their target ("pain 3 or lower"); activity and PSFS goals at or above. */
export const lowerIsBetter = (measure: GoalMeasure) => measure === "pain";

const LOOKBACK_DAYS = 7;

const inLastWeek = (today: LocalDate, date: LocalDate) =>
  date > addDays(today, -LOOKBACK_DAYS) && date <= today;
const mean = (values: number[]) =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

function currentAndStart(goal: GoalInput, data: GoalData): { current: number | null; start: number | null } {
  if (goal.measure === "activity") {
    const recent = data.activityDays.filter((d) => inLastWeek(data.today, d.date)).map((d) => d.amount);
    const early = data.activityDays.filter((d) => inLastWeek(addDays(goal.createdOn, 6), d.date));
    return {
      current: recent.length ? Math.max(...recent) : null,
      // No data in the goal's first week: the start is unknown, not 0 (a 0 would fake progress).
      start: early.length ? Math.max(...early.map((d) => d.amount)) : null,
    };
  }
  if (goal.measure === "pain") {
    const values = (from: LocalDate) =>
      data.painDays
        .filter((d) => inLastWeek(from, d.date) && d.painAverage !== null)
        .map((d) => d.painAverage as number);
    return { current: mean(values(data.today)), start: mean(values(goal.createdOn)) };
  }
  const sorted = [...data.psfsScores].sort((a, b) => (a.date < b.date ? -1 : 1));
  return { current: sorted.at(-1)?.score ?? null, start: sorted[0]?.score ?? null };
}

/**
 * A return-to-work goal: target 2 = full hours, 1 = an agreed reduced schedule (WORK_TARGET_LEVEL). Met by the
 * trials' definition in returnToWork (every weekly report at or above the level for 28 days); the bar fills
 * over those 28 days from the return-to-work date. Current and start are levels: 0 off sick or not working,
 * 1 reduced, 2 full hours.
 */
function workGoalProgress(goal: GoalInput, data: GoalData): GoalProgress {
  const reports = data.workReports ?? [];
  const target = goal.target >= WORK_TARGET_LEVEL.full_hours ? "full_hours" : "reduced_hours";
  const rtw = returnToWork(reports, target, data.today);
  const first = [...reports].sort((a, b) => (a.date < b.date ? -1 : 1))[0];
  return {
    current: rtw.current === null ? null : workLevel(rtw.current),
    start: first ? workLevel(first.status) : null,
    fraction: rtw.sustained
      ? 1
      : rtw.returnedOn === null
        ? reports.length === 0
          ? null
          : 0
        : daysBetween(rtw.returnedOn, data.today) / SUSTAINED_RETURN_DAYS,
    met: rtw.sustained,
    daysLeft: daysBetween(data.today, goal.targetDate),
  };
}

export function goalProgress(goal: GoalInput, data: GoalData): GoalProgress {
  if (goal.measure === "work") return workGoalProgress(goal, data);
  const { current, start } = currentAndStart(goal, data);
  const met =
    current !== null && (lowerIsBetter(goal.measure) ? current <= goal.target : current >= goal.target);
  // Progress is only a fraction of the way when both ends are known; met is met whatever the start.
  let fraction: number | null = met ? 1 : start === null ? null : 0;
  if (!met && current !== null && start !== null && start !== goal.target) {
    fraction = Math.min(1, Math.max(0, (current - start) / (goal.target - start)));
  }
  return {
    current: current === null ? null : Math.round(current * 10) / 10,
    start: start === null ? null : Math.round(start * 10) / 10,
    fraction,
    met,
    daysLeft: daysBetween(data.today, goal.targetDate),
  };
}
