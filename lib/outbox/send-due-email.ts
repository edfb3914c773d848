import type { Database } from "@/db/client";
import { claimDueMessages, recordSendOutcome, type ClaimedMessage, type SendOutcome } from "@/db/queries/outbox";
import type { MailSender } from "./mail-sender";
import { MAX_ATTEMPTS, describeError, isTransient, retryDelayMs, type SendError } from "./retry-policy";

export const NO_MAIL_SERVER = "Not sent: no mail server (SMTP_URL is not set). Read it on the Outbox page.";

/** How long a claimed message stays with the runner that claimed it before another may retry it. */
const LEASE_MS = 5 * 60_000;

export type SendReport = { sent: number; retried: number; failed: number; held: number };

/**
 * Sends the outbox's due messages, a batch at a time. Safe to run on several app instances at once: each
 * message is claimed by exactly one (db/queries/outbox.ts). A transient failure (4xx, connection) is retried
 * later with back-off; a permanent one (5xx) or the last attempt marks it failed with the reason. With no
 * mail server the message is printed on the console and held in the outbox.
 */
export async function sendDueEmail({
  db,
  sender,
  now = new Date(),
  limit = 20,
  log = console.log,
}: {
  db: Database;
  sender: MailSender;
  now?: Date;
  limit?: number;
  log?: (line: string) => void;
}): Promise<SendReport> {
  const report: SendReport = { sent: 0, retried: 0, failed: 0, held: 0 };
  const claimed = await claimDueMessages(db, { now, limit, leaseMs: LEASE_MS });
  for (const message of claimed) {
    const outcome = await sendOne(message, sender, now, log);
    await recordSendOutcome(db, message, outcome);
    report[outcome.status === "retry" ? "retried" : outcome.status]++;
  }
  return report;
}

async function sendOne(
  message: ClaimedMessage,
  sender: MailSender,
  now: Date,
  log: (line: string) => void,
): Promise<SendOutcome> {
  if (sender.kind === "none") {
    log(
      [
        `[gradus] Email not sent (no SMTP_URL), kept in the Outbox: ${message.kind} to ${message.recipient}`,
        `  Subject: ${message.subject}`,
        ...message.textBody.split("\n").map((line) => `  ${line}`),
      ].join("\n"),
    );
    return { status: "held", reason: NO_MAIL_SERVER };
  }
  try {
    await sender.send({
      to: message.recipient,
      subject: message.subject,
      text: message.textBody,
      html: message.htmlBody,
      headers: message.headers,
    });
    return { status: "sent", at: new Date() };
  } catch (caught) {
    const error = (caught ?? {}) as SendError;
    const reason = describeError(error);
    if (!isTransient(error)) return { status: "failed", reason };
    if (message.attempts >= MAX_ATTEMPTS)
      return { status: "failed", reason: `Gave up after ${message.attempts} attempts: ${reason}` };
    const retryAt = new Date(now.getTime() + retryDelayMs(message.attempts));
    log(`[gradus] Email ${message.id} (${message.kind}) will be retried at ${retryAt.toISOString()}: ${reason}`);
    return { status: "retry", reason, nextAttemptAt: retryAt };
  }
}
