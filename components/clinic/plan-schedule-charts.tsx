import { QuotaScheduleChart } from "@/components/charts/quota-schedule-chart";
import { addDays, daysBetween, formatLocalDate, type LocalDate } from "@/lib/domain/calendar";
import { planSeries, type NumberedRevision } from "@/lib/domain/graded-activity/plan-schedule";
import { goalReachedOn } from "@/lib/domain/graded-activity/quota";
import { UNIT_LABEL } from "@/lib/domain/graded-activity/units";

/** Each activity's quota across every revision: the past as it was, the future as now planned. */
export function PlanScheduleCharts({
  revisions,
  today,
}: {
  revisions: NumberedRevision[];
  today: LocalDate;
}) {
  const first = revisions[0]?.effectiveFrom;
  const latest = revisions.at(-1);
  if (!first || !latest) return null;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {latest.activities.map((a) => {
        const reached = goalReachedOn(a);
        const end =
          reached && reached > today ? addDays(reached, 7) : addDays(today > first ? today : first, 28);
        const from = daysBetween(first, end) > 365 ? addDays(end, -365) : first;
        const points = planSeries(revisions, a.key, from, end);
        if (points.every((p) => p.quota === null)) return null;
        return (
          <QuotaScheduleChart
            key={a.key}
            title={`${a.name} (${UNIT_LABEL[a.unit].many} per day)`}
            unitLabel={UNIT_LABEL[a.unit].many}
            points={points}
            markers={[
              ...revisions
                .slice(1)
                .filter((r) => r.effectiveFrom >= from && r.effectiveFrom <= end)
                .map((r) => ({ date: r.effectiveFrom, label: `Rev ${r.number}` })),
              ...(today >= from && today <= end ? [{ date: today, label: "Today" }] : []),
            ]}
            summary={`${a.name} quota from ${formatLocalDate(from, "long")} to ${formatLocalDate(end, "long")}, across ${revisions.length} plan revision${revisions.length === 1 ? "" : "s"}.`}
          />
        );
      })}
    </div>
  );
}
