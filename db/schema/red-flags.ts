import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, rowId } from "./columns";
import { clinicForeignKey, clinicKey, clinicPrimaryKey } from "./distribution";
import { patients } from "./patients";
import { users } from "./users";

/** Why the check-in was asked: at onboarding, the weekly one, or after a worrying diary day. */
export const redFlagTrigger = pgEnum("red_flag_trigger", ["onboarding", "weekly", "diary"]);
/** none: nothing worrying; urgent: see a physio or doctor within 24 hours; emergency: emergency care now. */
export const redFlagTier = pgEnum("red_flag_tier", ["none", "urgent", "emergency"]);

/**
 * One answered red-flag check-in. The answers are kept as given (question key -> yes/no) beside the tier the
 * server derived from them, so the clinician sees exactly what the patient said.
 */
export const redFlagReports = pgTable(
  "red_flag_reports",
  {
    id: rowId(),
    clinicId: clinicKey(),
    patientId: uuid("patient_id").notNull(),
    /** The device-made id of the submission, so a retried or double-tapped answer is stored once. */
    clientId: uuid("client_id").notNull(),
    trigger: redFlagTrigger("trigger").notNull(),
    /** The patient's local calendar day of the answer. */
    answeredOn: date("answered_on", { mode: "string" }).notNull(),
    answers: jsonb("answers").$type<Record<string, boolean>>().notNull(),
    tier: redFlagTier("tier").notNull(),
    /** When the patient confirmed they had read the emergency or urgent advice. */
    patientAcknowledgedAt: timestamp("patient_acknowledged_at", { withTimezone: true }),
    acknowledgedById: uuid("acknowledged_by_id").references(() => users.id),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    acknowledgementNote: text("acknowledgement_note"),
    createdAt: createdAt(),
  },
  (t) => [
    clinicPrimaryKey(t),
    clinicForeignKey("red_flag_reports_patient_fk", [t.clinicId, t.patientId], () => patients),
    uniqueIndex("red_flag_reports_client_key").on(t.clinicId, t.patientId, t.clientId),
    index("red_flag_reports_patient_idx").on(t.clinicId, t.patientId, t.createdAt),
    check("red_flag_ack_complete", sql`(${t.acknowledgedById} IS NULL) = (${t.acknowledgedAt} IS NULL)`),
  ],
);
