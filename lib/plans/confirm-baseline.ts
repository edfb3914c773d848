import type { StaffContext } from "@/lib/actions/context";
import { loggedAmounts } from "@/db/queries/plans";
import { confirmBaseline } from "@/lib/domain/graded-activity/build-revision";
import { invalid, notFound } from "@/lib/result/result";
import { baselineSince } from "./baseline-progress";
import { planFromToday, saveRevisionOf, type Revised } from "./plan-context";

/** The clinician confirms a measured baseline; a new revision starts the activity's quota from today. */
export async function confirmActivityBaseline(
  ctx: StaffContext,
  patientId: string,
  input: { key: string; expectedVersion: number },
): Promise<Revised> {
  const found = await planFromToday(ctx, patientId, input.expectedVersion, notFound);
  if (!found.ok) return found;
  const { plan, today, current } = found.value;
  const since = baselineSince(plan, input.key);
  const sessions = await loggedAmounts(ctx.db, ctx.actor, patientId, input.key, since);
  const activities = confirmBaseline(current.activities, input.key, sessions, today);
  if (!activities)
    return invalid({ _form: "Three sessions are needed before the baseline can be confirmed." });
  const confirmed = activities.find((a) => a.key === input.key)!;
  return saveRevisionOf(ctx, patientId, input.expectedVersion, {
    kind: "baseline_confirmed",
    effectiveFrom: today,
    reason: `Baseline for ${confirmed.name} measured: mean of 3 sessions ${confirmed.baseline}`,
    activities,
  });
}
