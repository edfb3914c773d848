import "server-only";
import { auditPatient } from "@/db/queries/audit";
import { revokeOpenInvites } from "@/db/queries/invites";
import { lockClinicPatient } from "@/db/queries/scope";
import type { StaffContext } from "@/lib/actions/context";
import { conflict, notFound, ok, type Result } from "@/lib/result/result";

/** Stops the patient's unused invite links (a link sent to a wrong address), audited in one transaction. */
export async function revokeInvite(
  { db, actor, meta }: StaffContext,
  patientId: string,
): Promise<Result<{ revoked: number }>> {
  return db.transaction(async (tx) => {
    const patient = await lockClinicPatient(tx, actor, patientId);
    if (!patient) return notFound();
    if (patient.userId) return conflict("This patient has already set up their account.");
    const revoked = await revokeOpenInvites(tx, actor.clinicId, patient.id);
    await auditPatient(tx, actor, patient.id, meta, "invite.revoke", { revoked });
    return ok({ revoked });
  });
}
