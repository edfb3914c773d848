import type { PlanQuota } from "@/lib/domain/graded-activity/plan-schedule";
import { formatAmount } from "@/lib/domain/graded-activity/units";

/** Today's target per activity, in plain words. */
export function TodayQuotas({ quotas }: { quotas: PlanQuota[] }) {
  return (
    <ul className="flex flex-col divide-y divide-slate-100">
      {quotas.map(({ activity: a, quota }) => (
        <li key={a.key} className="flex items-baseline justify-between gap-3 py-3">
          <span className="text-base font-medium">{a.name}</span>
          {quota === null ? (
            <span className="text-right text-sm text-slate-700">Finding your starting point</span>
          ) : (
            <span className="text-right">
              <span className="text-lg font-semibold text-brand-700">{formatAmount(quota, a.unit)}</span>
              <span className="block text-xs text-slate-600">goal {formatAmount(a.goal, a.unit)}</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
