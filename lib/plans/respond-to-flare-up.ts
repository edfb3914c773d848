import type { StaffContext } from "@/lib/actions/context";
import { holdActivities, stepBackActivities } from "@/lib/domain/graded-activity/build-revision";
import { revisionOn } from "@/lib/domain/graded-activity/plan-schedule";
import { invalid, notFound } from "@/lib/result/result";
import type { FlareUpInput } from "@/lib/validation/plan";
import { laterRevisionProblem, planChanged, planContext, saveRevisionOf, type Revised } from "./plan-context";

/** Flare-up: hold every quota for N days, or step back one level, from today, as a revision. */
export async function respondToFlareUp(
  ctx: StaffContext,
  patientId: string,
  input: FlareUpInput,
): Promise<Revised> {
  const plan = await planContext(ctx, patientId);
  if (!plan?.plan) return notFound();
  if (plan.plan.version !== input.expectedVersion) return planChanged();
  const later = laterRevisionProblem(plan.plan, plan.today);
  if (later) return later;
  const current = revisionOn(plan.plan.revisions, plan.today);
  if (!current) return invalid({ _form: "The plan has not started yet, so there is nothing to hold." });
  const activities =
    input.response === "hold"
      ? holdActivities(current.activities, plan.today, input.days)
      : stepBackActivities(current.activities, plan.today);
  return saveRevisionOf(ctx, patientId, input.expectedVersion, {
    kind: input.response,
    effectiveFrom: plan.today,
    holdDays: input.response === "hold" ? input.days : 0,
    reason: input.reason,
    activities,
  });
}
