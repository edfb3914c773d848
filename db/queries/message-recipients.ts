import "server-only";
import { and, eq, isNull, ne } from "drizzle-orm";
import type { Queryable } from "../client";
import { patients, users } from "../schema";

/**
 * Who hears of a new message: for a patient's message, their physiotherapist (an account that is not
 * disabled); for the care team's, the patient's own account while they are in care (not invited-only, not
 * discharged). Scoped to the clinic of the thread.
 */
export async function messageRecipients(
  q: Queryable,
  clinicId: string,
  patientId: string,
  author: "patient" | "staff",
): Promise<Array<{ userId: string; email: string }>> {
  const joinOn =
    author === "patient" ? eq(users.id, patients.primaryClinicianId) : eq(users.id, patients.userId);
  return q
    .select({ userId: users.id, email: users.email })
    .from(patients)
    .innerJoin(users, and(joinOn, eq(users.clinicId, clinicId)))
    .where(
      and(
        eq(patients.clinicId, clinicId),
        eq(patients.id, patientId),
        isNull(users.disabledAt),
        author === "staff" ? ne(patients.status, "discharged") : undefined,
      ),
    );
}
