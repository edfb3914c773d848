import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { clinics } from "./clinics";
import { createdAt, id } from "./columns";

/** queued: waiting to be sent (or held when no mail server is configured); sent; failed: given up, with the reason. */
export const outboxStatus = pgEnum("outbox_status", ["queued", "sent", "failed"]);

/**
 * Every email the app sends is first a row here, written in the transaction of the change that causes it, and
 * sent from here by the background runner (lib/jobs/). A row is claimed for a short lease (`locked_until`), so
 * several app instances never send the same row twice at once, and a crash mid-send only delays it.
 * `dedupe_key` (unique within a clinic when set, led by the distribution key) makes "at most once" hold in the database, across instances and restarts.
 * No health information is ever stored here: the texts say only that something needs attention.
 */
export const outbox = pgTable(
  "outbox",
  {
    id: id(),
    clinicId: uuid("clinic_id")
      .notNull()
      .references(() => clinics.id),
    recipient: text("recipient").notNull(),
    /** What the message is, e.g. "invite", "password_reset", "urgent_alert", "digest" (lib/outbox/kinds.ts). */
    kind: text("kind").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body"),
    /** Extra headers, e.g. List-Unsubscribe. */
    headers: jsonb("headers").$type<Record<string, string>>(),
    status: outboxStatus("status").notNull().default("queued"),
    /** Why it failed, or why a queued message is held ("Not sent: no mail server"). */
    reason: text("reason"),
    attempts: integer("attempts").notNull().default(0),
    /** When the runner may next try it; null holds it (no mail server configured). */
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).defaultNow(),
    /** Claimed by a runner until then; after it a crashed runner's claim lapses. */
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    dedupeKey: text("dedupe_key"),
    createdAt: createdAt(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("outbox_dedupe_key").on(t.clinicId, t.dedupeKey),
    index("outbox_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'queued'`),
    index("outbox_clinic_idx").on(t.clinicId, t.createdAt),
    check("outbox_attempts_nonnegative", sql`${t.attempts} >= 0`),
  ],
);
