import { and, eq } from "drizzle-orm";
import type { StaffActor } from "../actor";
import type { Queryable } from "../client";
import { patients } from "../schema";

/** The condition that keeps a staff query inside the actor's clinic, for one patient. */
export const clinicPatient = (actor: StaffActor, patientId: string) =>
  and(eq(patients.id, patientId), eq(patients.clinicId, actor.clinicId));

/** The clinic's patients, or just one of them: the scope of the clinic-wide lists (triage, alerts). */
export const clinicOrPatient = (actor: StaffActor, onlyPatientId?: string) =>
  onlyPatientId ? clinicPatient(actor, onlyPatientId) : eq(patients.clinicId, actor.clinicId);

/**
 * Locks one patient of the actor's clinic for the rest of the transaction and returns it; null for a patient
 * of another clinic (so the caller writes nothing and answers "not found").
 */
export async function lockClinicPatient(tx: Queryable, actor: StaffActor, patientId: string) {
  const [row] = await tx
    .select({ id: patients.id, status: patients.status, userId: patients.userId })
    .from(patients)
    .where(clinicPatient(actor, patientId))
    .for("update");
  return row ?? null;
}
