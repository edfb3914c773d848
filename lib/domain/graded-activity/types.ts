import type { LocalDate } from "../calendar";
import type { Unit } from "./units";

/**
 * How a quota rises. Always on schedule (time-contingent), never on how the patient felt that day.
 * - fixed: +`step` units every `everyDays` days
 * - percent: +`percent`% every `everyDays` days, compounding
 * - goal_date: a straight line from the start quota to the goal, reached on `goalDate`
 */
export type Progression =
  | { kind: "fixed"; step: number; everyDays: number }
  | { kind: "percent"; percent: number; everyDays: number }
  | { kind: "goal_date"; goalDate: LocalDate };

export type PlannedActivity = {
  /** Stable across revisions, so diary logs and quotas of different revisions line up. */
  key: string;
  name: string;
  unit: Unit;
  /** Mean of the to-tolerance sessions; null while the baseline is still being measured. */
  baseline: number | null;
  startFraction: number;
  /** The quota on the revision's first day; null while in baseline. */
  startQuota: number | null;
  progression: Progression;
  goal: number;
};

export type RevisionSchedule = {
  effectiveFrom: LocalDate;
  /** Days from effectiveFrom during which every quota stays at its start value (flare-up hold). */
  holdDays: number;
  activities: PlannedActivity[];
};

export type QuotaDay = { date: LocalDate; quota: number | null };
