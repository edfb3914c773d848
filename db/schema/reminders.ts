import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { clinics } from "./clinics";
import { createdAt, id, rowId, updatedAt } from "./columns";
import { clinicForeignKey, clinicKey, clinicPrimaryKey } from "./distribution";
import { patients } from "./patients";
import { users } from "./users";

/** The kinds of reminder a patient can get (lib/domain/reminders/due.ts decides which one, if any). */
export const reminderKind = pgEnum("reminder_kind", ["diary", "questionnaire", "check_in"]);

/**
 * What the patient wants to be reminded of, how, and when. No row means the defaults
 * (lib/domain/reminders/preferences.ts): every kind on, email on, push on once subscribed, 19:00 local time.
 */
export const reminderPreferences = pgTable(
  "reminder_preferences",
  {
    clinicId: clinicKey(),
    patientId: uuid("patient_id").notNull(),
    diary: boolean("diary").notNull().default(true),
    questionnaire: boolean("questionnaire").notNull().default(true),
    checkIn: boolean("check_in").notNull().default(true),
    email: boolean("email").notNull().default(true),
    push: boolean("push").notNull().default(true),
    /** Local wall-clock time "HH:MM" in the patient's own time zone. */
    sendAt: text("send_at").notNull().default("19:00"),
    quietFrom: text("quiet_from").notNull().default("21:00"),
    quietUntil: text("quiet_until").notNull().default("08:00"),
    /** "Pause for a week": nothing is sent before this moment. */
    pausedUntil: timestamp("paused_until", { withTimezone: true }),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.clinicId, t.patientId] }),
    clinicForeignKey("reminder_preferences_patient_fk", [t.clinicId, t.patientId], () => patients),
    check("reminder_preferences_send_at", sql`${t.sendAt} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
    check("reminder_preferences_quiet_from", sql`${t.quietFrom} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
    check("reminder_preferences_quiet_until", sql`${t.quietUntil} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`),
  ],
);

/**
 * One row per reminder sent. The unique key on (patient, local date) is what holds "at most one reminder a
 * day in all" (and so each (patient, kind, local date) at most once) across restarts and app instances: a
 * runner claims the day by inserting this row, and only the runner whose insert went in sends.
 */
export const reminderSends = pgTable(
  "reminder_sends",
  {
    id: rowId(),
    clinicId: clinicKey(),
    patientId: uuid("patient_id").notNull(),
    kind: reminderKind("kind").notNull(),
    localDate: date("local_date", { mode: "string" }).notNull(),
    /** When it fell due (the patient's chosen time that day) and when it went out. */
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    sentAt: createdAt(),
    /** Which channels it went out on, e.g. "email,push". */
    channels: text("channels").notNull(),
  },
  (t) => [
    clinicPrimaryKey(t),
    clinicForeignKey("reminder_sends_patient_fk", [t.clinicId, t.patientId], () => patients),
    uniqueIndex("reminder_sends_patient_day_key").on(t.clinicId, t.patientId, t.localDate),
  ],
);

/**
 * A browser's Web Push subscription for one signed-in account (patient or staff). The endpoint is unique: a
 * browser re-subscribing replaces its row.
 */
export const pushSubscriptions = pgTable(
  "push_subscriptions",
  {
    id: id(),
    clinicId: uuid("clinic_id")
      .notNull()
      .references(() => clinics.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    endpoint: text("endpoint").notNull(),
    p256dh: text("p256dh").notNull(),
    auth: text("auth").notNull(),
    createdAt: createdAt(),
    /** Set when the push service answered 404/410: the subscription is gone and is not used again. */
    goneAt: timestamp("gone_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("push_subscriptions_endpoint_key").on(t.endpoint),
    index("push_subscriptions_clinic_user_idx").on(t.clinicId, t.userId),
  ],
);
