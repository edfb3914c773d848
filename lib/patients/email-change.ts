import "server-only";
import { auditPatient } from "@/db/queries/audit";
import type { Queryable } from "@/db/client";
import {
  EMAIL_CHANGE_LIFETIME_MS,
  pendingEmailChange,
  revokeEmailChanges,
  signInEmailOf,
  storeEmailChange,
} from "@/db/queries/email-changes";
import { lockClinicPatient } from "@/db/queries/scope";
import type { StaffContext } from "@/lib/actions/context";
import { appOrigin } from "@/lib/auth/invite-url";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { emailChangeEmail } from "@/lib/outbox/messages";
import { conflict, notFound, ok, type Result } from "@/lib/result/result";

export function emailChangeUrl(token: string): string {
  return `${appOrigin()}/confirm-email/${token}`;
}

/**
 * Asks the new address to confirm a patient's change of sign-in email, in the caller's transaction (it has
 * locked the patient in the actor's clinic): stores a 24-hour single-use link (earlier ones stop working),
 * puts its email in the outbox for the new address only, and audits the request. Nothing changes at sign-in
 * until the link is used (lib/auth/confirm-email-change.ts).
 */
export async function requestEmailChange(
  tx: Queryable,
  { actor, meta }: Omit<StaffContext, "db">,
  input: { patientId: string; userId: string; from: string; to: string },
  action: "patient.email_change.request" | "patient.email_change.resend" = "patient.email_change.request",
  now = new Date(),
) {
  const link = await storeEmailChange(tx, actor, { ...input, newEmail: input.to }, now);
  await enqueueEmail(tx, {
    clinicId: actor.clinicId,
    to: input.to,
    kind: "email_change",
    ...emailChangeEmail({
      url: emailChangeUrl(link.token),
      hours: Math.round(EMAIL_CHANGE_LIFETIME_MS / 3_600_000),
    }),
  });
  await auditPatient(tx, actor, input.patientId, meta, action, { from: input.from, to: input.to });
  return link;
}

/** Sends a fresh link for the waiting change (the earlier link stops working). */
export async function resendEmailChange(
  { db, actor, meta }: StaffContext,
  patientId: string,
): Promise<Result<{ to: string }>> {
  return db.transaction(async (tx) => {
    const patient = await lockClinicPatient(tx, actor, patientId);
    if (!patient) return notFound();
    const pending = await pendingEmailChange(tx, actor, patientId);
    if (!pending || !patient.userId) return conflict("No email change is waiting for confirmation.");
    const from = (await signInEmailOf(tx, actor, patient.userId)) ?? "";
    await requestEmailChange(
      tx,
      { actor, meta },
      { patientId, userId: patient.userId, from, to: pending.newEmail },
      "patient.email_change.resend",
    );
    return ok({ to: pending.newEmail });
  });
}

/** Withdraws the waiting change: its link stops working and the sign-in email stays as it is. */
export async function cancelEmailChange(
  { db, actor, meta }: StaffContext,
  patientId: string,
): Promise<Result<{ cancelled: number }>> {
  return db.transaction(async (tx) => {
    const patient = await lockClinicPatient(tx, actor, patientId);
    if (!patient) return notFound();
    const pending = await pendingEmailChange(tx, actor, patientId);
    if (!pending) return conflict("No email change is waiting for confirmation.");
    const cancelled = await revokeEmailChanges(tx, actor, patientId, new Date());
    await auditPatient(tx, actor, patientId, meta, "patient.email_change.cancel", { to: pending.newEmail });
    return ok({ cancelled });
  });
}
