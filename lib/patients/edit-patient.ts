import "server-only";
import { auditPatient } from "@/db/queries/audit";
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

/**
 * Corrects a patient's details or hands them to another physio of the clinic, on the version of the record
 * the clinician opened (a concurrent edit is a conflict, not an overwrite). The audit event keeps each
 * changed field before and after. The email here is the clinic's contact address; the patient's sign-in
 * address stays as it is.
 */
export async function editPatient(
  { db, actor, meta }: StaffContext,
  input: { patientId: string } & EditPatientInput,
): Promise<Result<{ changed: string[] }>> {
  const { patientId, version, ...next } = input;
  return db
    .transaction(async (tx): Promise<Result<{ changed: string[] }>> => {
      const current = await lockPatientRecord(tx, actor, patientId);
      if (!current) return notFound();
      if (current.version !== version)
        return conflict("Someone changed this record since you opened it. Reload the page and try again.");
      const changed = FIELDS.filter((f) => current[f] !== next[f]);
      if (changed.length === 0) return ok({ changed });
      if (
        changed.includes("primaryClinicianId") &&
        !(await findClinicClinician(tx, actor, next.primaryClinicianId))
      )
        return invalid({ primaryClinicianId: "Choose a clinician of this clinic." });
      if (changed.includes("email") && (await clinicEmailTaken(tx, actor, next.email, patientId)))
        return invalid({ email: "Someone in this clinic already uses this email." });
      await updatePatientRecord(tx, actor, patientId, next, current.version + 1);
      await auditPatient(tx, actor, patientId, meta, "patient.update", {
        before: Object.fromEntries(changed.map((f) => [f, current[f]])),
        after: Object.fromEntries(changed.map((f) => [f, next[f]])),
      });
      return ok({ changed });
    })
    .catch((error: unknown) => {
      // Two records given the same number at the same moment: the partial unique key answers the second.
      if (isUniqueViolation(error)) return invalid({ recordNumber: RECORD_NUMBER_TAKEN });
      throw error;
    });
}
