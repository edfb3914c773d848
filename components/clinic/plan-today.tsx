import { formatLocalDate } from "@/lib/domain/calendar";
import { describeProgression } from "@/lib/domain/graded-activity/describe";
import type { PlanQuota } from "@/lib/domain/graded-activity/plan-schedule";
import { goalReachedOn } from "@/lib/domain/graded-activity/quota";
import { formatAmount } from "@/lib/domain/graded-activity/units";

/** Today's quota per activity, with the goal and how the quota rises. */
export function PlanToday({ quotas }: { quotas: PlanQuota[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[560px] text-left text-sm">
        <caption className="sr-only">Today&apos;s quotas</caption>
        <thead className="text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Activity
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Today
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Goal
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Progression
            </th>
            <th scope="col" className="py-2 font-semibold">
              Goal reached
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {quotas.map(({ activity: a, quota }) => {
            const reached = goalReachedOn(a);
            return (
              <tr key={a.key}>
                <td className="py-2 pr-4 font-medium">{a.name}</td>
                <td className="py-2 pr-4">
                  {quota === null ? (
                    <span className="text-amber-800">Measuring baseline</span>
                  ) : (
                    formatAmount(quota, a.unit)
                  )}
                </td>
                <td className="py-2 pr-4">{formatAmount(a.goal, a.unit)}</td>
                <td className="py-2 pr-4 text-slate-700">{describeProgression(a.progression, a.unit)}</td>
                <td className="py-2 text-slate-700">{reached ? formatLocalDate(reached, "long") : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
