import { formatLocalDate } from "@/lib/domain/calendar";
import { formatAmount, type Unit } from "@/lib/domain/graded-activity/units";
import type { GoalView } from "./outcome-views";

export type GoalActivity = { key: string; name: string; unit: Unit };

/** What the goal is measured by and its target, in words: "Walking: 30 minutes by 12 Dec 2026". */
export function goalTargetWords(goal: GoalView, activities: GoalActivity[]): string {
  const by = `by ${formatLocalDate(goal.targetDate, "long")}`;
  if (goal.measure === "pain") return `Average pain ${goal.target} or lower ${by}`;
  if (goal.measure === "psfs") return `Activities you find hard (PSFS) ${goal.target} or higher ${by}`;
  if (goal.measure === "work")
    return `Back at work, ${goal.target >= 2 ? "full hours" : "the agreed reduced hours"}, for 4 weeks ${by}`;
  const activity = activities.find((a) => a.key === goal.activityKey);
  return activity
    ? `${activity.name}: ${formatAmount(goal.target, activity.unit)} ${by}`
    : `${goal.activityKey}: ${goal.target} ${by}`;
}

/** Where the patient is now, in words. */
export function goalNowWords(goal: GoalView, activities: GoalActivity[]): string {
  const { current, met } = goal.progress;
  if (goal.status === "achieved") return "Achieved";
  if (goal.status === "stopped") return "Stopped";
  if (current === null) return "No data yet";
  const unit = activities.find((a) => a.key === goal.activityKey)?.unit;
  const now =
    goal.measure === "activity" && unit
      ? `best day this week ${formatAmount(current, unit)}`
      : goal.measure === "pain"
        ? `average pain this week ${current}`
        : goal.measure === "work"
          ? `latest week: ${["not working", "reduced hours", "full hours"][current] ?? current}`
          : `latest PSFS ${current}`;
  if (met) return `Target reached (${now})`;
  return goal.progress.start === null ? `Now: ${now} (starting point unknown)` : `Now: ${now}`;
}
