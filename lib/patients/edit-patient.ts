import "server-only";
import { auditPatient } from "@/db/queries/audit";
import { signInEmailOf, signInEmailTaken } from "@/db/queries/email-changes";
import {
  clinicEmailTaken,
  findClinicClinician,
  isUniqueViolation,
  lockPatientRecord,
  updatePatientRecord,
  type PatientRecord,
} from "@/db/queries/patients";
import type { StaffContext } from "@/lib/actions/context";
import { conflict, invalid, notFound, ok, type Result } from "@/lib/result/result";
import type { EditPatientInput } from "@/lib/validation/patient";
import { requestEmailChange } from "./email-change";
import { newInvite } from "./new-invite";

const FIELDS = [
  "fullName",
  "email",
  "phone",
  "dateOfBirth",
  "recordNumber",
  "timeZone",
  "condition",
  "primaryClinicianId",
] as const satisfies readonly (keyof PatientRecord)[];

const RECORD_NUMBER_TAKEN = "Another patient of this clinic has this record number.";

export type EditPatientOutcome = {
  /** The fields saved now. */
  changed: string[];
  /** The new sign-in address waiting for its owner's confirmation (the patient has an account). */
  pendingEmail: string | null;
  /** The patient had no account yet: the address changed at once and a new invite went to it. */
  inviteResent: boolean;
};

/**
 * Corrects a patient's details or hands them to another physio of the clinic, on the version of the record
 * the clinician opened (a concurrent edit is a conflict, not an overwrite). The audit event keeps each
 * changed field before and after.
 *
 * The email is also the patient's sign-in once they have an account, so for them a new address does not
 * change at once: a link goes to the new address, and the change happens when it is confirmed there
 * (lib/patients/email-change.ts, lib/auth/confirm-email-change.ts). A patient who has not accepted their
 * invite yet has no sign-in to protect: the address changes now and a new invite goes to it (the old link
 * stops working).
 */
export async function editPatient(
  { db, actor, meta }: StaffContext,
  input: { patientId: string } & EditPatientInput,
): Promise<Result<EditPatientOutcome>> {
  const { patientId, version, ...next } = input;
  return db
    .transaction(async (tx): Promise<Result<EditPatientOutcome>> => {
      const current = await lockPatientRecord(tx, actor, patientId);
      if (!current) return notFound();
      if (current.version !== version)
        return conflict("Someone changed this record since you opened it. Reload the page and try again.");
      const differs = FIELDS.filter((f) => current[f] !== next[f]);
      if (differs.length === 0) return ok({ changed: [], pendingEmail: null, inviteResent: false });
      if (
        differs.includes("primaryClinicianId") &&
        !(await findClinicClinician(tx, actor, next.primaryClinicianId))
      )
        return invalid({ primaryClinicianId: "Choose a clinician of this clinic." });
      let pendingEmail: string | null = null;
      let signInEmail = current.email;
      if (differs.includes("email")) {
        if (await clinicEmailTaken(tx, actor, next.email, patientId))
          return invalid({ email: "Someone in this clinic already uses this email." });
        if (current.userId) {
          signInEmail = (await signInEmailOf(tx, actor, current.userId)) ?? current.email;
          if (signInEmail !== next.email) {
            if (await signInEmailTaken(tx, next.email, current.userId))
              return invalid({ email: "Someone already signs in to Gradus with this email." });
            pendingEmail = next.email;
          }
        }
      }
      // A waiting address is not saved on the record until its owner confirms it.
      const changed = pendingEmail ? differs.filter((f) => f !== "email") : differs;
      const record = { ...next, email: pendingEmail ? current.email : next.email };
      if (changed.length > 0) {
        await updatePatientRecord(tx, actor, patientId, record, current.version + 1);
        await auditPatient(tx, actor, patientId, meta, "patient.update", {
          before: Object.fromEntries(changed.map((f) => [f, current[f]])),
          after: Object.fromEntries(changed.map((f) => [f, record[f]])),
        });
      }
      if (pendingEmail && current.userId)
        await requestEmailChange(
          tx,
          { actor, meta },
          { patientId, userId: current.userId, from: signInEmail, to: pendingEmail },
        );
      const inviteResent = changed.includes("email") && !current.userId && current.status === "invited";
      if (inviteResent) await newInvite(tx, { actor, meta }, patientId);
      return ok({ changed, pendingEmail, inviteResent });
    })
    .catch((error: unknown) => {
      // Two records given the same number at the same moment: the partial unique key answers the second.
      if (isUniqueViolation(error)) return invalid({ recordNumber: RECORD_NUMBER_TAKEN });
      throw error;
    });
}
