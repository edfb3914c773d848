import { and, eq } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { PatientActor, StaffActor } from "../actor";
import type { Queryable } from "../client";
import { patients } from "../schema";

/** The condition that keeps a staff query inside the actor's clinic, for one patient. */
export const clinicPatient = (actor: StaffActor, patientId: string) =>
  and(eq(patients.id, patientId), eq(patients.clinicId, actor.clinicId));

/** The condition that keeps a patient's query on their own record: their clinic, their row, their account. */
export const ownPatient = (actor: PatientActor) =>
  and(
    eq(patients.clinicId, actor.clinicId),
    eq(patients.id, actor.patientId),
    eq(patients.userId, actor.userId),
  );

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
    // Not FOR UPDATE: that would also wait for (and deadlock with) a diary save, whose new row only takes a
    // key-share lock on its patient while it holds the patient's triage summary row.
    .for("no key update");
  return row ?? null;
}

/**
 * The join from a row to its patient through the distribution key as well as the id, so on a cluster
 * distributed by clinic (docs/SCALING.md, Step 4) the two rows meet on one shard.
 */
export const ofPatient = (row: { clinicId: AnyPgColumn; patientId: AnyPgColumn }) =>
  and(eq(patients.clinicId, row.clinicId), eq(patients.id, row.patientId));
