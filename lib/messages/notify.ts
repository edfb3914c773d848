import "server-only";
import type { Actor } from "@/db/actor";
import type { Queryable } from "@/db/client";
import { messageRecipients } from "@/db/queries/message-recipients";
import { appOrigin } from "@/lib/auth/invite-url";
import { enqueueEmail } from "@/lib/outbox/enqueue-email";
import { NEW_MESSAGE_TEXT, newMessageEmail } from "@/lib/outbox/messages";
import { pushLater } from "@/lib/push/push-later";
import type { PushTarget } from "@/lib/push/send-push";

/** What the other side's notification may carry: who to tell and which thread, never the message's text. */
export type StoredMessageNotice = {
  clinicId: string;
  patientId: string;
  messageId: string;
  /** Who wrote it: a patient's message notifies the care team; the care team's notifies the patient. */
  author: "patient" | "staff";
};

/**
 * Called once after a new message is stored, inside the same transaction (a resend that stores nothing does
 * not call it): the other side gets an email through the outbox and a push, saying only that a message is
 * waiting, with a link behind sign-in built from APP_URL. A patient's message tells their physiotherapist; the
 * care team's tells the patient (not after discharge). At most one notice per reader and thread an hour, so a
 * conversation does not become a stream of emails.
 */
export async function messageStored(
  tx: Queryable,
  _actor: Actor,
  notice: StoredMessageNotice,
  now = new Date(),
) {
  const recipients = await messageRecipients(tx, notice.clinicId, notice.patientId, notice.author);
  const path = notice.author === "patient" ? `/patients/${notice.patientId}#messages` : "/portal/messages";
  const hour = now.toISOString().slice(0, 13);
  const pushTo: PushTarget[] = [];
  for (const recipient of recipients) {
    const email = await enqueueEmail(tx, {
      clinicId: notice.clinicId,
      to: recipient.email,
      kind: "message",
      dedupeKey: `message:${notice.patientId}:${recipient.userId}:${hour}`,
      ...newMessageEmail({ url: `${appOrigin()}${path}` }),
    });
    if (email.inserted) pushTo.push({ clinicId: notice.clinicId, userId: recipient.userId });
  }
  pushLater(pushTo, { title: "Gradus", body: NEW_MESSAGE_TEXT, url: path, tag: "gradus-message" });
}
