import { agreeToOwnGoal } from "@/db/queries/goals";
import type { PatientContext } from "@/lib/actions/context";
import { notFound, ok, type Result } from "@/lib/result/result";

/** The patient confirms a goal their physio recorded with them (idempotent; only their own goals). */
export async function agreeToGoal({ db, actor, meta }: PatientContext, goalId: string): Promise<Result> {
  return (await agreeToOwnGoal(db, actor, goalId, meta)) ? ok() : notFound();
}
