import "server-only";
import { auditPatient } from "@/db/queries/audit";
import { insertGoal } from "@/db/queries/goals";
import { getPatient } from "@/db/queries/patients";
import { getPlan } from "@/db/queries/plans";
import { lockClinicPatient } from "@/db/queries/scope";
import type { StaffContext } from "@/lib/actions/context";
import { daysBetween } from "@/lib/domain/calendar";
import { revisionOn } from "@/lib/domain/graded-activity/plan-schedule";
import { localDate } from "@/lib/domain/local-time";
import { invalid, notFound, ok, type Result } from "@/lib/result/result";
import type { GoalInput } from "@/lib/validation/goal";

/** How far ahead a goal's date may be: SMART goals are reviewed within the year. */
export const MAX_GOAL_DAYS = 366;

/**
 * Records a SMART goal agreed with the patient. Its date must be from today (the patient's) to a year ahead,
 * and an activity goal must name an activity of the current plan. A resent submission id stores nothing new.
 */
export async function createGoal(
  { db, actor, meta }: StaffContext,
  input: { patientId: string; goal: GoalInput },
): Promise<Result> {
  const { patientId, goal } = input;
  const patient = await getPatient(db, actor, patientId);
  if (!patient) return notFound();
  const today = localDate(patient.timeZone);
  const ahead = daysBetween(today, goal.targetDate);
  if (ahead < 0 || ahead > MAX_GOAL_DAYS)
    return invalid({ targetDate: "Choose a date from today to a year ahead." });
  if (goal.activityKey) {
    const plan = await getPlan(db, actor, patientId);
    const current = plan
      ? (revisionOn(plan.revisions, today)?.activities ?? plan.revisions.at(-1)?.activities ?? [])
      : [];
    if (!current.some((a) => a.key === goal.activityKey))
      return invalid({ activityKey: "Choose an activity of the current plan." });
  }
  return db.transaction(async (tx) => {
    if (!(await lockClinicPatient(tx, actor, patientId))) return notFound();
    const row = await insertGoal(tx, actor, patientId, goal);
    // A retry of a stored submission: already recorded and audited once.
    if (row) await auditPatient(tx, actor, patientId, meta, "goal.create", { goalId: row.id, ...goal });
    return ok();
  });
}
