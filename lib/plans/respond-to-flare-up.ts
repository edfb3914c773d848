import type { StaffContext } from "@/lib/actions/context";
import { holdActivities, stepBackActivities } from "@/lib/domain/graded-activity/build-revision";
import { invalid } from "@/lib/result/result";
import type { FlareUpInput } from "@/lib/validation/plan";
import { planFromToday, saveRevisionOf, type Revised } from "./plan-context";

/** Flare-up: hold every quota for N days, or step back one level, from today, as a revision. */
export async function respondToFlareUp(
  ctx: StaffContext,
  patientId: string,
  input: FlareUpInput,
): Promise<Revised> {
  const found = await planFromToday(ctx, patientId, input.expectedVersion, () =>
    invalid({ _form: "The plan has not started yet, so there is nothing to hold." }),
  );
  if (!found.ok) return found;
  const { today, current } = found.value;
  const activities =
    input.response === "hold"
      ? holdActivities(current.activities, today, input.days)
      : stepBackActivities(current.activities, today);
  return saveRevisionOf(ctx, patientId, input.expectedVersion, {
    kind: input.response,
    effectiveFrom: today,
    holdDays: input.response === "hold" ? input.days : 0,
    reason: input.reason,
    activities,
  });
}
