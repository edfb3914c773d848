import "server-only";
import { auditPatient } from "@/db/queries/audit";
import { clinicPatientEmail, storeInvite } from "@/db/queries/invites";
import type { Queryable } from "@/db/client";
import type { StaffContext } from "@/lib/actions/context";
import { enqueueInviteEmail } from "@/lib/outbox/invite-email";

/**
 * A fresh one-time invite link for a patient the caller has locked in its transaction, with its audit event
 * (the earlier unused link stops working) and its email in the outbox. Shared by adding a patient and
 * reissuing an invite; the link is also answered, to show for copying.
 */
export async function newInvite(tx: Queryable, { actor, meta }: Omit<StaffContext, "db">, patientId: string) {
  const invite = await storeInvite(tx, actor, patientId);
  await auditPatient(tx, actor, patientId, meta, "invite.create");
  const to = await clinicPatientEmail(tx, actor, patientId);
  if (to) await enqueueInviteEmail(tx, { clinicId: actor.clinicId, to, ...invite });
  return invite;
}
