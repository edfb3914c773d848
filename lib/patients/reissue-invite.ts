import "server-only";
import { lockClinicPatient } from "@/db/queries/scope";
import type { StaffContext } from "@/lib/actions/context";
import { conflict, notFound, ok, type Result } from "@/lib/result/result";
import { newInvite } from "./new-invite";

/**
 * A new one-time invite link for a patient of the actor's clinic who has not set up their account yet (the
 * old link stops working); stored and audited in one transaction.
 */
export async function reissueInvite(
  { db, actor, meta }: StaffContext,
  patientId: string,
): Promise<Result<{ token: string; expiresAt: Date }>> {
  return db.transaction(async (tx) => {
    const patient = await lockClinicPatient(tx, actor, patientId);
    if (!patient) return notFound();
    if (patient.userId) return conflict("This patient has already set up their account.");
    return ok(await newInvite(tx, { actor, meta }, patient.id));
  });
}
