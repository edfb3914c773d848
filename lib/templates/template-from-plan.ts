import type { TemplateActivity } from "@/lib/domain/graded-activity/types";
import { daysBetween } from "@/lib/domain/calendar";

type PlanActivity = {
  name: string;
  unit: TemplateActivity["unit"];
  startFraction: number;
  goal: number;
  progression:
    | { kind: "fixed"; step: number; everyDays: number }
    | { kind: "percent"; percent: number; everyDays: number }
    | { kind: "goal_date"; goalDate: string };
};

/**
 * A plan revision's activities as a template's: the same units, start fractions, steps and goals, without
 * the patient's baseline; a goal date becomes the number of weeks from the revision's first day (1-52).
 */
export function templateActivities(
  effectiveFrom: string,
  activities: readonly PlanActivity[],
): TemplateActivity[] {
  return activities.map((a) => ({
    name: a.name,
    unit: a.unit,
    startFraction: a.startFraction,
    goal: a.goal,
    progression:
      a.progression.kind === "goal_date"
        ? {
            kind: "goal_date",
            weeks: Math.min(
              52,
              Math.max(1, Math.round(daysBetween(effectiveFrom, a.progression.goalDate) / 7)),
            ),
          }
        : a.progression,
  }));
}
