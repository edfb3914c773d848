import type { StaffContext } from "@/lib/actions/context";
import { buildRevision } from "@/lib/domain/graded-activity/build-revision";
import { invalid, notFound } from "@/lib/result/result";
import type { PlanInput } from "@/lib/validation/plan";
import { planChanged, planContext, saveRevisionOf, versionOf, type Revised } from "./plan-context";

/**
 * A new revision from the plan editor (the first one creates the plan), on the version the editor was opened
 * on: past days keep their quotas and quotas never fall within a revision (lib/domain/graded-activity).
 */
export async function revisePlan(ctx: StaffContext, patientId: string, input: PlanInput): Promise<Revised> {
  const plan = await planContext(ctx, patientId);
  if (!plan) return notFound();
  if (versionOf(plan.plan) !== input.expectedVersion) return planChanged();
  const built = buildRevision(input.activities, input.effectiveFrom, plan.today, plan.plan?.revisions ?? []);
  if (!built.ok) return invalid(built.errors);
  return saveRevisionOf(ctx, patientId, input.expectedVersion, {
    kind: plan.plan ? "edit" : "initial",
    effectiveFrom: input.effectiveFrom,
    reason: input.reason,
    activities: built.activities,
  });
}
