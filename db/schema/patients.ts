import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, rowId, updatedAt } from "./columns";
import { clinicForeignKey, clinicKey, clinicPrimaryKey } from "./distribution";
import { users } from "./users";

/** invited: no account yet; active: in care; paused: plan paused (e.g. a red flag); discharged: care ended. */
export const patientStatus = pgEnum("patient_status", ["invited", "active", "paused", "discharged"]);

export const patients = pgTable(
  "patients",
  {
    id: rowId(),
    clinicId: clinicKey(),
    primaryClinicianId: uuid("primary_clinician_id")
      .notNull()
      .references(() => users.id),
    /** Set when the patient accepts their invite. */
    userId: uuid("user_id").references(() => users.id),
    fullName: text("full_name").notNull(),
    /** Contact address the invite is meant for; the account's own email lives on users. */
    email: text("email").notNull(),
    /** IANA zone: a diary day is the patient's local calendar date in this zone. */
    timeZone: text("time_zone").notNull(),
    condition: text("condition"),
    /** The patient's own phone, for the clinic to call back. */
    phone: text("phone"),
    dateOfBirth: date("date_of_birth", { mode: "string" }),
    /** The clinic's own identifier for the patient (its record or hospital number); unique in the clinic. */
    recordNumber: text("record_number"),
    /** Bumped by every edit of the record, so two people editing at once do not overwrite each other. */
    version: integer("version").notNull().default(1),
    status: patientStatus("status").notNull().default("invited"),
    dischargedAt: timestamp("discharged_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    clinicPrimaryKey(t),
    index("patients_clinician_idx").on(t.primaryClinicianId),
    uniqueIndex("patients_user_key").on(t.clinicId, t.userId),
    uniqueIndex("patients_clinic_email_key").on(t.clinicId, t.email),
    uniqueIndex("patients_clinic_record_number_key")
      .on(t.clinicId, t.recordNumber)
      .where(sql`${t.recordNumber} IS NOT NULL`),
  ],
);

/** Why care ended (lib/domain/episodes.ts words them). */
export const dischargeReason = pgEnum("discharge_reason", [
  "goals_met",
  "self_managing",
  "referred_on",
  "did_not_continue",
]);

/**
 * An episode of care: from intake (or re-opening) to discharge. A patient without a row is in their first
 * episode since they were added; discharge closes it (creating it if needed), re-opening starts the next.
 */
export const episodes = pgTable(
  "episodes",
  {
    id: rowId(),
    clinicId: clinicKey(),
    patientId: uuid("patient_id").notNull(),
    /** 1, 2, 3… per patient. */
    number: integer("number").notNull(),
    /** The first day of the episode in the patient's time zone. */
    startedOn: date("started_on", { mode: "string" }).notNull(),
    /** The last day; null while the episode is open. */
    endedOn: date("ended_on", { mode: "string" }),
    dischargeReason: dischargeReason("discharge_reason"),
    /** What the physio leaves the patient with, in their own words, shown in the read-only portal. */
    maintenanceMessage: text("maintenance_message"),
    dischargedById: uuid("discharged_by_id").references(() => users.id),
    dischargedAt: timestamp("discharged_at", { withTimezone: true }),
    openedById: uuid("opened_by_id").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    clinicPrimaryKey(t),
    clinicForeignKey("episodes_patient_fk", [t.clinicId, t.patientId], () => patients),
    uniqueIndex("episodes_patient_number_key").on(t.clinicId, t.patientId, t.number),
    /** At most one open episode per patient. */
    uniqueIndex("episodes_one_open_key")
      .on(t.clinicId, t.patientId)
      .where(sql`${t.endedOn} IS NULL`),
    check("episodes_discharge_complete", sql`(${t.endedOn} IS NULL) = (${t.dischargeReason} IS NULL)`),
  ],
);

export const invites = pgTable(
  "invites",
  {
    id: rowId(),
    clinicId: clinicKey(),
    patientId: uuid("patient_id").notNull(),
    /** SHA-256 of the token; the token itself is shown once and never stored. */
    tokenHash: text("token_hash").notNull(),
    createdById: uuid("created_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    /** Set when a newer invite replaces this one. */
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    clinicPrimaryKey(t),
    clinicForeignKey("invites_patient_fk", [t.clinicId, t.patientId], () => patients),
    // Unique within the clinic (the key leads); the token is looked up before the clinic is known, through
    // the plain index (a named exception in scripts/cluster/distribution-check.ts).
    uniqueIndex("invites_token_hash_key").on(t.clinicId, t.tokenHash),
    index("invites_token_hash_idx").on(t.tokenHash),
    index("invites_patient_idx").on(t.clinicId, t.patientId),
  ],
);
