import { z } from "zod";
import type { Queryable } from "@/db/client";
import { insertOutboxRow } from "@/db/queries/outbox";

/**
 * What a message may be. New kinds are added here (the Outbox page shows the label). Text only, never health
 * information: the wording of each kind lives in lib/outbox/messages.ts.
 */
export const EMAIL_KINDS = {
  invite: "Invite",
  password_reset: "Password reset",
  urgent_alert: "Urgent alert",
  digest: "Morning digest",
  reminder: "Reminder",
} as const;

export type EmailKind = keyof typeof EMAIL_KINDS;

export const emailInput = z.object({
  clinicId: z.uuid(),
  to: z.email().max(320),
  kind: z.enum(Object.keys(EMAIL_KINDS) as [EmailKind, ...EmailKind[]]),
  subject: z.string().trim().min(1).max(200),
  text: z.string().min(1).max(20_000),
  html: z.string().max(50_000).optional(),
  /** Unique within the clinic: a second message with the same key is not stored ("at most once"). */
  dedupeKey: z.string().min(1).max(300).optional(),
  /** Extra headers, e.g. { "List-Unsubscribe": "<https://…>" }. */
  headers: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/), z.string().max(2000)).optional(),
  /** Not before this time (default: now). */
  notBefore: z.date().optional(),
});

export type EmailInput = z.input<typeof emailInput>;

/**
 * Puts one email in the outbox. Pass the transaction of the change that causes it (the red-flag report, the
 * new invite), so the message exists exactly when the change does; the background runner sends it.
 * Answers whether a row was stored: false when `dedupeKey` was already used in this clinic.
 * Throws on malformed input: callers build these messages themselves, never from a form.
 */
export async function enqueueEmail(
  q: Queryable,
  input: EmailInput,
): Promise<{ inserted: boolean; id: string | null }> {
  const message = emailInput.parse(input);
  const id = await insertOutboxRow(q, {
    clinicId: message.clinicId,
    recipient: message.to.toLowerCase(),
    kind: message.kind,
    subject: message.subject,
    textBody: message.text,
    htmlBody: message.html ?? null,
    headers: message.headers ?? null,
    dedupeKey: message.dedupeKey ?? null,
    nextAttemptAt: message.notBefore,
  });
  return { inserted: id !== null, id };
}
