import "server-only";
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
  input: { key: string; expectedVersion: number; goalDate?: string },
): Promise<Revised> {
  const found = await planFromToday(ctx, patientId, input.expectedVersion, notFound);
  if (!found.ok) return found;
  const { plan, today, current } = found.value;
  const since = baselineSince(plan, input.key);
  const sessions = await loggedAmounts(ctx.db, ctx.actor, patientId, input.key, since);
  const result = confirmBaseline(current.activities, input.key, sessions, today, input.goalDate);
  if (!result.ok)
    return result.reason === "goal_date"
      ? invalid({ goalDate: result.message }, result.message)
      : invalid({
          _form:
            result.reason === "too_small"
              ? result.message
              : result.reason === "sessions"
                ? "Three sessions are needed before the baseline can be confirmed."
                : "This activity is not measuring a baseline.",
        });
  const activities = result.activities;
  const confirmed = activities.find((a) => a.key === input.key)!;
  return saveRevisionOf(ctx, patientId, input.expectedVersion, {
    kind: "baseline_confirmed",
    effectiveFrom: today,
    reason: `Baseline for ${confirmed.name} measured: mean of 3 sessions ${confirmed.baseline}`,
    activities,
  });
}
