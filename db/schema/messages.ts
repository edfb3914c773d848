import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, rowId } from "./columns";
import { clinicForeignKey, clinicKey, clinicPrimaryKey } from "./distribution";
import { patients } from "./patients";
import { users } from "./users";

/** Who wrote a message: the patient, or someone of the care team (a clinician or an admin). */
export const messageAuthor = pgEnum("message_author", ["patient", "staff"]);

/**
 * One thread per patient with their care team: every message of a patient belongs to it. Text only. The
 * sending device's client id makes a resent or double-tapped message one row.
 */
export const messages = pgTable(
  "messages",
  {
    id: rowId(),
    clinicId: clinicKey(),
    patientId: uuid("patient_id").notNull(),
    clientId: uuid("client_id").notNull(),
    author: messageAuthor("author").notNull(),
    authorUserId: uuid("author_user_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    clinicPrimaryKey(t),
    clinicForeignKey("messages_patient_fk", [t.clinicId, t.patientId], () => patients),
    uniqueIndex("messages_client_key").on(t.clinicId, t.patientId, t.clientId),
    index("messages_thread_idx").on(t.clinicId, t.patientId, t.createdAt),
    check("message_body_length", sql`char_length(${t.body}) BETWEEN 1 AND 2000`),
  ],
);

/** Read state per reader: up to when each reader (the patient, each clinician) has read the thread. */
export const messageReads = pgTable(
  "message_reads",
  {
    clinicId: clinicKey(),
    patientId: uuid("patient_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    readUpTo: timestamp("read_up_to", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.clinicId, t.patientId, t.userId] }),
    clinicForeignKey("message_reads_patient_fk", [t.clinicId, t.patientId], () => patients),
  ],
);

/** A clinic's reply templates: admins keep them, clinicians insert one into a reply and edit it. */
export const messageTemplates = pgTable(
  "message_templates",
  {
    id: rowId(),
    clinicId: clinicKey(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    createdById: uuid("created_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [clinicPrimaryKey(t)],
);

/** What a logged stretch of monitoring work was. */
export const timeLogKind = pgEnum("time_log_kind", ["review", "call", "message"]);

/**
 * Minutes a clinician spent on one patient's monitoring, as they logged them (never added by the app on its
 * own). Counted per calendar month in the monitoring record.
 */
export const timeLogEntries = pgTable(
  "time_log_entries",
  {
    id: rowId(),
    clinicId: clinicKey(),
    patientId: uuid("patient_id").notNull(),
    clientId: uuid("client_id").notNull(),
    clinicianId: uuid("clinician_id")
      .notNull()
      .references(() => users.id),
    minutes: integer("minutes").notNull(),
    kind: timeLogKind("kind").notNull(),
    note: text("note").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    clinicPrimaryKey(t),
    clinicForeignKey("time_log_entries_patient_fk", [t.clinicId, t.patientId], () => patients),
    uniqueIndex("time_log_entries_client_key").on(t.clinicId, t.patientId, t.clientId),
    index("time_log_entries_patient_idx").on(t.clinicId, t.patientId, t.createdAt),
    check("time_log_minutes", sql`${t.minutes} BETWEEN 1 AND 120`),
  ],
);
