import type { StaffContext } from "@/lib/actions/context";
import { loggedAmounts } from "@/db/queries/plans";
import { confirmBaseline } from "@/lib/domain/graded-activity/build-revision";
import { revisionOn } from "@/lib/domain/graded-activity/plan-schedule";
import { invalid, notFound } from "@/lib/result/result";
import { baselineSince } from "./baseline-progress";
import { laterRevisionProblem, planChanged, planContext, saveRevisionOf, type Revised } from "./plan-context";

/** The clinician confirms a measured baseline; a new revision starts the activity's quota from today. */
export async function confirmActivityBaseline(
  ctx: StaffContext,
  patientId: string,
  input: { key: string; expectedVersion: number },
): Promise<Revised> {
  const plan = await planContext(ctx, patientId);
  if (!plan?.plan) return notFound();
  if (plan.plan.version !== input.expectedVersion) return planChanged();
  const later = laterRevisionProblem(plan.plan, plan.today);
  if (later) return later;
  const current = revisionOn(plan.plan.revisions, plan.today);
  if (!current) return notFound();
  const since = baselineSince(plan.plan, input.key);
  const sessions = await loggedAmounts(ctx.db, ctx.actor, patientId, input.key, since);
  const activities = confirmBaseline(current.activities, input.key, sessions, plan.today);
  if (!activities)
    return invalid({ _form: "Three sessions are needed before the baseline can be confirmed." });
  const confirmed = activities.find((a) => a.key === input.key)!;
  return saveRevisionOf(ctx, patientId, input.expectedVersion, {
    kind: "baseline_confirmed",
    effectiveFrom: plan.today,
    reason: `Baseline for ${confirmed.name} measured: mean of 3 sessions ${confirmed.baseline}`,
    activities,
  });
}
