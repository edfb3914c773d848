import "server-only";
import { auditPatient } from "@/db/queries/audit";
import { storeInvite } from "@/db/queries/invites";
import type { Queryable } from "@/db/client";
import type { StaffContext } from "@/lib/actions/context";

/**
 * A fresh one-time invite link for a patient the caller has locked in its transaction, with its audit event
 * (the earlier unused link stops working). Shared by adding a patient and reissuing an invite.
 */
export async function newInvite(tx: Queryable, { actor, meta }: Omit<StaffContext, "db">, patientId: string) {
  const invite = await storeInvite(tx, actor, patientId);
  await auditPatient(tx, actor, patientId, meta, "invite.create");
  return invite;
}
