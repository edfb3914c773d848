import { and, eq, isNull, or } from "drizzle-orm";
import type { Queryable } from "../client";
import { patients, users } from "../schema";

/**
 * Who is told when a patient of this clinic needs urgent attention: the patient's physiotherapist and the
 * clinic's admins, with accounts that are not disabled; each once.
 */
export async function urgentAlertRecipients(
  q: Queryable,
  clinicId: string,
  patientId: string,
): Promise<Array<{ userId: string; email: string }>> {
  const [patient] = await q
    .select({ clinicianId: patients.primaryClinicianId })
    .from(patients)
    .where(and(eq(patients.clinicId, clinicId), eq(patients.id, patientId)));
  if (!patient) return [];
  return q
    .select({ userId: users.id, email: users.email })
    .from(users)
    .where(
      and(
        eq(users.clinicId, clinicId),
        isNull(users.disabledAt),
        or(eq(users.id, patient.clinicianId), eq(users.role, "admin")),
      ),
    )
    .orderBy(users.id);
}
