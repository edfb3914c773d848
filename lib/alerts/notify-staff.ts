import "server-only";
import type { Queryable } from "@/db/client";
import { urgentAlertRecipients } from "@/db/queries/staff-recipients";
import { appOrigin } from "@/lib/auth/invite-url";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { urgentAlertEmail } from "@/lib/outbox/messages";
import { pushUrgentAlert } from "./push-urgent";

export type UrgentReason = { tier: "emergency" | "urgent"; reportId: string };

/**
 * Tells the patient's physiotherapist and the clinic's admins, outside the app, that a patient needs urgent
 * attention. Call it in the transaction that stores the cause (the red-flag report), so the notice exists
 * exactly when the report does; the background runner sends it within a minute.
 * An emergency notifies once per report and recipient; urgent answers at most once per recipient per hour
 * (one notice is enough to make them open the list). The text never says who or why (lib/outbox/messages.ts).
 * Each channel is one block below: email here, push joins it.
 */
export async function notifyStaffOfUrgentPatient(
  q: Queryable,
  {
    clinicId,
    patientId,
    reason,
    now = new Date(),
  }: {
    clinicId: string;
    patientId: string;
    reason: UrgentReason;
    now?: Date;
  },
): Promise<{ notified: number }> {
  const recipients = await urgentAlertRecipients(q, clinicId, patientId);
  const url = `${appOrigin()}/patients/${patientId}`;
  const hour = now.toISOString().slice(0, 13);
  let notified = 0;
  const pushTo: { clinicId: string; userId: string }[] = [];
  for (const recipient of recipients) {
    const dedupeKey =
      reason.tier === "emergency"
        ? `urgent-alert:emergency:${reason.reportId}:${recipient.userId}`
        : `urgent-alert:urgent:${recipient.userId}:${hour}`;
    // Email.
    const email = await enqueueEmail(q, {
      clinicId,
      to: recipient.email,
      kind: "urgent_alert",
      dedupeKey,
      ...urgentAlertEmail({ url }),
    });
    if (email.inserted) notified++;
    // Push (lib/alerts/push-urgent.ts): to the same recipients, as often as the email (its dedupe key).
    if (email.inserted) pushTo.push({ clinicId, userId: recipient.userId });
  }
  pushUrgentAlert(pushTo, `/patients/${patientId}`);
  return { notified };
}
