import { createPatient } from "@/db/queries/patients";
import type { StaffContext } from "@/lib/actions/context";
import { enqueueInviteEmail } from "@/lib/outbox/invite-email";
import { invalid, ok, type Result } from "@/lib/result/result";
import type { AddPatientInput } from "@/lib/validation/patient";

/**
 * Adds a patient to the actor's clinic with their first invite, in one transaction with its audit (the query).
 * The primary clinician must be staff of the same clinic; an email already in use is a field error. The invite
 * email goes to the outbox in that transaction (the link is also shown to copy).
 */
export async function addPatient(
  { db, actor, meta }: StaffContext,
  input: AddPatientInput,
): Promise<Result<{ patientId: string; inviteToken: string; inviteExpiresAt: Date }>> {
  const result = await createPatient(db, actor, input, meta, (tx, invite) =>
    enqueueInviteEmail(tx, { clinicId: actor.clinicId, to: invite.email, ...invite }),
  );
  if (!result.ok) return invalid({ [result.field]: result.message });
  return ok({
    patientId: result.patientId,
    inviteToken: result.inviteToken,
    inviteExpiresAt: result.inviteExpiresAt,
  });
}
