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
  /** The quota from the revision's first day until `progressFrom`; null while in baseline. */
  startQuota: number | null;
  /**
   * The day the schedule starts counting steps from. A flare-up hold puts it N days ahead; an activity
   * carried unchanged into a new revision keeps its own, so its schedule continues exactly.
   */
  progressFrom: LocalDate | null;
  progression: Progression;
  goal: number;
};

/**
 * One activity of a plan template (stored as JSON in plan_templates): a share of the baseline to start from
 * and a progression whose goal date is given in weeks from the plan's start.
 */
export type TemplateActivity = {
  name: string;
  unit: Unit;
  startFraction: number;
  progression: Exclude<Progression, { kind: "goal_date" }> | { kind: "goal_date"; weeks: number };
  goal: number;
};

export type RevisionSchedule = {
  effectiveFrom: LocalDate;
  activities: PlannedActivity[];
};

export type QuotaDay = { date: LocalDate; quota: number | null };
