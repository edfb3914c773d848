import "server-only";
import { auditPatient } from "@/db/queries/audit";
import { isOwnGoal, markOwnGoalAgreed } from "@/db/queries/goals";
import type { PatientContext } from "@/lib/actions/context";
import { notFound, ok, type Result } from "@/lib/result/result";

/** The patient confirms a goal their physio recorded with them (idempotent; only their own goals). */
export async function agreeToGoal({ db, actor, meta }: PatientContext, goalId: string): Promise<Result> {
  return db.transaction(async (tx) => {
    if (!(await isOwnGoal(tx, actor, goalId))) return notFound();
    if (await markOwnGoalAgreed(tx, actor, goalId))
      await auditPatient(tx, actor, actor.patientId, meta, "goal.agree", { goalId });
    return ok();
  });
}
