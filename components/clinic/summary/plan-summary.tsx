import type { StoredRevision } from "@/db/queries/plans";
import { formatLocalDate } from "@/lib/domain/calendar";
import { formatAmount } from "@/lib/domain/graded-activity/units";
import type { ActivitySummary } from "@/lib/reports/progress-summary";
import { cell, headCell, SummarySection } from "./summary-section";

const kindLabel: Record<StoredRevision["kind"], string> = {
  initial: "Plan created",
  edit: "Revised",
  hold: "Flare-up: held",
  step_back: "Flare-up: stepped back",
  baseline_confirmed: "Baseline confirmed",
};

/** Today's quotas with goal and schedule, then every revision: what changed, when, why and by whom. */
export function PlanSummary({
  activities,
  revisions,
}: {
  activities: ActivitySummary[];
  revisions: StoredRevision[];
}) {
  return (
    <SummarySection title="Graded-activity plan">
      {activities.length === 0 ? (
        <p className="text-xs text-slate-700">No plan yet.</p>
      ) : (
        <table className="w-full text-xs">
          <thead>
            <tr>
              <th className={headCell}>Activity</th>
              <th className={headCell}>Quota today</th>
              <th className={headCell}>Progression</th>
              <th className={headCell}>Goal</th>
            </tr>
          </thead>
          <tbody>
            {activities.map((a) => (
              <tr key={a.key} className="border-t border-slate-100">
                <td className={cell}>{a.name}</td>
                <td className={cell}>
                  {a.todayQuota === null ? "In baseline" : formatAmount(a.todayQuota, a.unit)}
                </td>
                <td className={cell}>{a.progression}</td>
                <td className={cell}>{formatAmount(a.goal, a.unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {revisions.length > 0 ? (
        <table className="mt-2 w-full text-xs">
          <caption className="text-left text-xs font-medium text-slate-600">Revisions</caption>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.number} className="border-t border-slate-100">
                <td className={`${cell} whitespace-nowrap`}>
                  {r.number}. {formatLocalDate(r.effectiveFrom, "medium")}
                </td>
                <td className={`${cell} whitespace-nowrap`}>
                  {kindLabel[r.kind]}
                  {r.kind === "hold" ? ` ${r.holdDays} days` : ""}
                </td>
                <td className={cell}>{r.reason}</td>
                <td className={`${cell} whitespace-nowrap text-slate-600`}>{r.authorName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </SummarySection>
  );
}
