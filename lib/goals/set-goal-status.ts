import "server-only";
import { auditPatient } from "@/db/queries/audit";
import { lockGoal, updateGoalStatus } from "@/db/queries/goals";
import { lockClinicPatient } from "@/db/queries/scope";
import type { StaffContext } from "@/lib/actions/context";
import { conflict, notFound, ok, type Result } from "@/lib/result/result";
import type { GoalStatusInput } from "@/lib/validation/goal";

/** Marks a goal achieved, stopped or active again, on the version the clinician saw (no silent overwrite). */
export async function setGoalStatus(
  { db, actor, meta }: StaffContext,
  input: { patientId: string } & GoalStatusInput,
): Promise<Result> {
  return db.transaction(async (tx) => {
    if (!(await lockClinicPatient(tx, actor, input.patientId))) return notFound();
    const goal = await lockGoal(tx, actor.clinicId, input.patientId, input.goalId);
    if (!goal) return notFound();
    if (goal.version !== input.version)
      return conflict("This goal changed since you opened the page. Reload it and try again.");
    await updateGoalStatus(tx, actor.clinicId, input.goalId, {
      status: input.status,
      version: goal.version + 1,
    });
    await auditPatient(tx, actor, input.patientId, meta, "goal.status", {
      goalId: input.goalId,
      status: input.status,
    });
    return ok();
  });
}
