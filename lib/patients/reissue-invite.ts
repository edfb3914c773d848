import { reissueInvite as storeNewInvite } from "@/db/queries/invites";
import type { StaffContext } from "@/lib/actions/context";
import { enqueueInviteEmail } from "@/lib/outbox/invite-email";
import { conflict, notFound, ok, type Result } from "@/lib/result/result";

/**
 * A new one-time invite link for a patient of the actor's clinic who has not set up their account yet (the
 * old link stops working) and its email in the outbox; stored and audited in one transaction by the query.
 */
export async function reissueInvite(
  { db, actor, meta }: StaffContext,
  patientId: string,
): Promise<Result<{ token: string; expiresAt: Date }>> {
  const result = await storeNewInvite(db, actor, patientId, meta, (tx, invite) =>
    enqueueInviteEmail(tx, { clinicId: actor.clinicId, to: invite.email, ...invite }),
  );
  if (result.ok) return ok({ token: result.token, expiresAt: result.expiresAt });
  return result.reason === "has_account"
    ? conflict("This patient has already set up their account.")
    : notFound();
}
