import { addDays, daysBetween, type LocalDate } from "../calendar";

/**
 * Work status, the primary outcome of the graded-activity trials (Steenstra et al., Occup Environ Med
 * 2006;63:718-725; Lambeek et al., BMJ 2010;340:c1035). Asked at intake and then weekly in the portal.
 */
export const WORK_STATUSES = ["full_hours", "reduced_hours", "off_sick", "not_employed"] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

export const WORK_STATUS_LABEL: Record<WorkStatus, string> = {
  full_hours: "Working full hours",
  reduced_hours: "Working reduced hours",
  off_sick: "Off sick",
  not_employed: "Not employed / not applicable",
};

/** One weekly answer. `daysOffSick` counts the last 7 days; null when the patient is not employed. */
export type WorkAnswers = { status: WorkStatus; daysOffSick: number | null };

export const WORK_INTERVAL_DAYS = 7;

/**
 * The number stored as the response's score: days off sick in the last 7 days (0 when not employed, where
 * the answers hold null). Off sick means at least one day; working full hours can still include a day off.
 */
export function scoreWork(a: WorkAnswers): number {
  if (a.status === "not_employed") {
    if (a.daysOffSick !== null) throw new RangeError("No sick days when not employed");
    return 0;
  }
  const d = a.daysOffSick;
  if (d === null || !Number.isInteger(d) || d < 0 || d > 7) throw new RangeError(`Not 0-7 days: ${d}`);
  if (a.status === "off_sick" && d === 0) throw new RangeError("Off sick needs at least one day off");
  return d;
}

/**
 * Return to work as a goal. The clinician agrees whether the goal is full hours or an agreed reduced
 * schedule (a graded return is common). Following the trials' definition of return to work (Lambeek 2010:
 * full return "for at least four weeks without recurrence"; Steenstra 2006 likewise), the goal is met when
 * every weekly report for 28 days has been at or above the agreed level, and the return-to-work date is
 * the first report of that unbroken run. A report below the level (off sick again) restarts the run.
 */
export const SUSTAINED_RETURN_DAYS = 28;

export type WorkTarget = "full_hours" | "reduced_hours";
const LEVEL: Record<WorkStatus, number> = { off_sick: 0, not_employed: 0, reduced_hours: 1, full_hours: 2 };
/** How a return-to-work goal stores its target: 2 = full hours, 1 = the agreed reduced hours. */
export const WORK_TARGET_LEVEL = { reduced_hours: 1, full_hours: 2 } as const;
export const workLevel = (status: WorkStatus) => LEVEL[status];

export type WorkReport = { date: LocalDate; status: WorkStatus };
export type ReturnToWork = {
  /** The latest status reported (null before any report). */
  current: WorkStatus | null;
  /** First report of the current unbroken run at the agreed level (null if the latest is below it). */
  returnedOn: LocalDate | null;
  /** The run has lasted SUSTAINED_RETURN_DAYS: returned to work by the trials' definition. */
  sustained: boolean;
  /** The date it will count as sustained, while the run lasts (null when not returned). */
  sustainedOn: LocalDate | null;
};

export function returnToWork(reports: WorkReport[], target: WorkTarget, today: LocalDate): ReturnToWork {
  const sorted = [...reports].filter((r) => r.date <= today).sort((a, b) => (a.date < b.date ? -1 : 1));
  const latest = sorted.at(-1);
  if (!latest) return { current: null, returnedOn: null, sustained: false, sustainedOn: null };
  let returnedOn: LocalDate | null = null;
  for (const r of sorted) {
    if (LEVEL[r.status] >= LEVEL[target]) returnedOn ??= r.date;
    else returnedOn = null;
  }
  const sustainedOn = returnedOn === null ? null : addDays(returnedOn, SUSTAINED_RETURN_DAYS);
  return {
    current: latest.status,
    returnedOn,
    sustained: returnedOn !== null && daysBetween(returnedOn, today) >= SUSTAINED_RETURN_DAYS,
    sustainedOn,
  };
}
