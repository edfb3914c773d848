import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { clinics } from "./clinics";
import { createdAt, id, updatedAt } from "./columns";
import { users } from "./users";

/** invited: no account yet; active: in care; paused: plan paused (e.g. a red flag); discharged: care ended. */
export const patientStatus = pgEnum("patient_status", ["invited", "active", "paused", "discharged"]);

export const patients = pgTable(
  "patients",
  {
    id: id(),
    clinicId: uuid("clinic_id")
      .notNull()
      .references(() => clinics.id),
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
    status: patientStatus("status").notNull().default("invited"),
    dischargedAt: timestamp("discharged_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("patients_clinic_idx").on(t.clinicId),
    index("patients_clinician_idx").on(t.primaryClinicianId),
    uniqueIndex("patients_user_key").on(t.userId),
    uniqueIndex("patients_clinic_email_key").on(t.clinicId, t.email),
  ],
);

export const invites = pgTable(
  "invites",
  {
    id: id(),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => patients.id),
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
    uniqueIndex("invites_token_hash_key").on(t.tokenHash),
    index("invites_patient_idx").on(t.patientId),
  ],
);
