import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, rowId, updatedAt } from "./columns";
import { clinicForeignKey, clinicKey, clinicPrimaryKey } from "./distribution";
import { patients } from "./patients";
import { activityUnit } from "./plans";
import { users } from "./users";

export const changeRequestReason = pgEnum("change_request_reason", [
  "too_easy",
  "too_hard",
  "flare_up",
  "away_or_ill",
  "add_activity",
  "other",
]);
export const changeRequestStatus = pgEnum("change_request_status", [
  "open",
  "accepted",
  "adjusted",
  "declined",
]);

/**
 * A patient's request to change their plan. It never changes a quota itself: the physio answers it, and an
 * accepted or adjusted request is closed by the plan revision that answers it (same transaction).
 */
export const changeRequests = pgTable(
  "change_requests",
  {
    id: rowId(),
    clinicId: clinicKey(),
    patientId: uuid("patient_id").notNull(),
    /** Made by the patient's device: a resent or double-tapped request stores one row. */
    clientId: uuid("client_id").notNull(),
    /** The plan activity asked about; null for "add an activity". */
    activityKey: text("activity_key"),
    /** The activity's name when asked (or the name of the activity the patient wants to add). */
    activityName: text("activity_name").notNull(),
    reason: changeRequestReason("reason").notNull(),
    suggestedAmount: integer("suggested_amount"),
    note: text("note").notNull().default(""),
    status: changeRequestStatus("status").notNull().default("open"),
    answerMessage: text("answer_message"),
    answeredById: uuid("answered_by_id").references(() => users.id),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    /** The plan revision that answered an accepted or adjusted request. */
    revisionNumber: integer("revision_number"),
    createdAt: createdAt(),
  },
  (t) => [
    clinicPrimaryKey(t),
    clinicForeignKey("change_requests_patient_fk", [t.clinicId, t.patientId], () => patients),
    uniqueIndex("change_requests_client_key").on(t.clinicId, t.patientId, t.clientId),
    // One open request per activity (and one open "add an activity") per patient.
    uniqueIndex("change_requests_one_open_key")
      .on(t.clinicId, t.patientId, sql`coalesce(${t.activityKey}, '')`)
      .where(sql`${t.status} = 'open'`),
    index("change_requests_clinic_status_idx").on(t.clinicId, t.status),
    check(
      "change_requests_suggested_amount",
      sql`${t.suggestedAmount} IS NULL OR ${t.suggestedAmount} BETWEEN 1 AND 40000`,
    ),
    check(
      "change_requests_answered",
      sql`(${t.status} = 'open') = (${t.answeredAt} IS NULL) AND (${t.status} = 'open') = (${t.answeredById} IS NULL)`,
    ),
  ],
);

/** The flare-up plan agreed in advance: off by default; the patient may hold today's quotas for up to N days. */
export const flareUpPlans = pgTable(
  "flare_up_plans",
  {
    id: rowId(),
    clinicId: clinicKey(),
    patientId: uuid("patient_id").notNull(),
    enabled: boolean("enabled").notNull().default(false),
    maxDays: smallint("max_days").notNull().default(3),
    /** The plan in the physio's words, shown to the patient. */
    plan: text("plan").notNull().default(""),
    updatedById: uuid("updated_by_id")
      .notNull()
      .references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [
    clinicPrimaryKey(t),
    clinicForeignKey("flare_up_plans_patient_fk", [t.clinicId, t.patientId], () => patients),
    uniqueIndex("flare_up_plans_patient_key").on(t.clinicId, t.patientId),
    check("flare_up_plans_max_days", sql`${t.maxDays} BETWEEN 1 AND 7`),
  ],
);

/** A hold the patient started under their flare-up plan (the revision itself is in plan_revisions). */
export const flareUpHolds = pgTable(
  "flare_up_holds",
  {
    id: rowId(),
    clinicId: clinicKey(),
    patientId: uuid("patient_id").notNull(),
    clientId: uuid("client_id").notNull(),
    startedOn: date("started_on", { mode: "string" }).notNull(),
    /** The last day of the hold; the schedules resume the day after. */
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    days: smallint("days").notNull(),
    revisionNumber: integer("revision_number").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    clinicPrimaryKey(t),
    clinicForeignKey("flare_up_holds_patient_fk", [t.clinicId, t.patientId], () => patients),
    uniqueIndex("flare_up_holds_client_key").on(t.clinicId, t.patientId, t.clientId),
    index("flare_up_holds_clinic_patient_idx").on(t.clinicId, t.patientId, t.createdAt),
    check("flare_up_holds_days", sql`${t.days} BETWEEN 1 AND 7`),
  ],
);

/** A clinic's own activities for the plan editor's library (the built-in ones live in lib/domain). */
export const activityLibrary = pgTable(
  "activity_library",
  {
    id: rowId(),
    clinicId: clinicKey(),
    name: text("name").notNull(),
    unit: activityUnit("unit").notNull(),
    instructions: text("instructions").notNull(),
    videoUrl: text("video_url"),
    createdById: uuid("created_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    clinicPrimaryKey(t),
    uniqueIndex("activity_library_clinic_name_key").on(t.clinicId, sql`lower(${t.name})`),
  ],
);
