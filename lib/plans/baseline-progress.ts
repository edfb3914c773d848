import "server-only";
import type { StaffActor } from "@/db/actor";
import type { Database } from "@/db/client";
import { loggedAmounts, type StoredPlan } from "@/db/queries/plans";
import { confirmBaseline } from "@/lib/domain/graded-activity/build-revision";
import { revisionOn } from "@/lib/domain/graded-activity/plan-schedule";

/** Baseline sessions logged for an activity still in baseline, and the start quota they would give. */
export async function baselineProgress(
  db: Database,
  actor: StaffActor,
  patientId: string,
  plan: StoredPlan,
  today: string,
) {
  const current = revisionOn(plan.revisions, today);
  if (!current) return [];
  const measuring = current.activities.filter((a) => a.startQuota === null);
  return Promise.all(
    measuring.map(async (a) => {
      const since = baselineSince(plan, a.key);
      const sessions = await loggedAmounts(db, actor, patientId, a.key, since);
      const result = confirmBaseline(current.activities, a.key, sessions, today);
      const proposal = result.ok ? (result.activities.find((p) => p.key === a.key) ?? null) : null;
      const problem =
        result.ok || result.reason === "sessions" ? null : "message" in result ? result.message : null;
      const newGoalDateFrom = !result.ok && result.reason === "goal_date" ? result.earliest : null;
      return { key: a.key, name: a.name, unit: a.unit, sessions, proposal, problem, newGoalDateFrom };
    }),
  );
}

/** Sessions count from the first revision in which the activity was measuring. */
export function baselineSince(plan: StoredPlan, key: string): string {
  const first = plan.revisions.find((r) => r.activities.some((a) => a.key === key && a.startQuota === null));
  return first?.effectiveFrom ?? "1970-01-01";
}
