import type { Actor } from "@/db/actor";
import type { Queryable } from "@/db/client";

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
 * not call it). This is where the notification of the other side joins: email or push through the outbox
 * (lib/outbox, branch i16-mail), saying only that there is a new message, with a sign-in link built from
 * APP_URL. Until the outbox is merged it does nothing.
 */
export async function messageStored(
  _tx: Queryable,
  _actor: Actor,
  _notice: StoredMessageNotice,
): Promise<void> {}
