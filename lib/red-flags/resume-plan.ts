import "server-only";
import { auditPatient } from "@/db/queries/audit";
import { hasUnacknowledgedEmergency, setPatientStatus } from "@/db/queries/red-flags";
import { lockClinicPatient } from "@/db/queries/scope";
import type { StaffContext } from "@/lib/actions/context";
import { conflict, notFound, ok, type Result } from "@/lib/result/result";

/**
 * Only a clinician resumes a plan paused by an emergency answer, and only once every emergency answer has been
 * acknowledged: resuming must not hide an answer nobody has read (docs/ARCHITECTURE.md, "Red flags").
 */
export async function resumePlan({ db, actor, meta }: StaffContext, patientId: string): Promise<Result> {
  return db.transaction(async (tx) => {
    const patient = await lockClinicPatient(tx, actor, patientId);
    if (!patient) return notFound();
    if (patient.status !== "paused")
      return conflict("The plan is not paused. Reload the page to see its current state.", {
        reason: "not_paused",
      });
    if (await hasUnacknowledgedEmergency(tx, actor.clinicId, patientId))
      return conflict("Acknowledge the emergency answer first, with a note of what you did.", {
        reason: "unacknowledged",
      });
    await setPatientStatus(tx, actor.clinicId, patientId, "active");
    await auditPatient(tx, actor, patientId, meta, "plan.resume");
    return ok();
  });
}
