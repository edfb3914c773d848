import "server-only";
import { auditPatient } from "@/db/queries/audit";
import { upsertFlareUpPlan } from "@/db/queries/change-requests";
import { lockClinicPatient } from "@/db/queries/scope";
import type { StaffContext } from "@/lib/actions/context";
import { notFound, ok, type Result } from "@/lib/result/result";
import type { FlareUpPlanInput } from "@/lib/validation/change-request";

/** The physio allows (or stops allowing) the patient to start a hold of today's quotas, with a written plan. */
export async function setFlareUpPlan(
  { db, actor, meta }: StaffContext,
  patientId: string,
  input: FlareUpPlanInput,
): Promise<Result> {
  return db.transaction(async (tx) => {
    if (!(await lockClinicPatient(tx, actor, patientId))) return notFound();
    await upsertFlareUpPlan(tx, actor, patientId, input);
    await auditPatient(tx, actor, patientId, meta, "flare_up_plan.set", {
      enabled: input.enabled,
      maxDays: input.maxDays,
    });
    return ok();
  });
}
