"use client";

import { QuotaScheduleChart } from "@/components/charts/quota-schedule-chart";
import { addDays, daysBetween, formatLocalDate, type LocalDate } from "@/lib/domain/calendar";
import { scheduleOutline } from "@/lib/domain/graded-activity/describe";
import { activitySchedule, goalReachedOn } from "@/lib/domain/graded-activity/quota";
import type { PlannedActivity } from "@/lib/domain/graded-activity/types";
import { formatAmount, UNIT_LABEL } from "@/lib/domain/graded-activity/units";

/** How far the preview looks: until a week after the goal is reached, at least 4 weeks, at most a year. */
function horizon(activity: PlannedActivity, from: LocalDate): LocalDate {
  const reached = goalReachedOn(activity);
  if (!reached) return addDays(from, 180);
  const days = Math.min(365, Math.max(28, daysBetween(from, reached) + 7));
  return addDays(from, days);
}

export function PlanPreview({
  activities,
  effectiveFrom,
}: {
  activities: PlannedActivity[];
  effectiveFrom: LocalDate;
}) {
  if (activities.length === 0) {
    return <p className="text-sm text-slate-600">Fill in an activity to see its quota schedule here.</p>;
  }
  return (
    <div className="flex flex-col gap-6">
      {activities.map((a) => {
        if (a.startQuota === null) {
          return (
            <div key={a.key}>
              <p className="text-sm font-medium text-slate-800">{a.name}</p>
              <p className="text-sm text-slate-600">
                Measuring baseline: the quota schedule appears once you confirm it.
              </p>
            </div>
          );
        }
        const to = horizon(a, effectiveFrom);
        // The quota on the revision's first day, as the chart draws it (a continued activity is partway up).
        const { startsAt, reachedOn: reached } = scheduleOutline(a, effectiveFrom);
        const first = startsAt ?? a.startQuota;
        const summary = `${a.name}: from ${formatAmount(first, a.unit)} on ${formatLocalDate(effectiveFrom, "long")} to ${formatAmount(a.goal, a.unit)}${
          reached ? ` on ${formatLocalDate(reached, "long")}` : ", not reached within two years"
        }.`;
        return (
          <div key={a.key} className="flex flex-col gap-1">
            <QuotaScheduleChart
              title={`${a.name} (${UNIT_LABEL[a.unit].many} per day)`}
              unitLabel={UNIT_LABEL[a.unit].many}
              points={activitySchedule(a, effectiveFrom, to)}
              summary={summary}
            />
            <p className="text-xs text-slate-600">
              Starts at {formatAmount(first, a.unit)}; reaches {formatAmount(a.goal, a.unit)}{" "}
              {reached
                ? `on ${formatLocalDate(reached, "long")}`
                : "not within two years: check the progression"}
              .
            </p>
          </div>
        );
      })}
    </div>
  );
}
