import "server-only";
import { auditPatient } from "@/db/queries/audit";
import {
  emailUsedInClinic,
  insertPatient,
  isClinicClinician,
  isUniqueViolation,
} from "@/db/queries/patients";
import type { StaffContext } from "@/lib/actions/context";
import { invalid, ok, type Result } from "@/lib/result/result";
import type { AddPatientInput } from "@/lib/validation/patient";
import { newInvite } from "./new-invite";

const EMAIL_TAKEN = "Someone in this clinic already uses this email.";

/**
 * Adds a patient to the actor's clinic with their first invite, in one transaction with its audit events.
 * The primary clinician must be a clinician of the same clinic; an email already in use is a field error.
 */
export async function addPatient(
  { db, actor, meta }: StaffContext,
  input: AddPatientInput,
): Promise<Result<{ patientId: string; inviteToken: string; inviteExpiresAt: Date }>> {
  return db
    .transaction(async (tx) => {
      if (!(await isClinicClinician(tx, actor, input.primaryClinicianId)))
        return invalid({ primaryClinicianId: "Choose a clinician of this clinic." });
      // Only this clinic's own people are checked. An account elsewhere is not mentioned: the patient is added
      // and invited as anyone new would be, so the form cannot be used to find out who uses Gradus where.
      // (Accepting such an invite answers "already used": one email, one account.)
      if (await emailUsedInClinic(tx, actor, input.email)) return invalid({ email: EMAIL_TAKEN });
      const patientId = await insertPatient(tx, actor, input);
      await auditPatient(tx, actor, patientId, meta, "patient.create");
      const invite = await newInvite(tx, { actor, meta }, patientId);
      return ok({ patientId, inviteToken: invite.token, inviteExpiresAt: invite.expiresAt });
    })
    .catch((error: unknown) => {
      // Two clinicians adding the same email at the same moment: the unique key answers for the second.
      if (isUniqueViolation(error)) return invalid({ email: EMAIL_TAKEN });
      throw error;
    });
}
